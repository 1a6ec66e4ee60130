/**
 * 引文核验 (/tools/cite-check/, issue 16), as a reader uses it: paste a draft, read the statuses
 * and the cited text; keyboard only; a 375 px phone; axe; and the draft never leaves the browser.
 */
import type { Page, Request } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations, expectClean, useSite } from '../support/e2e';

const site = useSite();
const PATH = '/tools/cite-check/';

// A 处分决定 fragment: one citation of each status, one split across a line break, <> brackets.
const DRAFT = [
  '经查，某某履行全面从严治党主体责任不力，违反了《中国共产党纪律处分条例》第七十四条的规定。',
  '对照2018年《条例》第六十七条；依照《中国共产党问责\n条例》第六条进行问责。',
  '某单位党组落实<规定>第七条第三款和第二十六条不到位。另见《条例》第十一条。',
].join('\n');

const entries = (page: Page) =>
  page
    .locator('[data-cc-list] > li')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-citation'), e.getAttribute('data-status'), e.getAttribute('data-target')]));

test('pasting a draft lists each citation with its status and marks it in the text; opening one shows the cited clause', async () => {
  const watched = await site.open(PATH);
  const { page } = watched;
  await page.getByLabel('文稿').fill(DRAFT);
  await expect.poll(() => page.locator('[data-cc-summary]').textContent()).toBe('共6处引文：2处正确、1处不存在、2处引用非现行文本、1处指向不明。');
  expect(await entries(page)).toEqual([
    ['《中国共产党纪律处分条例》第七十四条', 'ok', 'jilv-chufen:74'],
    ['2018年《条例》第六十七条', 'superseded', 'jilv-chufen@2018:67'],
    ['《中国共产党问责条例》第六条', 'superseded', 'wenze:6'],
    ['《规定》第七条第三款', 'ok', 'zhuti-zeren:7.1.3'],
    ['第二十六条', 'missing', null],
    ['《条例》第十一条', 'ambiguous', null],
  ]);
  const list = page.locator('[data-cc-list] > li');
  // ok: the full citation form and the warning of the colloquial 款
  expect(await list.nth(3).textContent()).toContain('《党委（党组）落实全面从严治党主体责任规定》第七条第（三）项');
  expect(await list.nth(3).textContent()).toContain('第七条只有一款，“第三款”按第（三）项解析');
  // missing: what does not exist and the nearest clause, as a link
  await expect.poll(() => list.nth(4).textContent()).toContain('没有第二十六条（全文共二十五条）');
  expect(await list.nth(4).getByRole('link', { name: '《党委（党组）落实全面从严治党主体责任规定》第二十五条' }).getAttribute('href')).toBe(
    '/regulations/zhuti-zeren/25/#art-25',
  );
  // superseded: the 2018 article and the current one; the 2016 问责条例's current text is not on the site
  expect(await list.nth(1).textContent()).toContain('现行文本对应：《中国共产党纪律处分条例》第七十四条');
  expect(await list.nth(2).textContent()).toContain('2019年修订后的现行文本未收录于本站');
  // ambiguous: the candidates
  expect(await list.nth(5).getByRole('link').allTextContents()).toContain('《中国共产党纪律处分条例》第十一条');

  // In the text: each citation marked where it stands, status as a sign and a number, not colour alone.
  const marks = page.locator('[data-cc-text] a.cc-mark');
  expect(await marks.count()).toBe(6);
  expect(await marks.nth(2).textContent()).toBe('《中国共产党问责\n条例》第六条↻3（第3处，非现行文本）');
  expect(await marks.nth(4).getAttribute('data-status')).toBe('missing');

  // The cited text, on demand.
  const first = list.first();
  await first.locator('summary', { hasText: '条文原文' }).click();
  await expect.poll(() => first.locator('.cc-clause__text').textContent()).toContain('不履行全面从严治党主体责任、监督责任');
  expect(await axeViolations(page)).toEqual([]);
  expectClean(watched);
  await watched.close();
});

test('the draft never leaves the browser: every request is a GET of a static file, and none carries the text', async () => {
  const watched = await site.open(PATH, { permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = watched;
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  await page.reload();
  const marker = '某某同志在第三季度的检查中';
  await page.getByLabel('文稿').fill(`${marker}，违反了《中国共产党纪律处分条例》第七十四条。对照2018年《条例》第六十七条。`);
  await expect.poll(() => page.locator('[data-cc-list] > li').count()).toBe(2);
  for (const summary of await page.locator('[data-cc-list] summary').all()) await summary.click();
  await expect.poll(() => page.locator('.cc-clause[data-loaded]').count()).toBe(3);
  await page.getByRole('button', { name: '复制引文清单' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('1. 《中国共产党纪律处分条例》第七十四条');
  await page.getByRole('button', { name: '核验', exact: true }).click();

  expect(requests.length).toBeGreaterThan(0);
  const origin = new URL(site.url('/')).origin;
  const bad = requests.filter((r) => {
    const u = new URL(r.url());
    const carries = [decodeURIComponent(r.url()), r.postData() ?? ''].some((s) => s.includes(marker) || s.includes('第七十四条'));
    const allowed =
      u.pathname === PATH ||
      /^\/_astro\/[^/]+\.(js|css)$/.test(u.pathname) ||
      u.pathname === '/favicon.svg' ||
      /^\/data\/regulations\/[^?]+\.json$/.test(u.pathname);
    return r.method() !== 'GET' || u.origin !== origin || u.search !== '' || carries || !allowed;
  });
  expect(bad.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  // Texts are fetched per regulation, once each: the current 纪律处分条例 and its 2018 version.
  expect(requests.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith('/data/'))).toEqual([
    '/data/regulations/jilv-chufen.json',
    '/data/regulations/jilv-chufen/v2018.json',
  ]);
  // And nothing is stored unless the reader asks.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('cite-check')))).toEqual([]);
  expectClean(watched);
  await watched.close();
});

test('a reader who ticks 在本浏览器中保留草稿 finds the draft again after a reload, and 清空 removes it', async () => {
  const watched = await site.open(PATH);
  const { page } = watched;
  await page.getByLabel('文稿').fill('依据《规定》第十一条开展检查。');
  await page.getByLabel('在本浏览器中保留草稿').check();
  await page.reload();
  await expect.poll(() => page.getByLabel('文稿').inputValue()).toBe('依据《规定》第十一条开展检查。');
  expect(await page.getByLabel('在本浏览器中保留草稿').isChecked()).toBe(true);
  await expect.poll(() => page.locator('[data-cc-summary]').textContent()).toBe('共1处引文：1处正确。');
  await page.getByRole('button', { name: '清空' }).click();
  await expect.poll(() => page.locator('[data-cc-note]').textContent()).toBe('已清空文稿，并删除本浏览器中保留的草稿。');
  expect(await page.evaluate(() => localStorage.getItem('zcyz-kb:cite-check:draft'))).toBeNull();
  await page.reload();
  expect(await page.getByLabel('文稿').inputValue()).toBe('');
  expect(await page.locator('[data-cc-results]').isHidden()).toBe(true);
  expectClean(watched);
  await watched.close();
});

test('opening a .txt file checks it, whether it was saved as UTF-8 or as GB18030', async () => {
  const watched = await site.open(PATH);
  const { page } = watched;
  const input = page.locator('[data-cc-file]');
  await input.setInputFiles({ name: '决定.txt', mimeType: 'text/plain', buffer: Buffer.from('\uFEFF依据《规定》第二十六条', 'utf8') });
  await expect.poll(() => entries(page)).toEqual([['《规定》第二十六条', 'missing', null]]);
  expect(await page.getByLabel('文稿').inputValue()).toBe('依据《规定》第二十六条');
  // 《规定》第八条 in GB18030 (as Notepad on a Chinese Windows saves it)
  const gb = Buffer.from([0xa1, 0xb6, 0xb9, 0xe6, 0xb6, 0xa8, 0xa1, 0xb7, 0xb5, 0xda, 0xb0, 0xcb, 0xcc, 0xf5]);
  await input.setInputFiles({ name: '报告.txt', mimeType: 'text/plain', buffer: gb });
  await expect.poll(() => entries(page)).toEqual([['《规定》第八条', 'ok', 'zhuti-zeren:8']]);
  expect(await page.locator('[data-cc-note]').textContent()).toBe('已打开“报告.txt”。');
  expectClean(watched);
  await watched.close();
});

test('with the keyboard alone a reader types a draft, checks it, follows a mark to its entry and opens the cited text', async () => {
  const watched = await site.open(PATH);
  const { page } = watched;
  const focused = () => page.evaluate(() => (document.activeElement?.id || document.activeElement?.className) ?? '');
  const tabTo = async (test: () => Promise<boolean>, key = 'Tab', limit = 80) => {
    for (let i = 0; i < limit && !(await test()); i++) await page.keyboard.press(key);
    expect(await test()).toBe(true);
  };
  await tabTo(async () => (await focused()) === 'cc-draft');
  await page.keyboard.insertText('依据《规定》第七条第三款。');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => page.locator('[data-cc-summary]').textContent()).toBe('共1处引文：1处正确。');
  await tabTo(() => page.evaluate(() => document.activeElement?.classList.contains('cc-mark') ?? false));
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).hash).toBe('#cc-1');
  await tabTo(() => page.evaluate(() => document.activeElement?.tagName === 'SUMMARY'));
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.cc-clause__text').first().textContent()).toContain('把党的政治建设摆在首位');
  // Space ticks the box; 清空 by keyboard empties the text and hides the results.
  await tabTo(() => page.evaluate(() => document.activeElement?.hasAttribute('data-cc-keep') ?? false), 'Shift+Tab');
  await page.keyboard.press('Space');
  expect(await page.locator('[data-cc-keep]').isChecked()).toBe(true);
  await tabTo(() => page.evaluate(() => document.activeElement?.hasAttribute('data-cc-clear') ?? false), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('[data-cc-results]').isHidden()).toBe(true);
  expectClean(watched);
  await watched.close();
});

test('on a 375 px phone the example checks and every result fits the screen', async () => {
  const watched = await site.open(PATH, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const { page } = watched;
  await page.getByRole('button', { name: '填入示例' }).tap();
  await expect.poll(() => page.locator('[data-cc-list] > li').count()).toBe(6);
  await page.locator('[data-cc-list] summary').first().tap();
  await expect.poll(() => page.locator('.cc-clause[data-loaded]').count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  for (const box of await page
    .locator('[data-cc-list] > li, [data-cc-text], textarea, .cc-actions .btn')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right)))
    expect(box).toBeLessThanOrEqual(375);
  expect(await axeViolations(page)).toEqual([]);
  expectClean(watched);
  await watched.close();
});

test('without JavaScript the page says the tool needs it and offers no control that could send the text', async () => {
  const watched = await site.open(PATH, { javaScriptEnabled: false });
  const { page } = watched;
  expect(await page.locator('.cc-noscript').textContent()).toContain('需要启用JavaScript');
  expect(await page.locator('.cc-actions').isHidden()).toBe(true);
  expect(await page.locator('textarea').getAttribute('name')).toBeNull();
  await watched.close();
});

const kb = useSite({ root: 'dist-kb', base: '/kb/' });

test('under the /kb/ base path the links stay inside /kb/ and a clause text loads from /kb/data/', async () => {
  const watched = await kb.open(PATH);
  const { page } = watched;
  await page.getByLabel('文稿').fill('依据2018年《条例》第六十七条。');
  const entry = page.locator('[data-cc-list] > li').first();
  await expect.poll(() => entry.getAttribute('data-status')).toBe('superseded');
  const hrefs = await entry.locator('a:not(.cc-entry__at)').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual([
    '/kb/regulations/jilv-chufen/v2018/67/#art-67',
    '/kb/regulations/jilv-chufen/74/#art-74',
    '/kb/regulations/jilv-chufen/compare/2018-2023/',
  ]);
  const loaded = page.waitForResponse((r) => r.url().endsWith('/kb/data/regulations/jilv-chufen/v2018.json'));
  await entry.locator('summary').first().click();
  expect((await loaded).status()).toBe(200);
  await expect.poll(() => entry.locator('.cc-clause__text').first().textContent()).toContain('第六十七条');
  expectClean(watched);
  await watched.close();
});
