import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { axeViolations, expectClean, useSite } from '../support/e2e';

const site = useSite();
const ROLE = '/study/shuji/';

test('choosing a role shows its duties and checklist; answers and notes survive a reload', async () => {
  const watched = await site.open('/study/');
  const { page } = watched;
  await page.getByRole('link', { name: /党委（党组）书记/ }).click();
  await page.waitForURL(/\/study\/shuji\/$/);
  expect(await page.locator('h1').textContent()).toBe('党委（党组）书记的全面从严治党职责');
  const duties = await page.locator('.duty__label').allTextContents();
  expect(duties).toContain('《主体责任规定》第八条');
  expect(duties).toContain('《主体责任规定》第十六条');
  const first = page.locator('fieldset[data-check]').first();
  await first.getByLabel('部分做到').check();
  await first.locator('textarea').fill('重点案件督办不够及时，年内整改');
  await page.locator('fieldset[data-check]').nth(1).getByLabel('做到', { exact: true }).check();
  expect(await page.locator('[data-answered]').textContent()).toBe('2');
  await page.reload();
  await expect.poll(() => page.locator('[data-answered]').textContent()).toBe('2');
  expect(await first.getByLabel('部分做到').isChecked()).toBe(true);
  expect(await first.locator('textarea').inputValue()).toBe('重点案件督办不够及时，年内整改');
  expect(await axeViolations(page)).toEqual([]);
  expectClean(watched);
  await watched.close();
});

test('export, clear and import bring every answer back', async () => {
  const watched = await site.open(ROLE);
  const { page } = watched;
  const box = page.locator('fieldset[data-check]').nth(2);
  await box.getByLabel('未做到').check();
  await box.locator('textarea').fill('调研不够');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出记录' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^全面从严治党学习记录-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.schema).toBe('zcyz-kb/study');

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: '清除记录' }).click();
  await expect.poll(() => page.locator('[data-answered]').textContent()).toBe('0');
  expect(await box.getByLabel('未做到').isChecked()).toBe(false);

  await page.locator('input[data-import]').setInputFiles(file);
  await expect.poll(() => page.locator('[data-study-notice]').textContent()).toContain('已导入学习记录');
  expect(await box.getByLabel('未做到').isChecked()).toBe(true);
  expect(await box.locator('textarea').inputValue()).toBe('调研不够');
  expectClean(watched);
  await watched.close();
});

test('importing another file than a study record changes nothing and says why', async () => {
  const watched = await site.open(ROLE);
  const { page } = watched;
  await page.locator('fieldset[data-check]').first().getByLabel('做到', { exact: true }).check();
  await page.locator('input[data-import]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
  await expect.poll(() => page.locator('[data-study-notice]').textContent()).toContain('未导入：不是本站的学习记录');
  expect(await page.locator('[data-answered]').textContent()).toBe('1');
  await watched.close();
});

test('storage corrupted by hand: the page still works, says so, and the old data can be exported', async () => {
  const watched = await site.open(ROLE);
  const { page } = watched;
  await page.evaluate(() => localStorage.setItem('zcyz-kb:study', '{"schema":"zcyz-kb/study","version":2,"answers":'));
  await page.reload();
  const notice = page.locator('[data-study-notice]');
  await expect.poll(() => notice.isVisible()).toBe(true);
  expect(await notice.textContent()).toContain('无法读取');
  const box = page.locator('fieldset[data-check]').first();
  await box.getByLabel('不适用').check();
  expect(await page.locator('[data-answered]').textContent()).toBe('1');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出原数据' }).click()]);
  const raw = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(raw[0].raw).toBe('{"schema":"zcyz-kb/study","version":2,"answers":');
  expectClean(watched);
  await watched.close();
});

test('printed, the pack holds the duties, the answers with notes and the chosen topic, without navigation', async () => {
  const watched = await site.open(ROLE);
  const { page } = watched;
  const box = page.locator('fieldset[data-check]').first();
  await box.getByLabel('部分做到').check();
  await box.locator('textarea').fill('需加强督办');
  await page.getByLabel('打印时附上专题').selectOption({ label: '民主生活会会前学习' });
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('body').innerText();
  expect(printed).toContain('《主体责任规定》第八条');
  expect(printed).toContain('自评：部分做到');
  expect(printed).toContain('备注：需加强督办');
  expect(printed).toContain('专题阅读：民主生活会会前学习');
  for (const hidden of ['跳到正文', '实践案例', '打印学习材料', '导出记录', '其他角色']) expect(printed).not.toContain(hidden);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(2);
  await watched.close();
});

test('an article marked as studied counts in the role’s progress and on the study page', async () => {
  const watched = await site.open('/regulations/zhuti-zeren/8/');
  const { page } = watched;
  const toggle = page.getByRole('button', { name: '已学习' });
  expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  await toggle.click();
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  await page.goto(site.url(ROLE));
  await expect.poll(() => page.locator('[data-studied-count]').textContent()).toBe('1');
  await page.goto(site.url('/study/'));
  const row = page.locator('.progress__row').first();
  await expect.poll(() => row.locator('[data-progress-text]').textContent()).toBe('1 / 25');

  await page.goto(site.url('/topics/zeren-qingdan/'));
  await page.getByRole('button', { name: '已学习' }).click();
  await page.goto(site.url('/study/'));
  const topicRow = page.locator('[data-progress-topic="zeren-qingdan"]');
  // 第八条 is one of the topic's readings, and the topic itself is now studied.
  await expect.poll(() => topicRow.locator('[data-progress-text]').textContent()).toMatch(/^2 \/ \d+$/);
  expect(await page.locator('[data-topic-studied="zeren-qingdan"]').isVisible()).toBe(true);
  expectClean(watched);
  await watched.close();
});

test('the study pages and the map load clean and are usable on a 375 px phone', async () => {
  for (const path of ['/study/', '/study/map/', ROLE, '/topics/', '/topics/zeren-qingdan/']) {
    const watched = await site.open(path, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    expect(await watched.page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    expect(await axeViolations(watched.page), path).toEqual([]);
    expectClean(watched);
    await watched.close();
  }
});

test('every node of the responsibility map links to its clauses, with a preview on focus', async () => {
  const watched = await site.open('/study/map/');
  const { page } = watched;
  const nodes = page.locator('.node');
  expect(await nodes.count()).toBe(9);
  for (let i = 0; i < 9; i++) expect(await nodes.nth(i).locator('a.cref').count()).toBeGreaterThan(0);
  await page.locator('.node--shuji a.cref').first().focus();
  const tip = page.getByRole('tooltip');
  await expect.poll(() => tip.isVisible()).toBe(true);
  expect(await tip.textContent()).toContain('第一责任人');
  expectClean(watched);
  await watched.close();
});
