/**
 * Reading regulation texts and articles (issue 15): backlinks once per item, what an article and
 * a full text print, and long texts on a phone (where am I, the way back to the contents and the
 * top, 被引用N次 under its own article, tap targets of at least 24 × 24 px).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, expectClean, useSite } from '../support/e2e';

const site = useSite();
const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

describe('backlinks', () => {
  test('第十一条 shows each citing case once, and 第八条 lists the 第十六条解读 once with its citing sentences under it', async () => {
    const watched = await site.open('/regulations/zhuti-zeren/11/');
    const { page } = watched;
    const caseLinks = page.locator('[data-slot="practice"] .case-card__title a, [data-slot="backlinks"] li > a');
    const hrefs = await caseLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((h) => h === '/cases/jiangsu-san-ji-zeren-qingdan/')).toHaveLength(1);
    expect(hrefs.filter((h) => h === '/cases/guangzhou-yibashou-jiandu-qingdan/')).toHaveLength(1);
    // The case's own sentence citing the article sits under its card.
    const card = page.locator('[data-case="guangzhou-yibashou-jiandu-qingdan"]');
    await expect.poll(() => card.locator('blockquote').first().textContent()).toContain('第十一条');
    expectClean(watched);
    await watched.close();

    const on8 = await site.open('/regulations/zhuti-zeren/8/');
    const entry = on8.page.locator('[data-slot="backlinks"] li').filter({ has: on8.page.getByRole('link', { name: /第十六条解读/ }) });
    expect(await entry.count()).toBe(1);
    const quotes = await entry.locator('blockquote').allTextContents();
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(quotes).size).toBe(quotes.length);
    expectClean(on8);
    await on8.close();
  });
});

describe('print', () => {
  test('an article prints with its version, 施行 date and address, its backlinks a short list with their addresses, from a 打印本条 button', async () => {
    const watched = await site.open('/regulations/zhuti-zeren/11/');
    const { page } = watched;
    const button = page.getByRole('button', { name: '打印本条' });
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await button.click();
    await expect.poll(() => page.locator('html[data-printed]').count()).toBe(1);

    await page.emulateMedia({ media: 'print' });
    const meta = page.locator('[data-print-meta]');
    expect(await meta.isVisible()).toBe(true);
    const text = await meta.innerText();
    expect(text).toContain('现行有效');
    expect(text).toContain('2020年3月9日起施行');
    expect(text).toContain(site.url('/regulations/zhuti-zeren/11/'));
    expect(await button.isVisible()).toBe(false);
    // Backlinks: the entries stay, their quoted sentences go; each entry prints its address.
    const entries = page.locator('[data-slot="backlinks"] li');
    expect(await entries.first().isVisible()).toBe(true);
    expect(await page.locator('[data-slot="backlinks"] blockquote').first().isVisible()).toBe(false);
    const after = await entries
      .first()
      .locator('a')
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(site.url('/regulations/zhuti-zeren/1/'));
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expectClean(watched);
    await watched.close();
  });

  test('a full text and a historical version print their version, 施行 date and address', async () => {
    for (const [path, version, date] of [
      ['/regulations/jilv-chufen/', '2023年版本（现行有效）', '2024年1月1日起施行'],
      ['/regulations/jilv-chufen/v2018/', '2018年版本（已修订）', '2018年10月1日起施行'],
      ['/regulations/jilv-chufen/v2018/67/', '2018年版本（已修订）', '2018年10月1日起施行'],
    ] as const) {
      const watched = await site.open(path);
      await watched.page.emulateMedia({ media: 'print' });
      const text = await watched.page.locator('[data-print-meta]').innerText();
      expect(text, path).toContain(version);
      expect(text, path).toContain(date);
      expect(text, path).toContain(site.url(path));
      expect(await watched.page.locator('.toc').isVisible()).toBe(false);
      expectClean(watched);
      await watched.close();
    }
  });

  test('without JavaScript there is no print button, and the printed address is the page path', async () => {
    const { page, close } = await site.open('/regulations/zhuti-zeren/11/', { javaScriptEnabled: false });
    expect(await page.locator('[data-print]').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-page-address]').innerText()).toBe('/regulations/zhuti-zeren/11/');
    await close();
  });
});

/** The bar's box and the top of the element the page was sent to. */
async function barAndTarget(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const bar = document.querySelector('[data-toc-nav] summary')!.getBoundingClientRect();
    return { barTop: bar.top, barBottom: bar.bottom, target: document.querySelector(sel)!.getBoundingClientRect().top };
  }, selector);
}

describe('long texts on a phone', () => {
  test('deep in the 纪律处分条例 the bar at the top names the chapter, opens the contents at it, and leads back to the top', async () => {
    const watched = await site.open('/regulations/jilv-chufen/', phone);
    const { page } = watched;
    const toc = page.getByRole('navigation', { name: '目录' });
    await page.locator('#art-120').evaluate((el) => el.scrollIntoView());
    await expect.poll(() => toc.locator('[data-toc-where]').textContent()).toBe('第八章 对违反廉洁纪律行为的处分');
    const { barTop } = await barAndTarget(page, '#art-120');
    expect(barTop).toBe(0);

    // The contents open with the chapter the reader is in marked and in view.
    await toc.getByText('目录', { exact: true }).tap();
    const here = toc.locator('a[aria-current]');
    await expect.poll(() => here.isVisible()).toBe(true);
    expect(await here.textContent()).toContain('第八章');
    await toc.getByRole('link', { name: /第十一章/ }).tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#ch-11');
    await expect.poll(() => toc.locator('[data-toc-where]').textContent()).toBe('第十一章 对违反生活纪律行为的处分');
    const jump = await barAndTarget(page, '#ch-11');
    expect(jump.target).toBeGreaterThanOrEqual(jump.barBottom);

    // 顶部 from anywhere.
    await toc.getByRole('link', { name: '回到顶部' }).tap();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(10);
    expectClean(watched);
    await watched.close();
  });

  test('with the text at 150 % the bar still stays on screen and a jump from the contents lands below it', async () => {
    const watched = await site.open('/regulations/jilv-chufen/', phone);
    const { page } = watched;
    await page.evaluate(() => (document.documentElement.style.fontSize = '150%'));
    const toc = page.getByRole('navigation', { name: '目录' });
    await toc.getByText('目录', { exact: true }).tap();
    await toc.getByRole('link', { name: /第九章/ }).tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#ch-9');
    const jump = await barAndTarget(page, '#ch-9');
    expect(jump.barTop).toBe(0);
    expect(jump.target).toBeGreaterThanOrEqual(jump.barBottom);
    // The chapter's name in the bar does not widen the page.
    await expect.poll(() => toc.locator('[data-toc-where]').textContent()).toBe('第九章 对违反群众纪律行为的处分');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // Esc closes the contents and leaves the keyboard on 目录.
    await toc.getByText('目录', { exact: true }).tap();
    await page.keyboard.press('Escape');
    await expect.poll(() => toc.getByRole('link', { name: /第九章/ }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    expectClean(watched);
    await watched.close();
  });

  test('被引用N次 sits under its own article, closer to it than to the next, and names the article', async () => {
    const watched = await site.open('/regulations/zhuti-zeren/', phone);
    const { page } = watched;
    const link = page.getByRole('link', { name: /^第十一条\s*被引用\d+次$/ });
    expect(await link.count()).toBe(1);
    const gaps = await page.evaluate(() => {
      const extras = document.querySelector('[data-extras-of="art-11"]')!.getBoundingClientRect();
      const own = document.getElementById('art-11')!.getBoundingClientRect();
      const next = document.getElementById('art-12')!.getBoundingClientRect();
      return { toOwn: extras.top - own.bottom, toNext: next.top - extras.bottom };
    });
    expect(gaps.toOwn).toBeLessThan(gaps.toNext);
    await link.tap();
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/regulations/zhuti-zeren/11/#backlinks-heading');
    expectClean(watched);
    await watched.close();
  });

  test('without JavaScript the contents bar still opens and 顶部 still goes to the top', async () => {
    const { page, close } = await site.open('/regulations/jilv-chufen/', { ...phone, javaScriptEnabled: false });
    const toc = page.getByRole('navigation', { name: '目录' });
    await toc.getByText('目录', { exact: true }).tap();
    await toc.getByRole('link', { name: /第十章/ }).tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#ch-10');
    await toc.getByRole('link', { name: '回到顶部' }).tap();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(10);
    await close();
  });

  const readingPages = [
    '/regulations/jilv-chufen/',
    '/regulations/jilv-chufen/52/',
    '/regulations/zhuti-zeren/11/',
    '/regulations/jilv-chufen/v2018/',
    '/regulations/jilv-chufen/v2018/67/',
    '/regulations/jilv-chufen/compare/2018-2023/',
    '/regulations/zhengzhi-shenghuo-zhunze/',
  ];
  test.each(readingPages)('every tap target on %s is at least 24 × 24 px on a phone, links inside running text aside, and axe finds nothing', async (path) => {
    const watched = await site.open(path, phone);
    const { page } = watched;
    const small = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select')) {
        // A control inside its label: the label is what the finger hits.
        const target = el.closest('label') ?? el;
        const r = target.getBoundingClientRect();
        if (!r.width || !r.height || el.closest('.visually-hidden')) continue;
        if (r.width >= 24 && r.height >= 24) continue;
        // WCAG 2.5.8's inline exception: a link in a sentence of running text.
        const block = el.parentElement!.closest('p, li, td, blockquote, dd');
        const inText = getComputedStyle(el).display === 'inline' && block && block.textContent!.trim().length > el.textContent!.trim().length + 4;
        if (!inText) out.push(`${el.tagName.toLowerCase()} “${el.textContent!.trim().slice(0, 16)}” ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      return out;
    });
    expect(small).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(watched);
    await watched.close();
  });
});
