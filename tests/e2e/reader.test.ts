import { describe, expect, test } from 'vitest';
import { axeViolations, expectClean, useSite } from '../support/e2e';

const site = useSite();

const pageTypes = [
  ['the home page', '/'],
  ['the regulation list', '/regulations/'],
  ['the full text of the 主体责任规定', '/regulations/zhuti-zeren/'],
  ['the full text of the 准则 with its parts', '/regulations/zhengzhi-shenghuo-zhunze/'],
  ['the superseded 问责条例 with its banner', '/regulations/wenze/'],
  ['an article page', '/regulations/zhuti-zeren/7/'],
  ['a part page of the 准则', '/regulations/zhengzhi-shenghuo-zhunze/9/'],
  ['the not-found page', '/does-not-exist/'],
] as const;

describe('every page type', () => {
  test.each(pageTypes)('%s loads with no outside request, no console error and no axe violation', async (_name, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const watched = await site.open(path, { colorScheme });
      expect(await watched.page.locator('h1').count()).toBe(1);
      expect(await axeViolations(watched.page), `${path} (${colorScheme})`).toEqual([]);
      expectClean(watched);
      await watched.close();
    }
  });
});

test('the structured data of a regulation is served as JSON with clause ids', async () => {
  const watched = await site.open('/data/regulations/zhuti-zeren.json');
  const data = JSON.parse(await watched.page.locator('body').innerText());
  expect(data.units.find((u: { id: string }) => u.id === 'zhuti-zeren:7.1.3').anchor).toBe('art-7-1-3');
  await watched.close();
});

test('a reader jumps from the table of contents to 第三章 and sees its heading', async () => {
  const { page, problems, close } = await site.open('/regulations/zhuti-zeren/');
  await page
    .getByRole('navigation', { name: '目录' })
    .getByRole('link', { name: /第三章/ })
    .click();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#ch-3');
  const top = await page.locator('#ch-3').evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(200);
  expect(problems).toEqual([]);
  await close();
});

test('the table of contents stays in view while the reader scrolls the long 纪律处分条例', async () => {
  const { page, close } = await site.open('/regulations/jilv-chufen/');
  await page.locator('#art-120').scrollIntoViewIfNeeded();
  const box = await page.getByRole('navigation', { name: '目录' }).boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(100);
  await close();
});

test('引用 copies 《title》第七条第（三）项 with the clause URL and says so', async () => {
  const { page, problems, close } = await site.open('/regulations/zhuti-zeren/7/', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.getByRole('button', { name: '引用第七条第（三）项' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toContain('已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`《党委（党组）落实全面从严治党主体责任规定》第七条第（三）项\n${site.url('/regulations/zhuti-zeren/7/#art-7-1-3')}`);
  await page.getByRole('button', { name: /引用本条/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^《党委（党组）落实全面从严治党主体责任规定》第七条\n/);
  expect(problems).toEqual([]);
  await close();
});

test('previous and next links walk the articles in order', async () => {
  const { page, close } = await site.open('/regulations/zhuti-zeren/7/');
  await page.getByRole('link', { name: /下一条/ }).click();
  await expect.poll(() => page.locator('h1').textContent()).toBe('第八条');
  await page.getByRole('link', { name: /上一条/ }).click();
  await expect.poll(() => page.locator('h1').textContent()).toBe('第七条');
  await close();
});

test('keyboard: the first Tab reaches 跳到正文, which moves focus to the main content', async () => {
  const { page, close } = await site.open('/regulations/zhuti-zeren/7/');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  await close();
});

test('on a 375 px phone nothing scrolls sideways and the contents open from the sticky bar', async () => {
  const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
  for (const path of ['/', '/regulations/', '/regulations/jilv-chufen/', '/regulations/zhuti-zeren/7/']) {
    const { page, close } = await site.open(path, phone);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    await close();
  }
  const { page, close } = await site.open('/regulations/jilv-chufen/', phone);
  const toc = page.getByRole('navigation', { name: '目录' });
  await expect.poll(() => toc.getByRole('link', { name: /第十一章/ }).isVisible()).toBe(false);
  await toc.getByText('目录', { exact: true }).tap();
  await toc.getByRole('link', { name: /第十一章/ }).tap();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#ch-11');
  await expect.poll(() => toc.getByRole('link', { name: /第十一章/ }).isVisible()).toBe(false);
  await close();
});

test('printed, an article is the text without navigation', async () => {
  const { page, close } = await site.open('/regulations/zhuti-zeren/7/');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.site-header').isVisible()).toBe(false);
  expect(await page.locator('.breadcrumb').isVisible()).toBe(false);
  expect(await page.locator('.pager').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: /引用/ }).first().isVisible()).toBe(false);
  expect(await page.locator('[data-official-text]').innerText()).toContain('第七条');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await close();
});
