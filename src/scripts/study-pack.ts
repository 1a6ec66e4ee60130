/**
 * A study pack page — one role's (/study/<role>/) or several roles' combined (/study/combined/):
 * restores and saves the checklist (state and note per question, shared by every view that asks
 * the same question), shows progress, and prints the pack (duties with their official text,
 * answers with notes, the chosen topic's readings, the page's address). In the combined view
 * the roles come from the URL (`?roles=dangzu,shuji`) or, without one, from the saved record;
 * everything that binds none of them is hidden. All data stays in this browser.
 */
import { progress, setAnswer, type AnswerState } from '../lib/study-store';
import { SUBJECTS } from '../lib/subjects';
import { StudyState, notifier } from './study-state';
import { startRecord } from './study-record';

const page = document.querySelector<HTMLElement>('[data-study-pack]');
if (page) {
  const state = new StudyState();
  const say = notifier(page);
  if (state.loadNotice) say(state.loadNotice);
  const record = page.querySelector<HTMLElement>('[data-study-record]');
  if (record) startRecord(record, state, say);
  const shown = page.hasAttribute('data-combined') ? combine(page, state, say) : true;
  if (shown) startChecklist(page, state, say);
  printAddresses(page);
}

/** The combined view: pick the roles, hide what binds none of them. False when there are none. */
function combine(page: HTMLElement, state: StudyState, say: (text: string) => void): boolean {
  const params = new URLSearchParams(location.search);
  const asked = params.getAll('roles').flatMap((v) => v.split(','));
  const known = SUBJECTS.filter((s) => page.querySelector(`[data-roles~="${s.id}"]`));
  const unknown = asked.filter((id) => id && !known.some((s) => s.id === id));
  const fromUrl = asked.length > 0;
  const ids = fromUrl ? asked : state.data.roles;
  const roles = known.filter((s) => ids.includes(s.id));
  if (unknown.length) say(`链接中有本站没有的角色（${unknown.join('、')}），已略去。`);

  const empty = page.querySelector<HTMLElement>('[data-pack-empty]')!;
  const body = page.querySelector<HTMLElement>('[data-pack-body]')!;
  empty.hidden = roles.length > 0;
  body.hidden = roles.length === 0;
  if (!roles.length) return false;

  // One canonical, shareable address: ?roles=a,b in the vocabulary's order.
  const canonical = `?roles=${roles.map((r) => r.id).join(',')}`;
  if (location.search !== canonical) history.replaceState(history.state, '', `${location.pathname}${canonical}${location.hash}`);
  const ids2: string[] = roles.map((r) => r.id);
  if (state.data.roles.join(',') !== ids2.join(',')) state.set({ ...state.data, roles: ids2 });

  const names = roles.map((r) => r.label);
  const mine = (el: HTMLElement) => (el.dataset.roles ?? '').split(' ').filter((id) => ids2.includes(id));
  for (const el of page.querySelectorAll<HTMLElement>('[data-duty], fieldset[data-check]')) el.hidden = mine(el).length === 0;
  for (const g of page.querySelectorAll<HTMLElement>('[data-duty-group]')) g.hidden = !g.querySelector('[data-duty]:not([hidden])');
  if (roles.length > 1) {
    for (const duty of page.querySelectorAll<HTMLElement>('[data-duty]:not([hidden])')) {
      const line = duty.querySelector<HTMLElement>('[data-duty-roles]')!;
      line.textContent = `约束：${roles
        .filter((r) => mine(duty).includes(r.id))
        .map((r) => r.label)
        .join('、')}`;
      line.hidden = false;
    }
  }
  const duties = page.querySelectorAll('[data-duty]:not([hidden])').length;
  const checks = page.querySelectorAll('fieldset[data-check]:not([hidden])').length;
  const title = `${names.join('、')}的全面从严治党职责`;
  page.querySelector('h1')!.textContent = title;
  document.title = `${title} - ${document.title.split(' - ').at(-1)}`;
  const lead = page.querySelector('[data-pack-lead]')!;
  lead.textContent =
    roles.length > 1
      ? `下列${duties}条规定至少约束其中一个角色，每条只列一次，并注明约束哪些角色；${checks}个问题用于对照检查。`
      : `下列${duties}条规定约束这一角色，${checks}个问题用于对照检查。`;
  const same = document.createElement('span');
  same.className = 'no-print';
  same.textContent = '同一个问题的自评，在各角色的页面上是同一份。';
  lead.append(same);
  const printHead = document.querySelector('.print-head');
  if (printHead) printHead.textContent = `${printHead.textContent!.split(' · ')[0]} · 民主生活会学习材料 · ${names.join('、')}`;
  for (const a of page.querySelectorAll<HTMLAnchorElement>('[data-change-roles]')) a.search = canonical;
  return true;
}

function startChecklist(page: HTMLElement, state: StudyState, say: (text: string) => void) {
  const checks = [...page.querySelectorAll<HTMLFieldSetElement>('fieldset[data-check]')].filter((c) => !c.hidden && !c.closest('[hidden]'));
  const duties = [...page.querySelectorAll<HTMLElement>('[data-duty]')].filter((d) => !d.hidden).map((d) => d.dataset.duty!);
  const topicSelect = page.querySelector<HTMLSelectElement>('[data-topic-select]')!;
  const answerBar = page.querySelector<HTMLElement>('[data-answer-bar]')!;
  const studyBar = page.querySelector<HTMLElement>('[data-study-bar]')!;
  page.querySelector('[data-check-total]')!.textContent = String(checks.length);
  page.querySelector('[data-duty-total]')!.textContent = String(duties.length);
  answerBar.setAttribute('aria-valuemax', String(checks.length));
  studyBar.setAttribute('aria-valuemax', String(duties.length));

  const save = (next: typeof state.data) => {
    if (!state.set(next)) say('浏览器未能保存（存储空间已满或被禁止）。请用“导出记录”留存。');
  };

  function paint() {
    const data = state.data;
    let answered = 0;
    for (const box of checks) {
      const answer = data.answers[box.dataset.check!];
      const value = answer?.state ?? null;
      for (const radio of box.querySelectorAll<HTMLInputElement>('input[type=radio]')) radio.checked = radio.value === value;
      const note = box.querySelector<HTMLTextAreaElement>('[data-note]')!;
      if (document.activeElement !== note) note.value = answer?.note ?? '';
      if (value) {
        box.dataset.state = value;
        answered++;
      } else delete box.dataset.state;
      box.querySelector<HTMLElement>('[data-print-answer]')!.textContent = `自评：${value ?? '未填'}${answer?.note ? `\n备注：${answer.note}` : ''}`;
    }
    page.querySelector('[data-answered]')!.textContent = String(answered);
    answerBar.setAttribute('aria-valuenow', String(answered));
    answerBar.querySelector('span')!.style.width = `${checks.length ? Math.round((answered / checks.length) * 100) : 0}%`;

    const studied = progress(duties, data.studied.articles);
    page.querySelector('[data-studied-count]')!.textContent = String(studied.done);
    studyBar.setAttribute('aria-valuenow', String(studied.done));
    studyBar.querySelector('span')!.style.width = `${studied.percent}%`;
    for (const mark of page.querySelectorAll<HTMLElement>('[data-studied-mark]')) mark.hidden = !data.studied.articles.includes(mark.dataset.studiedMark!);

    topicSelect.value = data.topic ?? '';
    for (const t of page.querySelectorAll<HTMLElement>('[data-print-topic]')) t.toggleAttribute('data-chosen', t.dataset.printTopic === data.topic);
  }

  page.addEventListener('change', (e) => {
    const target = e.target as HTMLElement;
    const box = target.closest<HTMLFieldSetElement>('fieldset[data-check]');
    if (box && target instanceof HTMLInputElement && target.type === 'radio')
      save(setAnswer(state.data, box.dataset.check!, { state: target.value as AnswerState }));
    else if (target === topicSelect) save({ ...state.data, topic: topicSelect.value || null });
  });
  page.addEventListener('input', (e) => {
    const note = e.target as HTMLElement;
    const box = note.closest<HTMLFieldSetElement>('fieldset[data-check]');
    if (box && note instanceof HTMLTextAreaElement) save(setAnswer(state.data, box.dataset.check!, { note: note.value }));
  });
  page.querySelector('[data-print]')!.addEventListener('click', () => window.print());
  state.onChange(paint);
  paint();
}

/** On paper a link is only its words: print the address where the words alone would not do. */
function printAddresses(page: HTMLElement) {
  for (const a of page.querySelectorAll<HTMLAnchorElement>('a[data-print-address]')) {
    const span = document.createElement('span');
    span.className = 'print-only print-address';
    span.textContent = `（${decodeURI(a.href)}）`;
    a.after(span);
  }
  const from = page.querySelector<HTMLElement>('[data-print-from]');
  if (from) {
    from.textContent = `打印自：${decodeURI(location.href.replace(/#.*$/, ''))}`;
    from.hidden = false;
  }
}
