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

// The results are written as one HTML string per panel: for 300 citations that is several
// times faster than building the same nodes one by one. Every piece of text goes through esc().
const esc = (text: string) => text.replace(/[&<>"]/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[ch]!};`);
const p = (text: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ''}>${text}</p>`;
const link = (clause: CitedClause) => `<a href="${esc(href(clause.path))}">${esc(clause.citation)}</a>`;

/** An expandable clause text, filled from its regulation's JSON when first opened. */
const clauseDetails = (clause: CitedClause, label: string) =>
  `<details class="cc-clause" data-clause="${esc(clause.id)}"><summary>${esc(label)}</summary><div class="cc-clause__text">正在载入条文……</div></details>`;

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

function entryBody(c: CheckedCitation): string {
  const notes = [
    ...(c.readAs ? [p(esc(c.readAs), 'cc-entry__note')] : []),
    ...c.warnings.map((w) => p(`<span aria-hidden="true">⚠ </span>注意：${esc(w)}`, 'cc-entry__warn')),
  ];
  switch (c.status) {
    case 'ok':
      return [p(link(c.target!), 'cc-entry__form'), ...notes, clauseDetails(c.target!, '条文原文')].join('');
    case 'missing':
      return [...notes, p(`${esc(c.problem!)}。`), c.nearest ? p(`最接近的有效条文：${link(c.nearest)}`) : ''].join('');
    case 'superseded': {
      const out = [p(link(c.target!), 'cc-entry__form'), ...notes];
      const year = /（(\d{4})年）/.exec(c.target!.citation)?.[1];
      out.push(clauseDetails(c.target!, `${year ? `${year}年文本` : '所引文本'}原文`));
      const reg = site.regulations.get(parseClauseId(c.target!.id)!.reg)!;
      const version = parseKey(reg.id)?.year;
      if (version) {
        const current = [...site.regulations.values()].find((r) => r.work === reg.work && !parseKey(r.id)?.year);
        out.push(p(`引用的是${version}年版本，不是现行文本。`));
        if (c.current?.clause) {
          const kind = KIND_NOTE[c.current.kind];
          out.push(p(`现行文本对应：${link(c.current.clause)}${kind ? `（${kind}）` : ''}`), clauseDetails(c.current.clause, '现行条文原文'));
        } else if (c.current) out.push(p('现行文本已删除此条。'));
        if (current?.year)
          out.push(
            p(`参见<a href="${esc(href(comparePath(reg.work, version, current.year)))}">${version}年与${current.year}年新旧条文对照表</a>`, 'cc-entry__note'),
          );
      } else {
        out.push(p(esc(c.statusNote ?? '所引文本已修订，不是现行文本。')));
        if (!c.currentOnSite && !c.statusNote?.includes('未收录')) out.push(p('现行文本未收录于本站。'));
      }
      return out.join('');
    }
    case 'ambiguous': {
      const options = (c.candidates ?? []).map((k) => `<li>${k.clause ? link(k.clause) : `${esc(k.title)}（没有这一条款）`}</li>`).join('');
      return [...notes, p(`${esc(c.problem!)}，可能是：`), `<ul>${options}</ul>`, p('请写明法规全称，或先写全称、再用简称。', 'cc-entry__note')].join('');
    }
  }
}

/** One entry of the list; `at` is the number of the mark it stands at in the text. */
function entry(c: CheckedCitation, n: number, at: number): string {
  const target = c.target ? ` data-target="${esc(c.target.id)}"` : '';
  const head =
    `<div class="cc-entry__head"><span class="cc-entry__n">${n}.</span>` +
    `<span class="cc-badge" data-status="${c.status}"><span aria-hidden="true">${GLYPH[c.status]}</span>${STATUS_LABEL[c.status]}</span>` +
    `<span class="cc-entry__written">原文：${esc(c.written)}</span>` +
    `<a class="cc-entry__at" href="#cc-at-${at}" aria-label="第${n}处在文中的位置">文中位置</a></div>`;
  return `<li class="cc-entry" id="cc-${n}" data-citation="${esc(c.written)}" data-status="${c.status}"${target}>${head}${entryBody(c)}</li>`;
}

/**
 * The draft, read-only, each citation marked where it stands and linked to its entry; clauses
 * cited at one place (a range) share one mark. Returns the HTML and, for each citation, its mark.
 */
function markText(text: string, citations: CheckedCitation[]): { html: string; markOf: number[] } {
  const out: string[] = [];
  const markOf: number[] = [];
  let pos = 0;
  let mark = 0;
  for (let i = 0; i < citations.length; ) {
    const c = citations[i]!;
    let j = i + 1;
    while (j < citations.length && citations[j]!.start === c.start && citations[j]!.end === c.end) j++;
    if (c.start >= pos) {
      mark = i + 1;
      const status = citations.slice(i, j).reduce<CheckStatus>((s, g) => (RANK[g.status] > RANK[s] ? g.status : s), 'ok');
      const numbers = j - i > 1 ? `${i + 1}–${j}` : `${i + 1}`;
      out.push(
        esc(text.slice(pos, c.start)),
        `<a class="cc-mark" href="#cc-${i + 1}" id="cc-at-${i + 1}" data-status="${status}">${esc(text.slice(c.start, c.end))}`,
        `<span class="cc-mark__tag"><span aria-hidden="true">${GLYPH[status]}</span>${numbers}<span class="visually-hidden">（第${numbers}处，${STATUS_LABEL[status]}）</span></span></a>`,
      );
      pos = c.end;
    }
    for (let k = i; k < j; k++) markOf.push(mark);
    i = j;
  }
  out.push(esc(text.slice(pos)));
  return { html: out.join(''), markOf };
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
  const { html, markOf } = markText(text, result.citations);
  marked.innerHTML = html;
  list.innerHTML = result.citations.map((c, i) => entry(c, i + 1, markOf[i]!)).join('');
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
