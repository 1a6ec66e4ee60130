/**
 * A role's study page: restores and saves the checklist (state and note per question), shows
 * progress, exports / imports / clears the record, and prints the pack (duties, answers with
 * notes, the chosen topic's readings). All data stays in this browser's localStorage.
 */
import {
  STORAGE_KEY,
  browserStorage,
  exportFileName,
  loadStudy,
  parseStudy,
  progress,
  saveStudy,
  serializeStudy,
  setAnswer,
  type AnswerState,
  type StudyData,
} from '../lib/study-store';

const page = document.querySelector<HTMLElement>('[data-study-role]');
if (page) {
  const role = page.dataset.studyRole!;
  const storage = browserStorage();
  const notice = page.querySelector<HTMLElement>('[data-study-notice]')!;
  const checks = [...page.querySelectorAll<HTMLFieldSetElement>('fieldset[data-check]')];
  const duties = [...page.querySelectorAll<HTMLElement>('[data-duty]')].map((d) => d.dataset.duty!);
  const topicSelect = page.querySelector<HTMLSelectElement>('[data-topic-select]')!;
  const asideButton = page.querySelector<HTMLButtonElement>('[data-export-aside]')!;

  const say = (text: string) => {
    notice.textContent = text;
    notice.hidden = !text;
  };

  const loaded = loadStudy(storage);
  let data: StudyData = loaded.data;
  let aside = loaded.aside;
  if (loaded.notice) say(loaded.notice);
  asideButton.hidden = aside.length === 0;

  const save = () => {
    if (!saveStudy(storage, data) && storage) say('浏览器未能保存（存储空间已满或被禁止）。请用“导出记录”留存。');
  };

  function paint() {
    let answered = 0;
    for (const box of checks) {
      const id = box.dataset.check!;
      const answer = data.answers[id];
      const state = answer?.state ?? null;
      for (const radio of box.querySelectorAll<HTMLInputElement>('input[type=radio]')) radio.checked = radio.value === state;
      const note = box.querySelector<HTMLTextAreaElement>('[data-note]')!;
      if (document.activeElement !== note) note.value = answer?.note ?? '';
      if (state) {
        box.dataset.state = state;
        answered++;
      } else delete box.dataset.state;
      box.querySelector<HTMLElement>('[data-print-answer]')!.textContent = `自评：${state ?? '未填'}${answer?.note ? `\n备注：${answer.note}` : ''}`;
    }
    const answerShare = checks.length ? Math.round((answered / checks.length) * 100) : 0;
    page!.querySelector('[data-answered]')!.textContent = String(answered);
    const answerBar = page!.querySelector<HTMLElement>('[data-answer-bar]')!;
    answerBar.setAttribute('aria-valuenow', String(answered));
    answerBar.querySelector('span')!.style.width = `${answerShare}%`;

    const studied = progress(duties, data.studied.articles);
    page!.querySelector('[data-studied-count]')!.textContent = String(studied.done);
    const studyBar = page!.querySelector<HTMLElement>('[data-study-bar]')!;
    studyBar.setAttribute('aria-valuenow', String(studied.done));
    studyBar.querySelector('span')!.style.width = `${studied.percent}%`;
    for (const mark of page!.querySelectorAll<HTMLElement>('[data-studied-mark]')) mark.hidden = !data.studied.articles.includes(mark.dataset.studiedMark!);

    topicSelect.value = data.topic ?? '';
    for (const t of page!.querySelectorAll<HTMLElement>('[data-print-topic]')) t.toggleAttribute('data-chosen', t.dataset.printTopic === data.topic);
  }

  page.addEventListener('change', (e) => {
    const target = e.target as HTMLElement;
    const box = target.closest<HTMLFieldSetElement>('fieldset[data-check]');
    if (box && target instanceof HTMLInputElement && target.type === 'radio') {
      data = setAnswer(data, box.dataset.check!, { state: target.value as AnswerState });
    } else if (target === topicSelect) {
      data = { ...data, topic: topicSelect.value || null };
    } else return;
    data = { ...data, role };
    save();
    paint();
  });
  page.addEventListener('input', (e) => {
    const note = e.target as HTMLElement;
    const box = note.closest<HTMLFieldSetElement>('fieldset[data-check]');
    if (!box || !(note instanceof HTMLTextAreaElement)) return;
    data = setAnswer(data, box.dataset.check!, { note: note.value });
    save();
    paint();
  });
  const download = (name: string, text: string) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    a.download = name;
    a.click();
    window.setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  page.querySelector('[data-export]')!.addEventListener('click', () => {
    download(exportFileName(), serializeStudy(data));
    say('已导出学习记录（JSON 文件）。在另一台电脑上用“导入记录”即可恢复。');
  });
  asideButton.addEventListener('click', () => {
    const raw = aside.map((k) => ({ key: k, raw: storage?.getItem(k) ?? '' }));
    download(`无法读取的学习记录-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(raw, null, 1));
  });
  page.querySelector<HTMLInputElement>('[data-import]')!.addEventListener('change', async (e) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseStudy(await file.text());
    if (!parsed.ok) {
      say(`未导入：${parsed.reason}。本页的记录没有改变。`);
      return;
    }
    data = parsed.data;
    save();
    paint();
    say(
      `已导入学习记录：${Object.keys(data.answers).length}条自评，${data.studied.articles.length}条已学条文${parsed.migratedFrom ? `（已从第${parsed.migratedFrom}版升级）` : ''}。`,
    );
  });
  page.querySelector('[data-clear]')!.addEventListener('click', () => {
    if (!window.confirm('清除本机保存的全部学习记录（所有角色的自评、备注和学习进度）？此操作不能撤销，建议先导出。')) return;
    storage?.removeItem(STORAGE_KEY);
    for (const k of aside) storage?.removeItem(k);
    aside = [];
    asideButton.hidden = true;
    data = loadStudy(storage).data;
    paint();
    say('已清除本机的学习记录。');
  });
  page.querySelector('[data-print]')!.addEventListener('click', () => window.print());
  window.addEventListener('storage', (e) => {
    if (e.key !== STORAGE_KEY) return;
    data = loadStudy(storage).data;
    paint();
  });

  paint();
}
