import { expect, test } from 'vitest';
import { axeViolations, expectClean, useSite } from '../support/e2e';

const site = useSite();
const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

for (const [name, path] of [
  ['the case list', '/cases/'],
  ['a case page', '/cases/anyang-shuang-qingdan-shuang-jiaoban/'],
  ['the glossary', '/glossary/'],
  ['an article page with its 解读 and cases', '/regulations/zhuti-zeren/11/'],
] as const) {
  test(`${name} loads with no outside request, no console error and no axe violation, in light and dark`, async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const watched = await site.open(path, { colorScheme });
      expect(await watched.page.locator('h1').textContent()).toBeTruthy();
      expect(await axeViolations(watched.page), colorScheme).toEqual([]);
      expectClean(watched);
      await watched.close();
    }
  });
}

test('choosing a tag narrows the case list, shows in the URL, survives reload and Back undoes it', async () => {
  const watched = await site.open('/cases/');
  const { page } = watched;
  const cards = page.locator('[data-case-list] .case-card:visible');
  const all = await cards.count();
  expect(all).toBeGreaterThanOrEqual(22);
  await page.getByLabel('标签').selectOption('责任清单');
  await expect.poll(() => cards.count()).toBeLessThan(all);
  const narrowed = await cards.count();
  expect(narrowed).toBeGreaterThan(0);
  expect(new URL(page.url()).searchParams.get('tag')).toBe('责任清单');
  expect(await page.locator('[data-case-count]').textContent()).toBe(`筛选出${narrowed}个案例（共${all}个）`);
  for (const title of await cards.locator('h2').allTextContents()) expect(title.length).toBeGreaterThan(2);

  await page.getByLabel('地区').selectOption('河南省');
  await expect.poll(() => cards.count()).toBe(1);
  expect(await cards.first().textContent()).toContain('安阳');
  expect(new URL(page.url()).search).toBe(`?province=${encodeURIComponent('河南省')}&tag=${encodeURIComponent('责任清单')}`);

  await page.reload();
  await expect.poll(() => cards.count()).toBe(1);
  expect(await page.getByLabel('地区').inputValue()).toBe('河南省');

  await page.goBack();
  await expect.poll(() => cards.count()).toBe(narrowed);
  expect(await page.getByLabel('地区').inputValue()).toBe('');
  expectClean(watched);
  await watched.close();
});

test('filters that match nothing say so and offer the way back', async () => {
  const watched = await site.open('/cases/?nature=对策建议&province=河南省');
  const { page } = watched;
  await expect.poll(() => page.locator('[data-case-empty]').isVisible()).toBe(true);
  expect(await page.locator('[data-case-list] .case-card:visible').count()).toBe(0);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect.poll(() => page.locator('[data-case-list] .case-card:visible').count()).toBeGreaterThanOrEqual(22);
  expect(new URL(page.url()).search).toBe('');
  await watched.close();
});

test('on a case page, hovering a cited clause shows its official text', async () => {
  const watched = await site.open('/cases/anyang-shuang-qingdan-shuang-jiaoban/');
  const { page } = watched;
  await page.locator('.case-body a.cref[data-clause="zhuti-zeren:11"]').first().hover();
  const tip = page.getByRole('tooltip');
  await expect.poll(() => tip.isVisible()).toBe(true);
  expect(await tip.textContent()).toContain('《主体责任规定》第十一条');
  expect(await tip.textContent()).toContain('结合实际制定责任清单');
  expectClean(watched);
  await watched.close();
});

test('focusing a glossary term in a 解读 shows its definition; Esc closes it', async () => {
  const watched = await site.open('/regulations/zhuti-zeren/8/');
  const { page } = watched;
  const term = page.locator('[data-slot="interpretation"] a.term').first();
  const name = await term.textContent();
  await term.focus();
  const tip = page.getByRole('tooltip');
  await expect.poll(() => tip.isVisible()).toBe(true);
  expect(await tip.textContent()).toContain('术语：');
  expect(await tip.locator('a').textContent()).toBe('查看术语 →');
  await page.keyboard.press('Escape');
  await expect.poll(() => tip.isVisible()).toBe(false);
  expect(name!.length).toBeGreaterThan(1);
  expectClean(watched);
  await watched.close();
});

test('on a phone, the case list and a case page fit the screen and a tap on a clause previews it', async () => {
  const list = await site.open('/cases/', phone);
  expect(await list.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await list.close();
  const watched = await site.open('/cases/guangzhou-yibashou-jiandu-qingdan/', phone);
  const { page } = watched;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.locator('.case-clauses a.cref').first().tap();
  const tip = page.getByRole('tooltip');
  await expect.poll(() => tip.isVisible()).toBe(true);
  expect(new URL(page.url()).pathname).toBe('/cases/guangzhou-yibashou-jiandu-qingdan/');
  expectClean(watched);
  await watched.close();
});
