/**
 * Versions of the 纪律处分条例 as a reader meets them: a historical article says so and leads to
 * the current one, every article shows its history, and the 新旧条文对照表 filters by kind, keeps
 * the filter over a reload, stacks on a phone and prints on A4 landscape.
 */
import { expect, test } from 'vitest';
import { axeViolations, expectClean, useSite } from '../support/e2e';

const site = useSite();

test('a 2018 article says it is a historical version, in force from 2018年10月1日, and leads to 第七十四条 of the current text', async () => {
  const watched = await site.open('/regulations/jilv-chufen/v2018/67/');
  const { page } = watched;
  const banner = page.locator('[data-version-banner="2018"]');
  await expect.poll(() => banner.textContent()).toContain('历史版本');
  expect(await banner.textContent()).toContain('2018年10月1日起施行');
  expect(await banner.textContent()).toContain('2024年1月1日起由2023年版本取代');
  await banner.getByRole('link', { name: '第七十四条' }).click();
  await page.waitForURL(/\/regulations\/jilv-chufen\/74\/$/);
  expect(await page.locator('h1').textContent()).toBe('第七十四条');
  expect(await page.locator('[data-version-banner]').count()).toBe(0);
  expectClean(watched);
  await watched.close();
});

test('the current 第七十四条 lists its history: 2018 第六十七条 unchanged, 2015 第一百一十四条 changed, each with a link to its comparison row', async () => {
  const watched = await site.open('/regulations/jilv-chufen/74/');
  const { page } = watched;
  const history = page.locator('[data-slot="versions"]');
  const y2018 = history.locator('li[data-version="2018"]');
  const y2015 = history.locator('li[data-version="2015"]');
  expect(await y2018.textContent()).toContain('第六十七条');
  expect(await y2018.textContent()).toContain('文字未变');
  expect(await y2015.textContent()).toContain('第一百一十四条');
  expect(await y2015.textContent()).toContain('文字有修改');
  await y2015.getByRole('link', { name: /2015—2023对照/ }).click();
  await page.waitForURL(/compare\/2015-2023\/#row-to-74$/);
  expect(await page.locator('#row-to-74 [data-side="2015年版本"]').textContent()).toContain('第一百一十四条');
  expectClean(watched);
  await watched.close();
});

test('引用本条 on a historical article copies the citation with its year', async () => {
  const watched = await site.open('/regulations/jilv-chufen/v2018/67/');
  const cite = await watched.page.locator('.art-head__actions [data-cite]').getAttribute('data-cite');
  expect(cite).toBe('《中国共产党纪律处分条例》（2018年）第六十七条');
  const superseded = await site.open('/regulations/wenze/6/');
  expect(await superseded.page.locator('.art-head__actions [data-cite]').getAttribute('data-cite')).toBe('《中国共产党问责条例》（2016年）第六条');
  await superseded.close();
  await watched.close();
});

test('the 2018—2023 comparison shows only 新增 and 删除 rows when the reader ticks just those, and still does after a reload', async () => {
  const watched = await site.open('/regulations/jilv-chufen/compare/2018-2023/');
  const { page } = watched;
  const rows = page.locator('.compare-table tbody tr');
  const visible = () => page.locator('.compare-table tbody tr:not([hidden])');
  const total = await rows.count();
  expect(total).toBeGreaterThan(150);
  const count = Number(await page.locator('[data-count="新增"]').textContent());
  expect(count).toBeGreaterThan(5);
  for (const kind of ['修改', '移动', '未变']) await page.getByRole('checkbox', { name: new RegExp(`^${kind}`) }).uncheck();
  await expect.poll(() => visible().count()).toBe(count + Number(await page.locator('[data-count="删除"]').textContent()));
  const kinds = await visible().evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.kind))].sort());
  expect(kinds.every((k) => k === '新增' || k === '删除')).toBe(true);
  expect(decodeURIComponent(new URL(page.url()).search)).toBe('?kind=新增&kind=删除');
  const before = await visible().count();
  await page.reload();
  await expect.poll(() => page.locator('[data-compare-status]').textContent()).toBe(`显示${before}行（共${total}行）`);
  expect(await visible().count()).toBe(before);
  expect(await page.getByRole('checkbox', { name: /^修改/ }).isChecked()).toBe(false);
  expect(await page.getByRole('checkbox', { name: /^新增/ }).isChecked()).toBe(true);
  expect(await visible().count()).toBeLessThan(total);
  expectClean(watched);
  await watched.close();
});

test('in a changed row the deleted words are struck through and the inserted ones underlined, not only coloured', async () => {
  const watched = await site.open('/regulations/jilv-chufen/compare/2018-2023/');
  const { page } = watched;
  const row = page.locator('#row-to-102');
  expect(await row.getAttribute('data-kind')).toBe('修改');
  expect(await row.locator('ins').first().textContent()).toBe('（券）');
  expect(
    await row
      .locator('ins')
      .first()
      .evaluate((e) => getComputedStyle(e).textDecorationLine),
  ).toContain('underline');
  const struck = page.locator('.compare-table del').first();
  expect(await struck.evaluate((e) => getComputedStyle(e).textDecorationLine)).toContain('line-through');
  await watched.close();
});

test('on a 375 px phone the comparison stacks old above new, with no sideways scrolling', async () => {
  const watched = await site.open('/regulations/jilv-chufen/compare/2018-2023/', { viewport: { width: 375, height: 800 }, isMobile: true });
  const { page } = watched;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const old = await page.locator('#row-to-1 .compare-cell--old').boundingBox();
  const now = await page.locator('#row-to-1 .compare-cell--new').boundingBox();
  expect(now!.y).toBeGreaterThan(old!.y + old!.height - 1);
  expect(await page.locator('#row-to-1 .compare-cell--old').evaluate((e) => getComputedStyle(e, '::before').content)).toContain('2018年版本');
  await watched.close();
});

test('printed, the comparison is on A4 landscape pages without the filter', async () => {
  const watched = await site.open('/regulations/jilv-chufen/compare/2015-2018/');
  const { page } = watched;
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('[data-compare-filter]').isVisible()).toBe(false);
  expect(await page.locator('.compare-counts').isVisible()).toBe(true);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(box).not.toBeNull();
  // A4 landscape is 842 × 595 points.
  expect(Math.round(Number(box![1]))).toBe(842);
  expect(Math.round(Number(box![2]))).toBe(595);
  await watched.close();
});

test('the comparison, a historical full text and a historical article pass axe in light and dark mode', async () => {
  for (const path of ['/regulations/jilv-chufen/compare/2018-2023/', '/regulations/jilv-chufen/v2015/', '/regulations/jilv-chufen/v2015/114/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const watched = await site.open(path, { colorScheme });
      expect(await axeViolations(watched.page), `${path} ${colorScheme}`).toEqual([]);
      expectClean(watched);
      await watched.close();
    }
  }
}, 120_000);
