import { expect, test } from 'vitest';
import { axeViolations, expectClean, useSite } from '../support/e2e';

const site = useSite();

test('typing a query shows typed, grouped results with the words highlighted, and puts it in the URL', async () => {
  const watched = await site.open('/search/');
  const { page } = watched;
  const pagefindRequests: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
  // The box has focus on arrival, and the index starts loading then, before the first keystroke.
  await expect.poll(() => page.getByLabel('搜索词').evaluate((el) => el === document.activeElement)).toBe(true);
  await expect.poll(() => pagefindRequests.some((u) => u.includes('pagefind-entry.json'))).toBe(true);
  await page.getByLabel('搜索词').fill('责任清单');
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.textContent()).toMatch(/^(至少)?找到\d+条结果/);
  expect(pagefindRequests.length).toBeGreaterThan(0);
  expect(new URL(page.url()).searchParams.get('q')).toBe('责任清单');
  const groups = await page.locator('.result-group__title').allTextContents();
  expect(groups.some((g) => g.startsWith('实践案例'))).toBe(true);
  expect(groups.some((g) => g.startsWith('条文与解读'))).toBe(true);
  const marks = await page.locator('.result__excerpt mark').allTextContents();
  expect(marks.length).toBeGreaterThan(3);
  for (const m of marks) expect('责任清单').toContain(m);
  expect(await axeViolations(page)).toEqual([]);
  expectClean(watched);
  await watched.close();
});

test('a page other than /search/ loads no search index, even when its header box gets focus', async () => {
  const watched = await site.open('/regulations/zhuti-zeren/8/');
  const { page } = watched;
  const pagefindRequests: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
  await page.locator('#site-q').focus();
  await page.waitForTimeout(500);
  expect(pagefindRequests).toEqual([]);
  expect(await page.locator('#site-q').evaluate((el) => el === document.activeElement)).toBe(true);
  expectClean(watched);
  await watched.close();
});

test('a filter narrows the results and shows in the URL; reload keeps it; Back removes it', async () => {
  const watched = await site.open(`/search/?q=${encodeURIComponent('清单')}`);
  const { page } = watched;
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.textContent()).toMatch(/^(至少)?找到\d+条结果/);
  const all = Number(/找到(\d+)条/.exec((await status.textContent())!)![1]);
  await page.getByLabel('地区').selectOption('河南省');
  await expect.poll(async () => Number(/找到(\d+)条/.exec((await status.textContent()) ?? '')?.[1] ?? all)).toBeLessThan(all);
  expect(new URL(page.url()).searchParams.get('region')).toBe('河南省');
  expect(await page.locator('.result__link').first().textContent()).toContain('安阳');
  await page.reload();
  await expect.poll(() => status.textContent()).toContain('河南省');
  expect(await page.getByLabel('地区').inputValue()).toBe('河南省');
  await page.goBack();
  await expect.poll(() => page.getByLabel('地区').inputValue()).toBe('');
  await expect.poll(async () => Number(/找到(\d+)条/.exec((await status.textContent()) ?? '')?.[1] ?? 0)).toBe(all);
  expectClean(watched);
  await watched.close();
});

test('browsing by filter alone, with no words, lists the cases newest first', async () => {
  const watched = await site.open(`/search/?type=${encodeURIComponent('案例')}&sort=date`);
  const { page } = watched;
  await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/^找到2\d条结果/);
  const dates = await page.locator('.result__meta').allTextContents();
  const iso = dates.map((d) =>
    /(\d{4})年(\d{1,2})月(\d{1,2})日/
      .exec(d)!
      .slice(1)
      .map((n) => n.padStart(2, '0'))
      .join('-'),
  );
  expect([...iso].sort().reverse()).toEqual(iso);
  await watched.close();
});

test('keyboard only: / opens the header search, Enter searches, ↓ reaches a result, Enter opens it with the words marked', async () => {
  const watched = await site.open('/regulations/zhuti-zeren/');
  const { page } = watched;
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-q');
  await page.keyboard.type('一把手');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  await expect.poll(() => page.locator('.result__link').count()).toBeGreaterThan(0);
  await page.keyboard.press('ArrowDown');
  const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
  expect(first).toContain('hl=');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe(first);
  await page.keyboard.press('Enter');
  await page.waitForURL(/hl=/);
  await expect.poll(() => page.locator('mark.search-hit').count()).toBeGreaterThan(0);
  expect(await page.locator('mark.search-hit').first().textContent()).toMatch(/一把手|第一责任人|主要负责人/);
  expectClean(watched);
  await watched.close();
});

test('Ctrl+K from a page focuses the search box', async () => {
  const watched = await site.open('/cases/');
  await watched.page.keyboard.press('Control+k');
  expect(await watched.page.evaluate(() => document.activeElement?.id)).toBe('site-q');
  await watched.close();
});

test('a query with no results says so, offers to drop the filter and suggests terms', async () => {
  const watched = await site.open(`/search/?q=${encodeURIComponent('清单制度')}&region=${encodeURIComponent('云南省')}`);
  const { page } = watched;
  await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('没有找到');
  expect(await page.locator('.search-empty').textContent()).toContain('责任清单');
  await page.getByRole('button', { name: '去掉筛选“云南省”' }).click();
  await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/^(至少)?找到\d+条结果/);
  expect(new URL(page.url()).searchParams.has('region')).toBe(false);
  expectClean(watched);
  await watched.close();
});

test('on a 375 px phone the search page fits, and the header links to it', async () => {
  const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };
  const home = await site.open('/', phone);
  await home.page.getByRole('link', { name: '搜索', exact: true }).tap();
  await home.page.waitForURL(/\/search\/$/);
  await home.page.getByLabel('搜索词').fill('谈心谈话');
  await expect.poll(() => home.page.locator('.result__link').count()).toBeGreaterThan(0);
  expect(await home.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expectClean(home);
  await home.close();
});

test('a search that names a regulation opens its article first, each article listed once, on its own page', async () => {
  const watched = await site.open(`/search/?q=${encodeURIComponent('纪律处分条例 主体责任')}`);
  const { page } = watched;
  await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/找到\d+条结果/);
  const first = page.locator('a.result__link').first();
  await expect.poll(() => first.textContent()).toContain('《纪律处分条例》第七十四条');
  expect(new URL((await first.getAttribute('href'))!, page.url()).pathname).toBe('/regulations/jilv-chufen/74/');
  const paths = (await page.locator('a.result__link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).filter((p) =>
    p.startsWith('/regulations/'),
  );
  expect(paths.length).toBeGreaterThan(3);
  expect(new Set(paths).size).toBe(paths.length);
  for (const p of paths) expect(p).toMatch(/^\/regulations\/[a-z-]+\/\d+\/$/);
  expectClean(watched);
  await watched.close();
});

test('old versions are searched only when the reader asks: then results from 2015 and 2018 appear, each naming its version', async () => {
  const watched = await site.open(`/search/?q=${encodeURIComponent('全面从严治党主体责任')}`);
  const { page } = watched;
  // Every file the page has fetched so far, from its resource timing (the search ran on arrival).
  const historyFetched = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/pagefind-history/')));
  await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/找到\d+条结果/);
  await expect.poll(() => page.locator('.search-older').textContent()).toContain('结果只含现行文本');
  const versions = () => page.locator('.result__meta').allTextContents();
  expect((await versions()).some((v) => /^(2015|2018)年版本/.test(v))).toBe(false);
  expect(await historyFetched()).toBe(false);
  await page.getByRole('button', { name: '同时搜索历史版本' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('version')).toBe('全部');
  await expect.poll(async () => (await versions()).some((v) => /^(2015|2018)年版本/.test(v))).toBe(true);
  expect(await historyFetched()).toBe(true);
  // Each historical result opens that version's article page.
  const old = page.locator('li.result', { has: page.locator('.result__meta', { hasText: /^(2015|2018)年版本/ }) }).first();
  expect(await old.locator('a.result__link').evaluate((a) => (a as HTMLAnchorElement).pathname)).toMatch(/^\/regulations\/jilv-chufen\/v(2015|2018)\/\d+\/$/);
  expectClean(watched);
  await watched.close();
});
