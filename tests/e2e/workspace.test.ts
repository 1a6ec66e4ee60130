import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { axeViolations, expectClean, useSite } from '../support/e2e';
import { zipEntry } from '../support/zip';

const site = useSite();
const ZHUTI = '《党委（党组）落实全面从严治党主体责任规定》';
const NOTES = ['重点案件督办不够及时', '听取下级党组织书记述职不全面'];

test('two items answered 未做到 become problems with their clauses; a measure is added; the Word file holds notes, citations and measure; reload keeps it all', async () => {
  const watched = await site.open('/study/shuji/');
  const { page } = watched;
  const questions: string[] = [];
  for (const [i, note] of NOTES.entries()) {
    const box = page.locator('fieldset[data-check]').nth(i);
    await box.getByLabel('未做到').check();
    await box.locator('textarea').fill(note);
    questions.push((await box.locator('.check__q').textContent())!.trim());
  }
  await page.locator('fieldset[data-check]').nth(2).getByLabel('做到', { exact: true }).check();
  await page.getByRole('link', { name: '整理问题清单和整改措施' }).click();
  await page.waitForURL(/\/study\/workspace\/$/);

  const problems = page.locator('[data-ws-problem]');
  await expect.poll(() => problems.count()).toBe(2);
  const citations: string[] = [];
  for (const [i, q] of questions.entries()) {
    const card = problems.nth(i);
    expect(await card.locator('.ws-problem__text').textContent()).toBe(q);
    expect(await card.locator('.ws-problem__note').textContent()).toContain(NOTES[i]);
    const cite = (await card.locator('.ws-problem__clause a').textContent())!;
    expect(cite.startsWith(ZHUTI)).toBe(true);
    expect(await card.locator('.ws-problem__preview').textContent()).not.toBe('');
    citations.push(cite);
  }
  expect(await page.locator('[data-ws-progress]').textContent()).toBe('共2个问题：0个已分析原因，0个已有整改措施；还没有整改措施。');

  const first = problems.first();
  await first.getByLabel('原因分析').fill('对督办工作重视不够');
  await first.getByRole('button', { name: '添加整改措施' }).click();
  await expect.poll(() => first.locator('.ws-measure').count()).toBe(1);
  await first.getByRole('textbox', { name: '措施' }).fill('建立重点案件督办台账，每月调度');
  await first.getByLabel('责任人').fill('办公室');
  await first.getByLabel('时限').fill('2027-03-31');
  await first.getByLabel('状态').selectOption('推进中');
  await page.getByLabel('日期').fill('2026-12-20');
  await expect
    .poll(() => page.locator('[data-ws-progress]').textContent())
    .toBe('共2个问题：1个已分析原因，1个已有整改措施；整改措施1项（已完成0项，推进中1项，未开始0项）。');

  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word 文档' }).click()]);
  expect(download.suggestedFilename()).toBe('民主生活会问题清单-2026-12-20.docx');
  const docx = readFileSync((await download.path())!);
  const xml = zipEntry(docx, 'word/document.xml')!;
  const text = xml.replace(/<[^>]+>/g, '');
  for (const s of [
    ...NOTES,
    ...citations,
    ...questions,
    '建立重点案件督办台账，每月调度',
    '对督办工作重视不够',
    '一、存在的问题',
    '二、原因分析',
    '三、整改措施',
    '2026年12月20日',
    '2027年3月31日',
  ]) {
    expect(text, s).toContain(s);
  }
  expect(xml).toContain('<w:tbl>');
  expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
  expect(xml).toMatch(/<w:pgSz w:w="1190[0-9]" w:h="1683[0-9]"/);
  // Only the site's own files were fetched: the Word library, nothing else, and nothing sent.
  const origin = new URL(site.url('/')).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:'))).toEqual([]);
  expect(requests.some((u) => u.endsWith('.js'))).toBe(true);
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/workspace-test.docx', docx);

  await page.reload();
  await expect.poll(() => problems.count()).toBe(2);
  expect(await problems.first().getByLabel('原因分析').inputValue()).toBe('对督办工作重视不够');
  expect(await problems.first().getByRole('textbox', { name: '措施' }).inputValue()).toBe('建立重点案件督办台账，每月调度');
  expect(await problems.first().getByLabel('时限').inputValue()).toBe('2027-03-31');
  expect(await problems.first().getByLabel('状态').inputValue()).toBe('推进中');
  expect(await page.getByLabel('日期').inputValue()).toBe('2026-12-20');
  expect(await axeViolations(page)).toEqual([]);
  expectClean(watched);
  await watched.close();
});

test('own problems are added with a clause found by searching, reordered with the keyboard, and removed with undo', async () => {
  const watched = await site.open('/study/workspace/');
  const { page } = watched;
  await expect.poll(() => page.locator('[data-ws-empty]').isVisible()).toBe(true);
  await page.getByLabel('问题', { exact: true }).fill('调查研究不够深入');
  await page.getByLabel(/对照条款（可选）/).fill('第一责任人');
  const hit = page.locator('.ws-add__hit').first();
  const hitCite = (await hit.locator('strong').textContent())!;
  await hit.click();
  expect(await page.locator('[data-ws-add-chosen]').textContent()).toBe(`已选：${hitCite}`);
  await page.getByRole('button', { name: '添加到问题清单' }).click();
  await page.getByLabel('问题', { exact: true }).fill('学习不够系统');
  await page.getByRole('button', { name: '添加到问题清单' }).click();
  const texts = () => page.locator('.ws-problem__text').allTextContents();
  await expect.poll(texts).toEqual(['调查研究不够深入', '学习不够系统']);
  expect(await page.locator('[data-ws-problem]').first().locator('.ws-problem__clause a').textContent()).toBe(hitCite);

  await page.getByRole('button', { name: '问题2上移' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(texts).toEqual(['学习不够系统', '调查研究不够深入']);
  // The focus stays with the moved problem's buttons.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('问题1下移');

  await page.getByRole('button', { name: '从清单中删除问题1' }).click();
  await expect.poll(texts).toEqual(['调查研究不够深入']);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(texts).toEqual(['学习不够系统', '调查研究不够深入']);
  await page.reload();
  await expect.poll(texts).toEqual(['学习不够系统', '调查研究不够深入']);
  expect(await axeViolations(page)).toEqual([]);
  expectClean(watched);
  await watched.close();
});

test('on a 375 px phone the workspace fits the width and its controls are usable', async () => {
  const watched = await site.open('/study/workspace/', { viewport: { width: 375, height: 740 } });
  const { page } = watched;
  await page.getByLabel('问题', { exact: true }).fill('联系群众不够');
  await page.getByRole('button', { name: '添加到问题清单' }).click();
  await page.getByRole('button', { name: '添加整改措施' }).click();
  await page.getByRole('textbox', { name: '措施' }).fill('每季度到基层调研');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  for (const b of await page.locator('[data-ws-problem] button, [data-ws-problem] input, [data-ws-problem] select').all()) {
    const box = (await b.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  }
  expect(await axeViolations(page)).toEqual([]);
  expectClean(watched);
  await watched.close();
});

test('printed, the workspace is the document: title, numbered sections, citations and the 整改 table, no screen controls', async () => {
  const watched = await site.open('/study/shuji/');
  const { page } = watched;
  const box = page.locator('fieldset[data-check]').first();
  await box.getByLabel('部分做到').check();
  await box.locator('textarea').fill('督办不够');
  await page.goto(site.url('/study/workspace/'));
  await page.getByRole('button', { name: '添加整改措施' }).click();
  await page.getByRole('textbox', { name: '措施' }).fill('建立督办台账');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('body').innerText();
  for (const s of [
    '民主生活会问题清单及整改措施',
    '一、存在的问题',
    '二、原因分析',
    '三、整改措施',
    `对照条款：${ZHUTI}`,
    '具体表现：督办不够',
    '建立督办台账',
  ])
    expect(printed).toContain(s);
  for (const s of ['导出 Word 文档', '添加到问题清单', '上移', '跳到正文']) expect(printed).not.toContain(s);
  expect(await page.locator('.ws-doc table th').allTextContents()).toEqual(['整改措施', '责任人', '时限', '状态']);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/workspace-print.pdf', pdf);
  expect(execFileSync('pdfinfo', ['.tmp/workspace-print.pdf']).toString()).toMatch(/Page size:.*\(A4\)/);
  expectClean(watched);
  await watched.close();
});
