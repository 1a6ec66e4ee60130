import { expect, test } from 'vitest';
import { axeViolations, useSite } from '../support/e2e';

const site = useSite();

test('hovering 本条例第六十三条 shows the text of 第六十三条, and moving away hides it', async () => {
  const { page, problems, close } = await site.open('/regulations/jilv-chufen/81/');
  const link = page.locator('[data-official-text] a.cref', { hasText: '本条例第六十三条' });
  await link.hover();
  const tip = page.getByRole('tooltip');
  await expect.poll(() => tip.isVisible()).toBe(true);
  expect(await tip.textContent()).toContain('《纪律处分条例》第六十三条');
  expect(await link.getAttribute('aria-describedby')).toBe('clause-preview');
  expect(await axeViolations(page)).toEqual([]);
  await page.mouse.move(5, 5);
  await expect.poll(() => tip.isVisible()).toBe(false);
  expect(problems).toEqual([]);
  await close();
});

test('keyboard focus on 前款 shows the previous 款, and Esc closes the preview', async () => {
  const { page, close } = await site.open('/regulations/jilv-chufen/81/');
  await page.locator('[data-official-text] a.cref', { hasText: '前款' }).focus();
  const tip = page.getByRole('tooltip');
  await expect.poll(() => tip.isVisible()).toBe(true);
  expect(await tip.textContent()).toContain('第八十一条第一款');
  await page.keyboard.press('Escape');
  await expect.poll(() => tip.isVisible()).toBe(false);
  await close();
});

test('on a phone the first tap previews the clause and 查看条文 then opens it', async () => {
  const { page, problems, close } = await site.open('/regulations/jilv-chufen/52/', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  await page.locator('[data-official-text] a.cref').first().tap();
  const tip = page.getByRole('tooltip');
  await expect.poll(() => tip.isVisible()).toBe(true);
  expect(new URL(page.url()).pathname).toBe('/regulations/jilv-chufen/52/');
  const box = await tip.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  await tip.getByRole('link', { name: /查看条文/ }).tap();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/regulations/jilv-chufen/50/');
  expect(problems).toEqual([]);
  await close();
});

test('without JavaScript a citation is a plain link to the cited clause', async () => {
  const { page, close } = await site.open('/regulations/jilv-chufen/81/', { javaScriptEnabled: false });
  await page.locator('[data-official-text] a.cref', { hasText: '本条例第六十三条' }).click();
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/regulations/jilv-chufen/63/#art-63');
  await close();
});
