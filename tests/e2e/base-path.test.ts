import { expect, test } from 'vitest';
import { expectClean, useSite } from '../support/e2e';

const site = useSite({ root: 'dist-kb', base: '/kb/' });

test('served under /kb/, pages load their styles and scripts and their links stay under /kb/', async () => {
  const watched = await site.open('/regulations/zhuti-zeren/7/');
  const { page } = watched;
  const background = await page.evaluate(() => getComputedStyle(document.body).display);
  expect(background).toBe('flex'); // global.css applied
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) expect(href).toContain('/kb/');
  await page.getByRole('link', { name: '在全文中查看' }).click();
  await expect.poll(() => page.evaluate(() => location.pathname + location.hash)).toBe('/kb/regulations/zhuti-zeren/#art-7');
  expectClean(watched);
  await watched.close();
});

test('under /kb/, search loads its index from /kb/pagefind/ and its results link under /kb/', async () => {
  const watched = await site.open(`/search/?q=${encodeURIComponent('安阳')}`);
  const { page } = watched;
  await expect.poll(() => page.locator('.result__link').count()).toBeGreaterThan(0);
  const hrefs = await page.locator('.result__link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  for (const h of hrefs) expect(h).toMatch(/^\/kb\//);
  expect(hrefs[0]).toBe('/kb/cases/anyang-shuang-qingdan-shuang-jiaoban/');
  expectClean(watched);
  await watched.close();
});
