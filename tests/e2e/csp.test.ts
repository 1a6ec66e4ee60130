import { expect, test } from 'vitest';
import { expectClean, useSite } from '../support/e2e';

const site = useSite();

test('with the Content-Security-Policy in force, search, previews and the checklist work without a single violation', async () => {
  const watched = await site.open('/');
  const { page } = watched;
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toContain('unsafe-inline');

  await page.goto(site.url(`/search/?q=${encodeURIComponent('责任清单')}`));
  await expect.poll(() => page.locator('.result__link').count()).toBeGreaterThan(0);
  expect(await violations()).toEqual([]);

  await page.goto(site.url('/cases/anyang-shuang-qingdan-shuang-jiaoban/'));
  await page.locator('.case-body a.cref').first().hover();
  await expect.poll(() => page.getByRole('tooltip').isVisible()).toBe(true);
  expect(await violations()).toEqual([]);

  await page.goto(site.url('/study/shuji/'));
  await page.locator('fieldset[data-check]').first().getByLabel('做到', { exact: true }).check();
  await expect.poll(() => page.locator('[data-answered]').textContent()).toBe('1');
  expect(await violations()).toEqual([]);
  // The QR code of the record: an SVG drawn from a lazily loaded module.
  await page.getByRole('button', { name: '扫码转到手机' }).click();
  await expect.poll(() => page.locator('[data-qr-code] svg').count()).toBe(1);
  expect(await violations()).toEqual([]);
  expectClean(watched);
  await watched.close();
});
