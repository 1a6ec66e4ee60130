/**
 * The 民主生活会 workspace page (src/pages/study/workspace.astro): renders the 问题清单 from the
 * study record, saves what the reader writes (debounced), and builds the print view and — loading
 * the Word library only then — the .docx. Nothing leaves the browser.
 */
import { MEASURE_STATES, browserStorage, loadStudy, saveStudy, STORAGE_KEY, type Measure, type StudyData, type Workspace } from '../lib/study-store';
import {
  buildDocument,
  describeProgress,
  docxFileName,
  groupByRegulation,
  move,
  newMeasure,
  problemsOf,
  progressOf,
  removeProblem,
  setWork,
  type CatalogueItem,
  type ClauseInfo,
  type Problem,
  type WorkspaceDocument,
} from '../lib/workspace';
import { el, startClauseSearch } from './workspace-search';

type Info = ClauseInfo & { href: string };
interface PageData {
  items: CatalogueItem[];
  /** By clause id; without `regulation`, which is the citation's 《…》. */
  clauses: Record<string, Omit<Info, 'regulation'> & { regulation?: string }>;
  /** Addresses of the current regulations' structured text, searched for own problems' clauses. */
  regulations: string[];
  roles: Record<string, string>;
}

/** Today's local date as YYYY-MM-DD (the Swedish locale writes dates so). */
const today = () => new Date().toLocaleDateString('sv');

function start(root: HTMLElement) {
  const page = JSON.parse(document.getElementById('workspace-data')!.textContent!) as PageData;
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const notice = root.querySelector<HTMLElement>('[data-study-notice]')!;
  const say = (text: string) => {
    notice.textContent = text;
    notice.hidden = !text;
  };
  const storage = browserStorage();
  const loaded = loadStudy(storage);
  let data: StudyData = loaded.data;
  if (loaded.notice) say(loaded.notice);
  for (const c of Object.values(page.clauses)) c.regulation = /^《([^》]+)》/.exec(c.citation)?.[1] ?? '';
  const clauseOf = (id: string) => (page.clauses[id] as Info | undefined) ?? null;
  const list = $<HTMLElement>('[data-ws-list]');
  const docView = $<HTMLElement>('[data-ws-doc]');
  $<HTMLElement>('[data-ws-body]').hidden = false;

  let problems: Problem[] = [];
  let timer: number | undefined;
  const persist = () => {
    window.clearTimeout(timer);
    timer = undefined;
    if (!saveStudy(storage, data) && storage) say('浏览器未能保存问题清单，请打印或导出留存。');
  };
  /** Changes the workspace: saved at once for structure, after a pause while typing. */
  const update = (ws: Workspace, typing = false) => {
    data = { ...data, workspace: ws };
    problems = problemsOf(data, page.items, clauseOf);
    paintSummary();
    if (typing) {
      window.clearTimeout(timer);
      timer = window.setTimeout(persist, 400);
    } else persist();
  };
  window.addEventListener('pagehide', () => timer !== undefined && persist());
  window.addEventListener('storage', (e) => {
    if (e.key !== STORAGE_KEY) return;
    data = loadStudy(storage).data;
    paintAll();
  });

  const roleLabels = () => data.roles.map((id) => page.roles[id]).filter((s): s is string => Boolean(s));
  const docDate = () => data.workspace.date || today();
  const documentOf = (): WorkspaceDocument => buildDocument(problems, roleLabels(), docDate());

  // --- header: roles, date, progress ---
  const dateInput = $<HTMLInputElement>('[data-ws-date]');
  dateInput.addEventListener('change', () => update({ ...data.workspace, date: dateInput.value }));
  const paintSummary = () => {
    $('[data-ws-progress]').textContent = `${describeProgress(progressOf(problems))}。`;
    $<HTMLElement>('[data-ws-empty]').hidden = problems.length > 0;
  };
  const paintHeader = () => {
    const roles = roleLabels();
    $('[data-ws-roles]').textContent = roles.join('、') || $<HTMLElement>('[data-ws-roles]').dataset.none!;
    dateInput.value = docDate();
  };

  // --- the list ---
  const measureRow = (p: Problem, m: Measure, j: number, pi: number) => {
    const id = `ws-${pi}-${j}`;
    const set = (change: Partial<Measure>) => {
      const measures = problems.find((x) => x.key === p.key)!.measures.map((x, k) => (k === j ? { ...x, ...change } : x));
      update(setWork(data.workspace, p.key, { measures }), true);
    };
    const text = el('textarea', { id: `${id}-m`, rows: 2, value: m.text, 'data-ws-measure': '' });
    text.addEventListener('input', () => set({ text: text.value }));
    const owner = el('input', { id: `${id}-o`, type: 'text', value: m.owner, 'data-ws-owner': '' });
    owner.addEventListener('input', () => set({ owner: owner.value }));
    const due = el('input', { id: `${id}-d`, type: 'date', value: m.due, 'data-ws-due': '' });
    due.addEventListener('input', () => set({ due: due.value }));
    const status = el('select', { id: `${id}-s`, 'data-ws-status': '' }, ...MEASURE_STATES.map((s) => el('option', { value: s, selected: s === m.status }, s)));
    status.addEventListener('change', () => set({ status: status.value as Measure['status'] }));
    const remove = el('button', { type: 'button', className: 'btn btn--quiet', 'aria-label': `删除问题${pi + 1}的整改措施${j + 1}` }, '删除措施');
    remove.addEventListener('click', () => {
      const measures = problems.find((x) => x.key === p.key)!.measures.filter((_, k) => k !== j);
      update(setWork(data.workspace, p.key, { measures }));
      paintList(`[data-ws-add-measure="${p.key}"]`);
    });
    return el(
      'fieldset',
      { className: 'ws-measure' },
      el('legend', {}, `整改措施${j + 1}`),
      el('p', { className: 'ws-measure__text' }, el('label', { htmlFor: text.id }, '措施'), text),
      el('p', {}, el('label', { htmlFor: owner.id }, '责任人'), owner),
      el('p', {}, el('label', { htmlFor: due.id }, '时限'), due),
      el('p', {}, el('label', { htmlFor: status.id }, '状态'), status),
      el('p', { className: 'ws-measure__remove' }, remove),
    );
  };

  const problemCard = (p: Problem, i: number) => {
    const n = i + 1;
    const up = el('button', { type: 'button', className: 'btn btn--quiet', disabled: i === 0, 'aria-label': `问题${n}上移`, 'data-ws-up': p.key }, '上移');
    const down = el(
      'button',
      { type: 'button', className: 'btn btn--quiet', disabled: i === problems.length - 1, 'aria-label': `问题${n}下移`, 'data-ws-down': p.key },
      '下移',
    );
    const remove = el('button', { type: 'button', className: 'btn btn--quiet', 'aria-label': `从清单中删除问题${n}` }, '删除');
    up.addEventListener('click', () => reorder(p.key, -1));
    down.addEventListener('click', () => reorder(p.key, 1));
    remove.addEventListener('click', () => {
      const before = data.workspace;
      update(removeProblem(data.workspace, p.key));
      paintList();
      $('[data-ws-undo-text]').textContent = `已删除问题“${p.text.slice(0, 30)}”${p.kind === 'check' ? '（对照检查的自评不变）' : ''}。`;
      const box = $<HTMLElement>('[data-ws-undo]');
      box.hidden = false;
      const undo = $<HTMLButtonElement>('[data-ws-undo-button]');
      undo.onclick = () => {
        update(before);
        box.hidden = true;
        paintList(`[data-ws-up="${p.key}"], [data-ws-down="${p.key}"]`);
      };
      undo.focus();
    });
    const cause = el('textarea', { id: `ws-cause-${i}`, rows: 3, value: p.cause, 'data-ws-cause': '' });
    cause.addEventListener('input', () => update(setWork(data.workspace, p.key, { cause: cause.value }), true));
    const add = el('button', { type: 'button', className: 'btn', 'data-ws-add-measure': p.key }, '添加整改措施');
    add.addEventListener('click', () => {
      update(setWork(data.workspace, p.key, { measures: [...p.measures, newMeasure()] }));
      paintList();
      list.querySelector<HTMLTextAreaElement>(`#ws-${i}-${p.measures.length}-m`)?.focus();
    });
    const clause = p.info
      ? el(
          'div',
          { className: 'ws-problem__clause' },
          el('p', {}, '对照条款：', el('a', { href: (p.info as Info).href }, p.info.citation)),
          el('p', { className: 'ws-problem__preview' }, p.info.preview),
        )
      : '';
    return el(
      'article',
      { className: 'ws-problem', 'data-ws-problem': p.key, 'aria-labelledby': `ws-p-${i}` },
      el(
        'header',
        { className: 'ws-problem__head' },
        el('h4', { id: `ws-p-${i}` }, `问题${n}`),
        el('span', { className: 'ws-problem__moves' }, up, down, remove),
      ),
      el('p', { className: 'ws-problem__text' }, p.text),
      clause,
      p.kind === 'check'
        ? el('p', { className: 'ws-problem__note' }, `自查：${p.state}。`, p.note.trim() ? `具体表现：${p.note}` : '（对照检查时没有写备注）')
        : '',
      el('p', { className: 'ws-problem__cause' }, el('label', { htmlFor: cause.id }, '原因分析'), cause),
      el('div', { className: 'ws-measures' }, ...p.measures.map((m, j) => measureRow(p, m, j, i))),
      el('p', {}, add),
    );
  };

  const reorder = (key: string, delta: number) => {
    update({ ...data.workspace, order: move(problems, key, delta) });
    // Keep the focus on the button that moved, or its twin at the ends.
    paintList(`[data-ws-${delta < 0 ? 'up' : 'down'}="${key}"]:not(:disabled), [data-ws-${delta < 0 ? 'down' : 'up'}="${key}"]`);
  };

  const paintList = (focus?: string) => {
    let i = 0;
    list.replaceChildren(
      ...groupByRegulation(problems).map((g) =>
        el(
          'section',
          { className: 'ws-group' },
          el('h3', { className: 'ws-group__title' }, g.regulation ? `对照《${g.regulation}》` : '其他方面'),
          ...g.problems.map((p) => problemCard(p, i++)),
        ),
      ),
    );
    paintSummary();
    if (focus) list.querySelector<HTMLElement>(focus)?.focus();
  };

  const paintAll = () => {
    problems = problemsOf(data, page.items, clauseOf);
    paintHeader();
    paintList();
  };

  // --- own problems, optionally tied to a clause found by searching ---
  const form = $<HTMLFormElement>('[data-ws-add]');
  const picker = startClauseSearch(form, page.regulations, page.clauses);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $<HTMLTextAreaElement>('[data-ws-add-text]');
    if (!text.value.trim()) return;
    const chosen = picker.chosen();
    const key = `own/${Date.now().toString(36)}`;
    const ws = data.workspace;
    update({ ...ws, own: { ...ws.own, [key]: { text: text.value.trim(), clause: chosen } }, order: [...problems.map((p) => p.key), key] });
    text.value = '';
    picker.choose(null);
    paintList(`[data-ws-problem="${key}"] [data-ws-cause]`);
    say('已把问题加到清单末尾。');
  });

  // --- print and Word ---
  const renderDoc = () => {
    const d = documentOf();
    const block = (b: WorkspaceDocument['sections'][number]['blocks'][number]) => {
      if (b.kind === 'subheading') return el('h3', {}, b.text);
      if (b.kind === 'entry')
        return el(
          'div',
          { className: 'ws-doc__entry' },
          el('p', {}, el('strong', {}, `${b.number}.`), b.text),
          ...b.lines.map((l) => el('p', { className: 'ws-doc__line' }, `${l.label}：${l.text}`)),
        );
      return el(
        'table',
        {},
        el('thead', {}, el('tr', {}, ...b.head.map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, ...b.rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))),
      );
    };
    docView.replaceChildren(
      el('h2', { className: 'ws-doc__title' }, d.title),
      el('p', { className: 'ws-doc__sub' }, [d.roles, d.date].filter(Boolean).join('　')),
      ...d.sections.flatMap((s) => [el('h3', { className: 'ws-doc__section' }, s.heading), ...s.blocks.map(block)]),
    );
  };
  window.addEventListener('beforeprint', renderDoc);
  $('[data-ws-print]').addEventListener('click', () => {
    renderDoc();
    window.print();
  });

  const status = $<HTMLElement>('[data-ws-export-status]');
  $<HTMLButtonElement>('[data-ws-export]').addEventListener('click', async (e) => {
    const button = e.currentTarget as HTMLButtonElement;
    button.disabled = true;
    status.textContent = '正在生成 Word 文档……';
    try {
      const blob = await makeDocx(documentOf());
      const a = el('a', { href: URL.createObjectURL(blob), download: docxFileName(docDate()) });
      a.click();
      window.setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      status.textContent = `已导出 ${a.download}。`;
    } catch {
      status.textContent = '未能生成 Word 文档，请改用“打印”。';
    } finally {
      button.disabled = false;
    }
  });

  paintAll();
}

/** The .docx, built in a worker that loads the docx library (only now, on export). */
function makeDocx(doc: WorkspaceDocument): Promise<Blob> {
  const worker = new Worker(new URL('./workspace-docx-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ ok: boolean; blob?: Blob; error?: string }>) => (e.data.ok ? resolve(e.data.blob!) : reject(new Error(e.data.error)));
    worker.onerror = () => reject(new Error('worker failed'));
    worker.postMessage(doc);
  }).finally(() => worker.terminate());
}

const root = document.querySelector<HTMLElement>('[data-workspace]');
if (root) start(root);
