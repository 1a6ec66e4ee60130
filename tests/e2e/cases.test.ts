/**
 * Issue 15, items 2 and 3: filters that tell the truth (on /cases/ and /search/), and going on
 * from a case (the topics that discuss it, related cases, the compare view).
 */
import { expect, test } from 'vitest';
import { axeViolations, expectClean, useSite } from '../support/e2e';

const site = useSite();
const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };
const TAG = encodeURIComponent('责任清单');
const THREE = 'jiangsu-san-ji-zeren-qingdan,guangzhou-yibashou-jiandu-qingdan,anyang-shuang-qingdan-shuang-jiaoban';

test('after choosing 责任清单 on the case list, 福建省 reads （0） and cannot be chosen, and every count is what choosing it gives', async () => {
  const watched = await site.open('/cases/');
  const { page } = watched;
  const fujian = page.locator('select[name="province"] option[value="福建省"]');
  expect(await fujian.textContent()).toBe('福建省（1）');
  await page.getByLabel('标签').selectOption('责任清单');
  await expect.poll(() => fujian.textContent()).toBe('福建省（0）');
  expect(await fujian.isDisabled()).toBe(true);
  // The count beside each region is the number of cards that choosing it leaves.
  const status = page.getByRole('status').filter({ hasText: '筛选出' });
  for (const option of await page.locator('select[name="province"] option:not([value=""]):not(:disabled)').all()) {
    const [, label, n] = /^(.+)（(\d+)）$/.exec((await option.textContent())!)!;
    await page.getByLabel('地区').selectOption(label!);
    await expect.poll(() => status.textContent()).toBe(`筛选出${n}个案例（共23个）`);
    expect(await page.locator('[data-case-list] .case-card:visible').count()).toBe(Number(n));
  }
  // The tag's own options count as if chosen instead.
  expect(await page.locator('select[name="tag"] option[value="监督"]').textContent()).toMatch(/^监督（[1-9]\d*）$/);
  expectClean(watched);
  await watched.close();
});

test('the case list gives every year as the year reported, and says so once under the filters', async () => {
  const watched = await site.open('/cases/');
  const { page } = watched;
  const note = page.locator('#year-note');
  expect(await note.textContent()).toContain('报道年份指来源报道发表的年份');
  expect(await page.getByLabel('报道年份').getAttribute('aria-describedby')).toBe('year-note');
  for (const text of await page.locator('select[name="year"] option:not([value=""])').allTextContents()) expect(text).toMatch(/^\d{4}年（\d+）$/);
  const years = await page.locator('.case-card__meta span:nth-child(2)').allTextContents();
  expect(years.length).toBe(23);
  for (const y of years) expect(y).toMatch(/^\d{4}年(、\d{4}年)*报道$/);
  await watched.close();
});

test('on the search page, choosing a tag updates the other filters: a region with no match reads （0） and is disabled, and 案例 counts the results shown', async () => {
  const watched = await site.open(`/search/?q=${encodeURIComponent('清单')}&tag=${TAG}`);
  const { page } = watched;
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.textContent()).toMatch(/^找到\d+条结果/);
  const found = Number(/找到(\d+)条/.exec((await status.textContent())!)![1]);
  const fujian = page.locator('select[data-filter="region"] option[value="福建省"]');
  await expect.poll(() => fujian.textContent()).toBe('福建省（0）');
  expect(await fujian.isDisabled()).toBe(true);
  expect(await page.locator('select[data-filter="type"] option[value="案例"]').textContent()).toBe(`案例（${found}）`);
  expect(await page.locator('select[data-filter="type"] option[value="条文"]').isDisabled()).toBe(true);
  // A region's count is the number of results its choice gives.
  const jiangsu = page.locator('select[data-filter="region"] option[value="江苏省"]');
  const n = Number(/（(\d+)）/.exec((await jiangsu.textContent())!)![1]);
  await page.getByLabel('地区').selectOption('江苏省');
  await expect.poll(() => status.textContent()).toMatch(new RegExp(`^找到${n}条结果`));
  expect(await page.getByLabel('报道年份').count()).toBe(1);
  expectClean(watched);
  await watched.close();
});

test('a case page ends with the topic that compares it and related cases, each saying why; the topic link lands on the comparison', async () => {
  const watched = await site.open('/cases/jiangsu-san-ji-zeren-qingdan/');
  const { page } = watched;
  const topics = page.getByRole('region', { name: '讨论本案例的学习专题' });
  expect(await topics.textContent()).toContain('“学习提示”一节把本案例和另外4个案例放在一起讨论');
  const related = page.getByRole('region', { name: '相关案例' }).locator('li');
  expect(await related.count()).toBeGreaterThan(1);
  expect(await related.count()).toBeLessThanOrEqual(5);
  for (const why of await related.locator('.onward-list__why').allTextContents()) expect(why).toMatch(/^(同引《[^》]+》\S+|同为“[^”]+”)/);
  expect(await related.first().textContent()).toContain('同引《主体责任规定》第十一条');
  await topics.getByRole('link', { name: '责任清单' }).click();
  await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe('#学习提示');
  expect(new URL(page.url()).pathname).toBe('/topics/zeren-qingdan/');
  // The comparison links back to each case it compares.
  const comparison = page.locator('.topic-body ul').filter({ has: page.locator('a[href="/cases/jiangsu-san-ji-zeren-qingdan/"]') });
  expect(await comparison.locator('a[href^="/cases/"]').count()).toBe(5);
  expectClean(watched);
  await watched.close();
});

test('ticking two cases on the list with the keyboard opens them side by side: 背景, 做法, 成效 and clauses, at a URL that can be shared', async () => {
  const watched = await site.open(`/cases/?tag=${TAG}`);
  const { page } = watched;
  const boxes = page.locator('.case-card:visible [data-compare-box]');
  await boxes.nth(0).focus();
  await page.keyboard.press('Space');
  await boxes.nth(1).focus();
  await page.keyboard.press('Space');
  const go = page.getByRole('link', { name: '并排比较' });
  await expect.poll(() => go.isVisible()).toBe(true);
  expect(await page.locator('[data-compare-live]').textContent()).toBe('已选2个案例，还可再选1个');
  expect(await axeViolations(page)).toEqual([]);
  const chosen = await page.locator('.case-card:visible').evaluateAll((cards) => cards.slice(0, 2).map((c) => (c as HTMLElement).dataset.case));
  await go.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.compare-case').count()).toBe(2);
  expect(new URL(page.url()).searchParams.get('ids')).toBe(chosen.join(','));
  const first = page.locator('.compare-case').first();
  expect(await first.locator('h3').allTextContents()).toEqual(['背景', '做法', '成效', '落实的条款']);
  expect(await first.locator('a.cref[data-clause]').count()).toBeGreaterThan(0);
  expect(await first.locator('.compare-part').first().textContent()).not.toContain('本案例未列');
  // 做法 starts level across the columns (the parts share the grid's rows).
  const tops = await page.locator('.compare-case .compare-part:nth-of-type(2)').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  expect(await page.evaluate(() => new Set([...document.querySelectorAll('[id]')].map((e) => e.id)).size === document.querySelectorAll('[id]').length)).toBe(
    true,
  );
  expect(await axeViolations(page)).toEqual([]);

  // The same URL, opened afresh, shows the same cases; 移出比较 takes one out.
  await page.reload();
  await expect.poll(() => page.locator('.compare-case h2').count()).toBe(2);
  await page
    .getByRole('link', { name: /^移出比较/ })
    .first()
    .click();
  await expect.poll(() => page.locator('.compare-case').count()).toBe(0);
  expect(await page.locator('[data-compare-message]').textContent()).toContain('已选1个案例');
  expectClean(watched);
  await watched.close();
});

test('at most three cases go side by side: a fourth box cannot be ticked, and a longer URL shows the first three', async () => {
  const list = await site.open('/cases/');
  const boxes = list.page.locator('[data-compare-box]');
  for (const i of [0, 1, 2]) await boxes.nth(i).check();
  expect(await boxes.nth(3).isDisabled()).toBe(true);
  expect(await list.page.locator('[data-compare-status]').textContent()).toBe('已选3个案例（最多3个）');
  await list.close();
  const watched = await site.open(`/cases/compare/?ids=${THREE},youxi-zhuanti-huishang,nowhere`);
  const { page } = watched;
  await expect.poll(() => page.locator('.compare-case').count()).toBe(3);
  expect(await page.locator('[data-compare-message]').textContent()).toMatch(/^链接里有1个案例本站没有，已略去。一次最多比较3个案例，只显示前3个。/);
  expectClean(watched);
  await watched.close();
});

test('on a 375 px phone the compared cases swipe side by side, the page itself does not scroll sideways, and a clause previews on tap', async () => {
  const watched = await site.open(`/cases/compare/?ids=${THREE}`, phone);
  const { page } = watched;
  await expect.poll(() => page.locator('.compare-case').count()).toBe(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const grid = page.getByRole('region', { name: '并排比较的案例' });
  expect(await grid.evaluate((g) => g.scrollWidth > g.clientWidth)).toBe(true);
  const width = await page
    .locator('.compare-case')
    .first()
    .evaluate((c) => c.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(280);
  expect(await page.locator('.compare-swipe').textContent()).toBe('左右滑动查看其他案例（共3个）。');
  await page.locator('.compare-case a.cref').first().tap();
  await expect.poll(() => page.getByRole('tooltip').isVisible()).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  expectClean(watched);
  await watched.close();
});

test('without JS the compare page says what it needs, and the case list shows no compare boxes', async () => {
  const watched = await site.open(`/cases/compare/?ids=${THREE}`, { javaScriptEnabled: false });
  const { page } = watched;
  expect(await page.locator('[data-compare-needs]').isVisible()).toBe(true);
  expect(await page.locator('[data-compare-needs]').textContent()).toContain('要在浏览器运行本页的脚本');
  await watched.close();
  const list = await site.open('/cases/', { javaScriptEnabled: false });
  expect(await list.page.locator('[data-compare-choice]:visible').count()).toBe(0);
  expect(await list.page.locator('.case-card__topics a').count()).toBeGreaterThan(10);
  await list.close();
});

test('the compare view prints on A4 landscape with the columns side by side', async () => {
  const watched = await site.open(`/cases/compare/?ids=${THREE}`);
  const { page } = watched;
  await expect.poll(() => page.locator('.compare-case').count()).toBe(3);
  await page.emulateMedia({ media: 'print' });
  const lefts = await page.locator('.compare-case').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
  expect(new Set(lefts).size).toBe(3);
  expect(await page.locator('.compare-pick').isVisible()).toBe(false);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // A4 landscape: the first page's MediaBox is 842 × 595 points.
  expect(pdf.toString('latin1')).toMatch(/MediaBox\s*\[\s*0 0 84[12](\.\d+)? 59[45](\.\d+)?\s*\]/);
  await watched.close();
});
