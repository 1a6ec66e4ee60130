// Issue 15, items 7, 8 and 11: one header everywhere, the search page's keyboard, a newcomer's
// first minute (home and not-found pages), and the reader's text size and contrast.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, expectClean, useSite } from '../support/e2e';

const site = useSite();
const PHONE = { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true } as const;
const rootFontPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('the header is the same on /search/ as elsewhere: its search box stays and the sections do not move', async () => {
  const watched = await site.open('/cases/');
  const { page } = watched;
  const place = async () => ({
    box: await page.locator('#site-q').isVisible(),
    nav: await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).boundingBox(),
  });
  const onCases = await place();
  await page.goto(site.url(`/search/?q=${encodeURIComponent('责任清单')}`));
  const onSearch = await place();
  expect(onCases.box).toBe(true);
  expect(onSearch.box).toBe(true);
  expect(onSearch.nav!.x).toBe(onCases.nav!.x);
  expect(onSearch.nav!.y).toBe(onCases.nav!.y);
  expectClean(watched);
  await watched.close();
});

test('after Enter in the search box, ↓ goes straight to the first result, and Esc leaves the box with the query still in it', async () => {
  const watched = await site.open('/search/');
  const { page } = watched;
  const box = page.getByLabel('搜索词');
  await box.fill('谈心谈话');
  await box.press('Enter');
  await expect.poll(() => page.locator('.result__link').count()).toBeGreaterThan(0);
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('result__link'))).toBe(true);
  expect(await page.evaluate(() => document.activeElement === document.querySelector('.result__link'))).toBe(true);
  // Esc in the results: back to the box; Esc in the box: out of it, the words kept.
  await page.keyboard.press('Escape');
  expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Escape');
  expect(await box.evaluate((el) => el === document.activeElement)).toBe(false);
  expect(await box.inputValue()).toBe('谈心谈话');
  // The header's box on any page keeps its words on Esc too.
  await page.goto(site.url('/regulations/'));
  await page.locator('#site-q').fill('问责');
  await page.locator('#site-q').press('Escape');
  expect(await page.locator('#site-q').inputValue()).toBe('问责');
  expectClean(watched);
  await watched.close();
});

test('a query arriving in the address (from the header box of another page) leaves the cursor in the box, so ↓ reaches the first result', async () => {
  const watched = await site.open('/regulations/zhuti-zeren/');
  const { page } = watched;
  await page.locator('#site-q').fill('一把手');
  await page.locator('#site-q').press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  await expect.poll(() => page.locator('.result__link').count()).toBeGreaterThan(0);
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement === document.querySelector('.result__link'))).toBe(true);
  expectClean(watched);
  await watched.close();
});

test('a newcomer on the home page sees search first, the three ways in, and each article of the 规定 with its title rather than a bare number', async () => {
  const watched = await site.open('/');
  const { page } = watched;
  const main = page.locator('main');
  // The first field in the page is the search, with example queries under it.
  const first = main.locator('input').first();
  expect(await first.getAttribute('type')).toBe('search');
  expect(await main.getByRole('search').getByRole('link').count()).toBeGreaterThanOrEqual(4);
  await first.fill('责任清单');
  await first.press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  await page.goBack();
  const ways = main.getByRole('region', { name: '三种用法' });
  for (const [name, path] of [
    ['查阅和引用条文', '/regulations/'],
    ['查找地方实践', '/cases/'],
    ['准备民主生活会', '/study/'],
  ] as const) {
    expect(new URL((await ways.getByRole('link', { name, exact: true }).getAttribute('href'))!, site.url('/')).pathname).toBe(path);
  }
  const core = main.getByRole('region', { name: '党委（党组）落实全面从严治党主体责任规定' });
  const eighth = core.getByRole('link', { name: /^第八条/ });
  expect(await eighth.textContent()).toContain('领导班子成员责任');
  expect(await core.getByRole('link', { name: /^第[一二三四五六七八九十]+条/ }).count()).toBe(25);
  expect(await axeViolations(page)).toEqual([]);
  expectClean(watched);
  await watched.close();
});

test('an article past the end of a text gives a not-found page that says how many articles the text has, links to the last, and offers search', async () => {
  const watched = await site.open('/regulations/zhuti-zeren/99/');
  const { page } = watched;
  const why = page.locator('[data-nf-why]');
  await expect.poll(() => why.textContent()).toContain('共25条，没有第九十九条');
  await why.getByRole('link', { name: /最后一条/ }).click();
  await page.waitForURL(/\/regulations\/zhuti-zeren\/25\/$/);
  await page.goBack();
  const box = page.getByLabel('搜索本站的条文、案例和术语');
  await box.fill('问责');
  await box.press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  expectClean(watched);
  await watched.close();
});

test('a reader sets 特大 and 高对比度 with the keyboard alone; the text grows, the colours change, and the next page opens that way from its first paint', async () => {
  const watched = await site.open('/regulations/zhuti-zeren/8/');
  const { page } = watched;
  expect(await rootFontPx(page)).toBe(16);
  const button = page.getByRole('button', { name: '字号与对比度' });
  await button.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: '字号与对比度' });
  await expect.poll(() => panel.isVisible()).toBe(true);
  // The radio group: focus the checked step, arrows move the choice.
  await panel.getByRole('radio', { name: '标准' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  expect(await panel.getByRole('radio', { name: '特大' }).isChecked()).toBe(true);
  await expect.poll(() => rootFontPx(page)).toBe(24);
  await panel.getByRole('checkbox', { name: /高对比度/ }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('main a')!).textDecorationLine)).toContain('underline');
  await page.keyboard.press('Escape');
  await expect.poll(() => panel.isVisible()).toBe(false);

  // The next page: the size is on <html> before <body> exists, so before anything is painted.
  await page.addInitScript(() => {
    const w = window as unknown as { atBody?: string | null };
    new MutationObserver((_, obs) => {
      if (!document.body) return;
      w.atBody = `${document.documentElement.getAttribute('data-text-size')}/${document.documentElement.getAttribute('data-contrast')}`;
      obs.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(site.url('/cases/'));
  expect(await page.evaluate(() => (window as unknown as { atBody?: string }).atBody)).toBe('3/high');
  expect(await rootFontPx(page)).toBe(24);
  // On paper the print sizes apply, whatever the screen size.
  await page.emulateMedia({ media: 'print' });
  expect(await rootFontPx(page)).toBeCloseTo((11 * 96) / 72, 1);
  await page.emulateMedia({ media: 'screen' });

  // 恢复默认 brings back the standard size and forgets the setting.
  await page.getByRole('button', { name: '字号与对比度' }).click();
  await page.getByRole('dialog', { name: '字号与对比度' }).getByRole('button', { name: '恢复默认' }).click();
  await expect.poll(() => rootFontPx(page)).toBe(16);
  expect(await page.evaluate(() => localStorage.getItem('zcyz-kb/reader'))).toBeNull();
  expectClean(watched);
  await watched.close();
});

for (const [name, path] of [
  ['an article', '/regulations/zhuti-zeren/8/'],
  ['a long full text', '/regulations/jilv-chufen/'],
  ['a case', '/cases/anyang-shuang-qingdan-shuang-jiaoban/'],
  ['the study page of a role', '/study/shuji/'],
  ['the search page', `/search/?q=${encodeURIComponent('责任清单')}`],
  ['the home page', '/'],
] as const) {
  test(`${name} at the largest text size in high contrast fits a 375 px phone without sideways scrolling, every text at 7:1 contrast, and axe finds nothing, light and dark`, async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const watched = await site.open('/glossary/', { ...PHONE, colorScheme });
      const { page } = watched;
      await page.evaluate(() => localStorage.setItem('zcyz-kb/reader', JSON.stringify({ size: 3, contrast: true })));
      await page.goto(site.url(path));
      if (path.startsWith('/search/')) await expect.poll(() => page.locator('.result__link').count()).toBeGreaterThan(0);
      expect(await rootFontPx(page)).toBe(24);
      expect(await page.locator('html').getAttribute('data-contrast')).toBe('high');
      expect(await overflowX(page), `${path} (${colorScheme})`).toBeLessThanOrEqual(0);
      expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
      // High contrast means every text at 7:1 at least (WCAG 1.4.6), not only the AA 4.5:1.
      const enhanced = await page.evaluate(async () => {
        // @ts-expect-error axe was injected by axeViolations
        const r = await window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } });
        return r.violations.flatMap((v: { nodes: { target: string[] }[] }) => v.nodes.map((n) => n.target.join(' ')));
      });
      expect(enhanced, `${path} (${colorScheme})`).toEqual([]);
      expectClean(watched);
      await watched.close();
    }
  });
}
