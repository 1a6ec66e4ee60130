import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { renderSVG } from 'uqr';
import { expect, test } from 'vitest';
import { axeViolations, expectClean, useSite } from '../support/e2e';

const site = useSite();
const ROLE = '/study/shuji/';

test('choosing a role shows its duties and checklist; answers and notes survive a reload', async () => {
  const watched = await site.open('/study/');
  const { page } = watched;
  await page.getByRole('link', { name: '单独查看党委（党组）书记的职责' }).click();
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
  await watched.close();
});

test('the printed pack carries each duty’s official text, lines for name, unit and date, and addresses instead of bare link labels', async () => {
  const watched = await site.open(ROLE);
  const { page } = watched;
  await page.getByLabel('打印时附上专题').selectOption({ label: '民主生活会会前学习' });
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('body').innerText();
  // 第八条第二款, word for word, and the 解读 set apart as ours.
  expect(printed).toContain('党委（党组）书记应当履行本地区本单位全面从严治党第一责任人职责，做到重要工作亲自部署、重大问题亲自过问');
  expect(printed).toContain('条文原文');
  expect(printed).toContain('解读要点（本站编写）');
  expect(printed).toMatch(/姓名：\s*单位：\s*日期：/);
  expect(printed).toContain(`打印自：${site.url(ROLE)}`);
  expect(printed).toContain(`专题全文：民主生活会会前学习（${site.url('/topics/minzhu-shenghuohui-huiqian/')}）`);
  // Nothing that only makes sense on screen.
  for (const screenOnly of ['只保存在这台设备', '不上传', '换设备继续', '扫码转到手机', '清除记录', '合成一份对照检查', '换一个角色', '备注：差距、原因']) {
    expect(printed, screenOnly).not.toContain(screenOnly);
  }
  expectClean(watched);
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
  for (const path of ['/study/', '/study/map/', ROLE, '/study/combined/?roles=dangzu,shuji', '/topics/', '/topics/zeren-qingdan/']) {
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

test('a 党组书记 ticks 党组（党委） and 党委（党组）书记 and gets one self-check: each duty once, naming the roles it binds', async () => {
  const watched = await site.open('/study/');
  const { page } = watched;
  const ids = async (path: string) => {
    await page.goto(site.url(path));
    return page.locator('[data-duty]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.duty!));
  };
  const union = [...new Set([...(await ids('/study/dangzu/')), ...(await ids('/study/shuji/'))])];

  await page.goto(site.url('/study/'));
  await page.getByRole('checkbox', { name: '党组（党委）', exact: true }).check();
  await page.getByRole('checkbox', { name: '党委（党组）书记', exact: true }).check();
  expect(await page.locator('[data-picked]').textContent()).toBe('已选：党组（党委）、党委（党组）书记');
  await page.getByRole('button', { name: '合成对照检查' }).click();
  await page.waitForURL(/\/study\/combined\/\?roles=dangzu,shuji$/);
  await expect.poll(() => page.locator('h1').textContent()).toBe('党组（党委）、党委（党组）书记的全面从严治党职责');

  const shown = await page.locator('[data-duty]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.duty!));
  expect(new Set(shown).size).toBe(shown.length);
  expect([...shown].sort()).toEqual([...union].sort());
  // 第十一条 binds both; 第七条 only the 党组（党委）.
  expect(await page.locator('[data-duty="zhuti-zeren/11"] [data-duty-roles]').textContent()).toBe('约束：党组（党委）、党委（党组）书记');
  expect(await page.locator('[data-duty="zhuti-zeren/7"] [data-duty-roles]').textContent()).toBe('约束：党组（党委）');
  const total = await page.locator('fieldset[data-check]:visible').count();
  expect(await page.locator('[data-check-total]').textContent()).toBe(String(total));

  // The same question, answered once, is answered on the single role's page too.
  const box = page.locator('[data-duty="zhuti-zeren/8"] fieldset[data-check]').first();
  const id = await box.getAttribute('data-check');
  await box.getByLabel('未做到').check();
  await expect.poll(() => page.locator('[data-answered]').textContent()).toBe('1');
  expect(await axeViolations(page)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('body').innerText();
  expect(printed).toContain('民主生活会学习材料 · 党组（党委）、党委（党组）书记');
  expect(printed).toContain('《主体责任规定》第七条');
  expect(printed).toContain('《主体责任规定》第十三条');
  expect(printed.match(/条文原文/g)).toHaveLength(union.length);
  await page.emulateMedia({ media: 'screen' });

  await page.goto(site.url(ROLE));
  expect(await page.locator(`fieldset[data-check="${id}"]`).getByLabel('未做到').isChecked()).toBe(true);
  // Back at the picker, the roles held are still ticked.
  await page.goto(site.url('/study/'));
  await expect.poll(() => page.getByRole('checkbox', { name: '党组（党委）', exact: true }).isChecked()).toBe(true);
  expect(await page.getByRole('checkbox', { name: '党委（党组）书记', exact: true }).isChecked()).toBe(true);
  expectClean(watched);
  await watched.close();
});

test('the role picker groups the roles, tells 党委（党组） from 党组（党委）, and shows a role of one duty as a small line', async () => {
  const watched = await site.open('/study/', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const { page } = watched;
  const group = page.getByRole('group', { name: '党委（党组）及其领导班子成员' });
  expect(await group.getByRole('checkbox').count()).toBe(5);
  expect(await group.locator('.role-group__note').innerText()).toContain('“党组（党委）”只指后一类');
  expect(await page.getByRole('group', { name: '机关党的工作和基层党组织' }).locator('.role-group__note').innerText()).toContain('机关工委是党委的派出机关');
  const height = (role: string) => page.locator(`.role-card[data-role="${role}"]`).evaluate((e) => e.getBoundingClientRect().height);
  expect(await height('jiguan-gongwei')).toBeLessThan((await height('jiguan-dangwei')) * 0.8);
  // A common combination is one tap away.
  await page.getByRole('link', { name: /党组书记/ }).click();
  await page.waitForURL(/\/study\/combined\/\?roles=dangzu,shuji$/);
  await expect.poll(() => page.locator('h1').textContent()).toBe('党组（党委）、党委（党组）书记的全面从严治党职责');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await axeViolations(page)).toEqual([]);
  expectClean(watched);
  await watched.close();
});

const answered = (page: Page) => page.locator('[data-answered]').textContent();

test('on a second device the empty record says where records live, and a QR code carries them over after asking', async () => {
  const desk = await site.open(ROLE);
  const checks = desk.page.locator('fieldset[data-check]');
  await checks.nth(0).getByLabel('部分做到').check();
  await checks.nth(0).locator('textarea').fill('督办不够及时');
  await checks.nth(1).getByLabel('做到', { exact: true }).check();
  const before = await desk.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  await desk.page.getByRole('button', { name: '扫码转到手机' }).click();
  const dialog = desk.page.getByRole('dialog', { name: '扫码把记录转到手机' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  expect(await dialog.innerText()).toContain('二维码中的记录：2个问题已自评（1条备注）');
  const link = await dialog.locator('[data-qr-link]').inputValue();
  expect(link.startsWith(`${site.url(ROLE)}#import=`)).toBe(true);
  // The code is this very link (the same encoder, the same options), and its encoder came only now.
  expect(await dialog.locator('svg path').getAttribute('d')).toBe(/ d="([^"]+)"/.exec(renderSVG(link, { ecc: 'L', border: 4 }))![1]);
  const after = await desk.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  expect(after.filter((u) => !before.includes(u) && u.endsWith('.js'))).toHaveLength(1);
  expect(await axeViolations(desk.page)).toEqual([]);
  await dialog.getByRole('button', { name: '关闭' }).click();
  expectClean(desk);
  await desk.close();

  // The phone: another browser, nothing saved — and a hint why, beside the count.
  const phone = await site.open(ROLE, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const { page } = phone;
  await expect.poll(() => page.locator('[data-elsewhere-hint]').isVisible()).toBe(true);
  expect(await page.locator('.study-record__where').innerText()).toContain('只保存在这台设备的这个浏览器中');
  await page.locator('fieldset[data-check]').nth(5).getByLabel('不适用').check();
  expect(await page.locator('[data-elsewhere-hint]').isVisible()).toBe(false);

  // Opening the link asks first, saying what comes and what it replaces; declining keeps the record.
  await page.goto(link);
  const ask = page.getByRole('dialog', { name: '导入学习记录？' });
  await expect.poll(() => ask.isVisible()).toBe(true);
  expect(await ask.innerText()).toContain('要导入的记录：2个问题已自评（1条备注）');
  expect(await ask.innerText()).toContain('替换这个浏览器中现有的记录：1个问题已自评');
  expect(await axeViolations(page)).toEqual([]);
  await ask.getByRole('button', { name: '不导入' }).click();
  expect(await answered(page)).toBe('1');
  expect(new URL(page.url()).hash).toBe('');

  await page.goto(link);
  await expect.poll(() => ask.isVisible()).toBe(true);
  await ask.getByRole('button', { name: '导入并替换' }).click();
  await expect.poll(() => answered(page)).toBe('2');
  expect(await page.locator('[data-study-notice]').textContent()).toContain('已导入学习记录');
  expect(await page.locator('fieldset[data-check]').first().locator('textarea').inputValue()).toBe('督办不够及时');
  expectClean(phone);
  await phone.close();
});

test('a record too long for one QR code says so and points to the file export', async () => {
  const watched = await site.open(ROLE);
  const { page } = watched;
  // Notes in varied characters, as real ones are: they do not compress away.
  const note = Array.from({ length: 1500 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('');
  for (let i = 0; i < 3; i++) await page.locator('fieldset[data-check]').nth(i).locator('textarea').fill(note);
  await page.getByRole('button', { name: '扫码转到手机' }).click();
  const dialog = page.getByRole('dialog', { name: '扫码把记录转到手机' });
  await expect.poll(() => dialog.locator('[data-qr-toolong]').isVisible()).toBe(true);
  expect(await dialog.innerText()).toContain('一个二维码放不下');
  expect(await dialog.innerText()).toContain('导出记录');
  expect(await dialog.locator('svg').count()).toBe(0);
  expectClean(watched);
  await watched.close();
});

test('a question that wraps is the heading of its box, inside its border, on a phone and on paper', async () => {
  const watched = await site.open(ROLE, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const { page } = watched;
  const overlaps = () =>
    page.locator('fieldset[data-check]').evaluateAll((boxes) =>
      boxes.flatMap((box) => {
        const b = box.getBoundingClientRect();
        const l = box.querySelector('legend')!.getBoundingClientRect();
        const border = parseFloat(getComputedStyle(box).borderTopWidth);
        // The first thing after the question that shows (on paper: the answer, not the buttons).
        const after = [...box.children].slice(1).find((c) => c.getClientRects().length > 0)!;
        const next = after.getBoundingClientRect();
        const inside = l.top >= b.top + border - 0.5 && l.left >= b.left && l.right <= b.right + 0.5 && l.bottom <= next.top + 0.5;
        return inside ? [] : [(box as HTMLElement).dataset.check!];
      }),
    );
  const wrapped = await page.locator('fieldset[data-check] legend').evaluateAll((ls) => ls.filter((l) => l.getBoundingClientRect().height > 40).length);
  expect(wrapped).toBeGreaterThan(3);
  expect(await overlaps()).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  expect(await overlaps()).toEqual([]);
  await watched.close();
});
