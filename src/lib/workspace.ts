/**
 * The 民主生活会 workspace's model, pure (no DOM): the study record and the check-item catalogue
 * become a 问题清单 (problems in the reader's order), and the 问题清单 becomes a document —
 * 一、存在的问题 二、原因分析 三、整改措施 — which the page, the print view and the Word export
 * (src/scripts/workspace-docx.ts) all render.
 */
import { MEASURE_STATES, type Measure, type MeasureState, type StudyData, type Workspace } from './study-store.ts';

/** What the page knows about a clause: its full citation, its regulation and a text preview. */
export interface ClauseInfo {
  /** 《党委（党组）落实全面从严治党主体责任规定》第八条第二款 */
  citation: string;
  /** The regulation's full title, without 书名号. */
  regulation: string;
  /** The clause's official text (may be cut short). */
  preview: string;
}

/** One self-check question, as the page embeds it. */
export interface CatalogueItem {
  /** Check-item id `zhuti-zeren/8/2`. */
  id: string;
  q: string;
  clause: string;
}

export interface Problem {
  /** Check-item id, or `own/<id>` for the reader's own problem. */
  key: string;
  kind: 'check' | 'own';
  /** The self-check question, or the reader's own wording. */
  text: string;
  /** The self-check answer (部分做到 / 未做到); null for own problems. */
  state: string | null;
  /** The reader's note on the self-check item ('' for own problems). */
  note: string;
  clause: string | null;
  info: ClauseInfo | null;
  cause: string;
  measures: Measure[];
}

/** Answers that make a self-check item a problem. */
export const PROBLEM_STATES: readonly string[] = ['部分做到', '未做到'];

/**
 * The 问题清单: every self-check item answered 部分做到 / 未做到 (unless removed), and the
 * reader's own problems, in the reader's order; problems not yet ordered follow in the
 * catalogue's order (by regulation), own problems last.
 */
export function problemsOf(data: StudyData, catalogue: readonly CatalogueItem[], clauses: (id: string) => ClauseInfo | null): Problem[] {
  const ws = data.workspace;
  const removed = new Set(ws.removed);
  const byKey = new Map<string, Problem>();
  const work = (key: string) => ws.work[key] ?? { cause: '', measures: [] };
  for (const item of catalogue) {
    const answer = data.answers[item.id];
    if (!answer?.state || !PROBLEM_STATES.includes(answer.state) || removed.has(item.id)) continue;
    byKey.set(item.id, {
      key: item.id,
      kind: 'check',
      text: item.q,
      state: answer.state,
      note: answer.note,
      clause: item.clause,
      info: clauses(item.clause),
      ...work(item.id),
    });
  }
  for (const [key, own] of Object.entries(ws.own)) {
    byKey.set(key, {
      key,
      kind: 'own',
      text: own.text,
      state: null,
      note: '',
      clause: own.clause,
      info: own.clause ? clauses(own.clause) : null,
      ...work(key),
    });
  }
  const ordered = ws.order.filter((k) => byKey.has(k));
  const seen = new Set(ordered);
  return [...ordered, ...[...byKey.keys()].filter((k) => !seen.has(k))].map((k) => byKey.get(k)!);
}

/** The key order after moving `key` by `delta` places (−1 up, +1 down); unchanged at the ends. */
export function move(problems: readonly Problem[], key: string, delta: number): string[] {
  const keys = problems.map((p) => p.key);
  const i = keys.indexOf(key);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= keys.length) return keys;
  [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  return keys;
}

/** Runs of consecutive problems under the same regulation (own problems without a clause: 其他方面). */
export function groupByRegulation(problems: readonly Problem[]): { regulation: string | null; problems: Problem[] }[] {
  const groups: { regulation: string | null; problems: Problem[] }[] = [];
  for (const p of problems) {
    const regulation = p.info?.regulation ?? null;
    const last = groups.at(-1);
    if (last && last.regulation === regulation) last.problems.push(p);
    else groups.push({ regulation, problems: [p] });
  }
  return groups;
}

export interface Progress {
  problems: number;
  /** Problems with a cause written. */
  analysed: number;
  /** Problems with at least one measure. */
  planned: number;
  measures: number;
  byState: Record<MeasureState, number>;
}

export function progressOf(problems: readonly Problem[]): Progress {
  const byState = Object.fromEntries(MEASURE_STATES.map((s) => [s, 0])) as Record<MeasureState, number>;
  for (const m of problems.flatMap((p) => p.measures)) byState[m.status]++;
  return {
    problems: problems.length,
    analysed: problems.filter((p) => p.cause.trim()).length,
    planned: problems.filter((p) => p.measures.some((m) => m.text.trim())).length,
    measures: problems.reduce((n, p) => n + p.measures.length, 0),
    byState,
  };
}

/**
 * The progress summary in words.
 * @example describeProgress(progressOf(problems)) // '共3个问题：2个已分析原因，1个已有整改措施；整改措施2项（已完成1项，推进中1项，未开始0项）'
 */
export function describeProgress(p: Progress): string {
  if (!p.problems) return '问题清单还是空的';
  const measures = p.measures
    ? `；整改措施${p.measures}项（已完成${p.byState.已完成}项，推进中${p.byState.推进中}项，未开始${p.byState.未开始}项）`
    : '；还没有整改措施';
  return `共${p.problems}个问题：${p.analysed}个已分析原因，${p.planned}个已有整改措施${measures}`;
}

// --- The document ----------------------------------------------------------------------------

export type Block =
  /** A sub-heading: （一）对照《…》 */
  | { kind: 'subheading'; text: string }
  /** A numbered entry: its number and lead sentence, then labelled lines. */
  | { kind: 'entry'; number: number; text: string; lines: { label: string; text: string }[] }
  /** The 整改 table of one problem. */
  | { kind: 'table'; head: readonly string[]; rows: string[][] };

export interface DocSection {
  /** 一、存在的问题 */
  heading: string;
  blocks: Block[];
}

export interface WorkspaceDocument {
  title: string;
  /** The roles, as the line under the title: 党委（党组）书记. '' when none chosen. */
  roles: string;
  /** 2026年12月2日 */
  date: string;
  sections: DocSection[];
}

export const MEASURE_HEAD = ['整改措施', '责任人', '时限', '状态'] as const;
export const DOCUMENT_TITLE = '民主生活会问题清单及整改措施';
/** What the document says where the reader has not written anything yet. */
export const BLANK = '（待填写）';

const orBlank = (s: string) => s.trim() || BLANK;
/**
 * YYYY-MM-DD as 2026年12月2日 (as src/lib/dates.ts formatDate; kept here so the page's first
 * script stays small); anything else as is.
 */
const dateWords = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`);
const DIGITS = '〇一二三四五六七八九';
/**
 * 1–99 in Chinese numerals, for the （一） sub-headings (src/lib/numerals.ts intToCn does all; this
 * keeps the page's first script small).
 * @example cn(12) // '十二'
 */
export const cn = (n: number): string => (n < 10 ? DIGITS[n]! : `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`);

/** The document for a 问题清单: the reader's roles (labels) and the date (`YYYY-MM-DD`). */
export function buildDocument(problems: readonly Problem[], roles: readonly string[], date: string): WorkspaceDocument {
  const found: Block[] = [];
  let n = 0;
  groupByRegulation(problems).forEach((g, gi) => {
    found.push({ kind: 'subheading', text: `（${cn(gi + 1)}）${g.regulation ? `对照《${g.regulation}》` : '其他方面'}` });
    for (const p of g.problems) {
      const lines = [];
      if (p.info) lines.push({ label: '对照条款', text: p.info.citation });
      if (p.state) lines.push({ label: '自查结果', text: p.state });
      if (p.kind === 'check') lines.push({ label: '具体表现', text: orBlank(p.note) });
      found.push({ kind: 'entry', number: ++n, text: p.text, lines });
    }
  });
  const causes: Block[] = problems.map((p, i) => ({ kind: 'entry', number: i + 1, text: p.text, lines: [{ label: '原因', text: orBlank(p.cause) }] }));
  const measures: Block[] = problems.flatMap((p, i): Block[] => [
    { kind: 'entry', number: i + 1, text: p.text, lines: p.info ? [{ label: '对照条款', text: p.info.citation }] : [] },
    {
      kind: 'table',
      head: MEASURE_HEAD,
      rows: p.measures.length ? p.measures.map((m) => [orBlank(m.text), m.owner.trim(), m.due ? dateWords(m.due) : '', m.status]) : [[BLANK, '', '', '']],
    },
  ]);
  const none: Block[] = [{ kind: 'entry', number: 1, text: '对照检查中没有“部分做到”或“未做到”的问题。', lines: [] }];
  return {
    title: DOCUMENT_TITLE,
    roles: roles.join('、'),
    date: dateWords(date),
    sections: [
      { heading: '一、存在的问题', blocks: problems.length ? found : none },
      { heading: '二、原因分析', blocks: problems.length ? causes : [] },
      { heading: '三、整改措施', blocks: problems.length ? measures : [] },
    ],
  };
}

/** Word file name with the document's date: 民主生活会问题清单-2026-12-02.docx */
export function docxFileName(date: string): string {
  return `民主生活会问题清单-${date}.docx`;
}

/** The workspace with one problem's work changed. */
export function setWork(ws: Workspace, key: string, change: Partial<{ cause: string; measures: Measure[] }>): Workspace {
  const old = ws.work[key] ?? { cause: '', measures: [] };
  return { ...ws, work: { ...ws.work, [key]: { ...old, ...change } } };
}

/** The workspace with a problem removed: a self-check problem is hidden (its answer kept), an own one deleted. */
export function removeProblem(ws: Workspace, key: string): Workspace {
  const work = { ...ws.work };
  delete work[key];
  const own = { ...ws.own };
  if (key.startsWith('own/')) delete own[key];
  return { ...ws, work, own, order: ws.order.filter((k) => k !== key), removed: key.startsWith('own/') ? ws.removed : [...new Set([...ws.removed, key])] };
}

export const newMeasure = (): Measure => ({ text: '', owner: '', due: '', status: MEASURE_STATES[0] });
