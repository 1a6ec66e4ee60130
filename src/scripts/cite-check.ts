/**
 * 引文核验 page: checks the draft as the reader types (debounced), on 核验 and on Ctrl+Enter;
 * shows the citations marked in a read-only copy of the text and as a list in reading order.
 * Clause texts are fetched from /data/regulations/<id>.json when a reader opens one, a
 * regulation at a time. The draft goes nowhere: it is kept in localStorage only while the reader
 * ticks 在本浏览器中保留草稿, and 清空 removes it.
 *
 * Each check sets the performance measures `cite-check` (reading and rendering) and
 * `cite-check:read` (reading alone), which `npm run bench -- cite-check` reports.
 */
import {
  checkDraft,
  clauseText,
  prepareCheck,
  standardList,
  summaryLine,
  STATUS_LABEL,
  type CheckData,
  type CheckedCitation,
  type CheckResult,
  type CheckStatus,
  type CitedClause,
  type DataUnit,
} from '../lib/cite-check';
import { parseClauseId } from '../lib/clause-id';
import { comparePath, joinBase, regulationDataPath } from '../lib/url';
import { parseKey } from '../lib/versions';
import { copyText } from './clipboard';

const STORAGE_KEY = 'zcyz-kb:cite-check:draft';
const DEBOUNCE_MS = 350;
const GLYPH: Record<CheckStatus, string> = { ok: '✓', missing: '✗', superseded: '↻', ambiguous: '？' };
/** Which status a mark standing for several clauses (a range) shows: the worst. */
const RANK: Record<CheckStatus, number> = { missing: 3, ambiguous: 2, superseded: 1, ok: 0 };
const KIND_NOTE: Record<string, string> = { 未变: '内容未变', 修改: '内容有修改', 移动: '位置有调整' };

const root = document.querySelector<HTMLElement>('[data-cite-check]')!;
const base = root.dataset.base ?? '/';
const data = JSON.parse(document.getElementById('cite-check-data')!.textContent!) as CheckData;
const site = prepareCheck(data);
const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
const form = q<HTMLFormElement>('[data-cc-form]');
const draft = q<HTMLTextAreaElement>('[data-cc-draft]');
const fileInput = q<HTMLInputElement>('[data-cc-file]');
const keep = q<HTMLInputElement>('[data-cc-keep]');
const note = q<HTMLElement>('[data-cc-note]');
const copied = q<HTMLElement>('[data-cc-copied]');
const results = q<HTMLElement>('[data-cc-results]');
const summary = q<HTMLElement>('[data-cc-summary]');
const list = q<HTMLOListElement>('[data-cc-list]');
const marked = q<HTMLElement>('[data-cc-text]');
let last: CheckResult | undefined;

const href = (path: string) => joinBase(base, path);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { class?: string; text?: string } = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

const link = (clause: CitedClause) => {
  const a = el('a', { text: clause.citation });
  a.href = href(clause.path);
  return a;
};

/** An expandable clause text, filled from its regulation's JSON when first opened. */
function clauseDetails(clause: CitedClause, label: string) {
  const details = el('details', { class: 'cc-clause' }, el('summary', { text: label }), el('div', { class: 'cc-clause__text', text: '正在载入条文……' }));
  details.dataset.clause = clause.id;
  return details;
}

// ---- storage: only while the reader asks for it ----

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked by the browser's settings
  }
}
function store() {
  if (!keep.checked) return;
  try {
    storage()?.setItem(STORAGE_KEY, draft.value);
  } catch {
    say('浏览器拒绝保存，草稿未保留。');
  }
}
function forget() {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored, nothing to remove
  }
}

let noteTimer = 0;
/** A short message in a live region (by default the one under the text box), cleared after a while. */
function say(message: string, region = note) {
  region.textContent = message;
  window.clearTimeout(noteTimer);
  noteTimer = window.setTimeout(() => (region.textContent = ''), 5000);
}

// ---- results ----

function entryBody(c: CheckedCitation): Node[] {
  const out: Node[] = [];
  if (c.readAs) out.push(el('p', { class: 'cc-entry__note', text: c.readAs }));
  for (const w of c.warnings) out.push(el('p', { class: 'cc-entry__warn' }, el('span', { text: '⚠ ' }), `注意：${w}`));
  switch (c.status) {
    case 'ok':
      out.unshift(el('p', { class: 'cc-entry__form' }, link(c.target!)));
      out.push(clauseDetails(c.target!, '条文原文'));
      break;
    case 'missing':
      out.push(el('p', { text: `${c.problem}。` }));
      if (c.nearest) out.push(el('p', {}, '最接近的有效条文：', link(c.nearest)));
      break;
    case 'superseded': {
      const version = parseKey(c.target!.id.split(':')[0]!)?.year;
      out.unshift(el('p', { class: 'cc-entry__form' }, link(c.target!)));
      const year = /（(\d{4})年）/.exec(c.target!.citation)?.[1];
      out.push(clauseDetails(c.target!, `${year ? `${year}年文本` : '所引文本'}原文`));
      if (version) {
        const reg = site.regulations.get(parseClauseId(c.target!.id)!.reg)!;
        const current = [...site.regulations.values()].find((r) => r.work === reg.work && !parseKey(r.id)?.year);
        out.push(el('p', { text: `引用的是${version}年版本，不是现行文本。` }));
        if (c.current?.clause) {
          const kind = KIND_NOTE[c.current.kind];
          out.push(el('p', {}, '现行文本对应：', link(c.current.clause), kind ? `（${kind}）` : ''));
          out.push(clauseDetails(c.current.clause, '现行条文原文'));
        } else if (c.current) out.push(el('p', { text: '现行文本已删除此条。' }));
        if (current?.year) {
          const compare = el('a', { text: `${version}年与${current.year}年新旧条文对照表` });
          compare.href = href(comparePath(reg.work, version, current.year));
          out.push(el('p', { class: 'cc-entry__note' }, '参见', compare));
        }
      } else {
        out.push(el('p', { text: c.statusNote ?? '所引文本已修订，不是现行文本。' }));
        if (!c.currentOnSite && !c.statusNote?.includes('未收录')) out.push(el('p', { text: '现行文本未收录于本站。' }));
      }
      break;
    }
    case 'ambiguous': {
      out.push(el('p', { text: `${c.problem}，可能是：` }));
      const options = el('ul');
      for (const k of c.candidates ?? []) options.append(el('li', {}, k.clause ? link(k.clause) : `${k.title}（没有这一条款）`));
      out.push(options, el('p', { class: 'cc-entry__note', text: '请写明法规全称，或先写全称、再用简称。' }));
      break;
    }
  }
  return out;
}

function entry(c: CheckedCitation, n: number): HTMLLIElement {
  const li = el('li', { class: 'cc-entry' });
  li.id = `cc-${n}`;
  li.dataset.citation = c.written;
  li.dataset.status = c.status;
  if (c.target) li.dataset.target = c.target.id;
  const badge = el('span', { class: 'cc-badge' }, el('span', { text: GLYPH[c.status] }), STATUS_LABEL[c.status]);
  badge.dataset.status = c.status;
  badge.firstElementChild!.setAttribute('aria-hidden', 'true');
  const at = el('a', { class: 'cc-entry__at', text: '文中位置' });
  at.href = `#cc-at-${n}`;
  at.setAttribute('aria-label', `第${n}处在文中的位置`);
  li.append(
    el(
      'div',
      { class: 'cc-entry__head' },
      el('span', { class: 'cc-entry__n', text: `${n}.` }),
      badge,
      el('span', { class: 'cc-entry__written', text: `原文：${c.written}` }),
      at,
    ),
    ...entryBody(c),
  );
  return li;
}

/** The draft, read-only, each citation marked where it stands and linked to its entry. */
function markText(text: string, citations: CheckedCitation[]): DocumentFragment {
  const out = document.createDocumentFragment();
  let pos = 0;
  for (let i = 0; i < citations.length; ) {
    const c = citations[i]!;
    let j = i + 1;
    while (j < citations.length && citations[j]!.start === c.start && citations[j]!.end === c.end) j++;
    if (c.start >= pos) {
      const group = citations.slice(i, j);
      const status = group.reduce<CheckStatus>((s, g) => (RANK[g.status] > RANK[s] ? g.status : s), 'ok');
      const numbers = j - i > 1 ? `${i + 1}–${j}` : `${i + 1}`;
      out.append(text.slice(pos, c.start));
      const mark = el('a', { class: 'cc-mark' }, text.slice(c.start, c.end));
      mark.href = `#cc-${i + 1}`;
      mark.id = `cc-at-${i + 1}`;
      mark.dataset.status = status;
      const tag = el(
        'span',
        { class: 'cc-mark__tag' },
        el('span', { text: GLYPH[status] }),
        numbers,
        el('span', { class: 'visually-hidden', text: `（第${numbers}处，${STATUS_LABEL[status]}）` }),
      );
      tag.firstElementChild!.setAttribute('aria-hidden', 'true');
      mark.append(tag);
      out.append(mark);
      pos = c.end;
    }
    i = j;
  }
  out.append(text.slice(pos));
  return out;
}

function check() {
  window.clearTimeout(timer);
  const text = draft.value;
  performance.mark('cite-check:start');
  if (!text.trim()) {
    results.hidden = true;
    last = undefined;
    return;
  }
  const result = checkDraft(text, site);
  performance.measure('cite-check:read', 'cite-check:start');
  last = result;
  summary.textContent = summaryLine(result);
  list.replaceChildren(...result.citations.map((c, i) => entry(c, i + 1)));
  marked.replaceChildren(markText(text, result.citations));
  results.hidden = false;
  performance.measure('cite-check', 'cite-check:start');
}

// ---- clause texts, one regulation's JSON at a time, only when a reader opens one ----

const unitsOf = new Map<string, Promise<DataUnit[]>>();
function units(reg: string): Promise<DataUnit[]> {
  let found = unitsOf.get(reg);
  if (!found) {
    found = fetch(href(regulationDataPath(reg)))
      .then((r) => (r.ok ? (r.json() as Promise<{ units: DataUnit[] }>) : Promise.reject(new Error(String(r.status)))))
      .then((j) => j.units);
    found.catch(() => unitsOf.delete(reg));
    unitsOf.set(reg, found);
  }
  return found;
}

root.addEventListener(
  'toggle',
  async (e) => {
    const details = e.target as HTMLDetailsElement;
    if (!details.open || !details.dataset.clause || details.dataset.loaded) return;
    const box = details.querySelector<HTMLElement>('.cc-clause__text')!;
    const id = details.dataset.clause;
    try {
      const text = clauseText(await units(parseClauseId(id)!.reg), id);
      box.textContent = text ?? '未找到条文。';
      details.dataset.loaded = 'true';
    } catch {
      box.textContent = '条文载入失败，请稍后再试，或打开条文链接查看。';
    }
  },
  true,
);

// ---- input ----

let timer = 0;
draft.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    check();
    store();
  }, DEBOUNCE_MS);
});
draft.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    check();
    store();
  }
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  check();
  store();
  if (last) say(summaryLine(last));
});

q<HTMLButtonElement>('[data-cc-open]').addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => {
    const bytes = new Uint8Array(reader.result as ArrayBuffer);
    // Files saved on Windows in China are often GB18030 (GBK), not UTF-8.
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('gb18030').decode(bytes);
    }
    draft.value = text.replace(/^\uFEFF/, '');
    fileInput.value = '';
    check();
    store();
    say(`已打开“${file.name}”。`);
  };
  reader.onerror = () => say('文件读取失败。');
  reader.readAsArrayBuffer(file);
});

q<HTMLButtonElement>('[data-cc-example]').addEventListener('click', () => {
  draft.value = q<HTMLTemplateElement>('[data-cc-example-text]').content.textContent!.trim();
  check();
  store();
  draft.focus();
});

q<HTMLButtonElement>('[data-cc-clear]').addEventListener('click', () => {
  draft.value = '';
  forget();
  check();
  say(keep.checked ? '已清空文稿，并删除本浏览器中保留的草稿。' : '已清空文稿。');
  draft.focus();
});

keep.addEventListener('change', () => {
  if (keep.checked) {
    store();
    say('草稿将保留在本浏览器中，关闭页面后再打开仍在。');
  } else {
    forget();
    say('已删除本浏览器中保留的草稿。');
  }
});

q<HTMLButtonElement>('[data-cc-copy]').addEventListener('click', async () => {
  if (!last) return;
  const ok = await copyText(standardList(last));
  say(ok ? '引文清单已复制。' : '复制失败：浏览器不允许写入剪贴板。', copied);
});

// A draft kept from an earlier visit comes back, checked.
const kept = (() => {
  try {
    return storage()?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
})();
if (kept !== null) {
  keep.checked = true;
  draft.value = kept;
  check();
}
