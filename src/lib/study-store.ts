/**
 * The study kit's saved state — checklist answers and notes, the roles held and the print topic,
 * articles and topics marked as studied — as one versioned document kept in the reader's browser
 * (localStorage) and exported to / imported from a JSON file. Nothing leaves the browser.
 *
 * Every stored or imported document goes through {@link parseStudy}: older versions are migrated,
 * anything else (another site's data, a newer version, broken JSON) is refused with a reason, so
 * the page can set it aside and say so instead of breaking.
 */

export const STUDY_SCHEMA = 'zcyz-kb/study';
export const STUDY_VERSION = 4;
export const STORAGE_KEY = 'zcyz-kb:study';
/** Where unreadable data is moved to, with a timestamp suffix, so it can still be exported. */
export const ASIDE_PREFIX = 'zcyz-kb:study:aside:';

export const ANSWERS = ['做到', '部分做到', '未做到', '不适用'] as const;
export type AnswerState = (typeof ANSWERS)[number];

export interface Answer {
  state: AnswerState | null;
  note: string;
  /** ISO time of the last change. */
  updated: string;
}

export interface StudyData {
  schema: typeof STUDY_SCHEMA;
  version: typeof STUDY_VERSION;
  /**
   * Subject ids of the roles the reader holds, as last combined on /study/combined/ (one
   * self-check for several roles). Single-role pages read and write the same answers but leave
   * this alone. Later features add their own top-level keys beside these (and a migration).
   */
  roles: string[];
  /** Topic id to print with the role's pack. */
  topic: string | null;
  /** By checklist item id (`zhuti-zeren/8/2`). */
  answers: Record<string, Answer>;
  studied: {
    /** Article page ids (`zhuti-zeren/8`). */
    articles: string[];
    /** Topic ids. */
    topics: string[];
  };
  /** The 民主生活会 workspace (version 4): 问题清单, causes and 整改措施. */
  workspace: Workspace;
}

export const MEASURE_STATES = ['未开始', '推进中', '已完成'] as const;
export type MeasureState = (typeof MEASURE_STATES)[number];

/** One 整改措施. */
export interface Measure {
  text: string;
  /** 责任人 */
  owner: string;
  /** 时限: `YYYY-MM-DD`, or '' when not set. */
  due: string;
  status: MeasureState;
}

/** What the reader wrote about one problem: the cause and the measures. */
export interface ProblemWork {
  cause: string;
  measures: Measure[];
}

/** A problem the reader added: free text, optionally tied to a clause id. */
export interface OwnProblem {
  text: string;
  clause: string | null;
}

export interface Workspace {
  /** The document's date (`YYYY-MM-DD`), or '' for today. */
  date: string;
  /**
   * Problem keys in the reader's order: check-item ids (`zhuti-zeren/8/2`) for problems from the
   * self-check, `own/<id>` for the reader's own. Problems not listed follow in the catalogue's order.
   */
  order: string[];
  /** By problem key. */
  work: Record<string, ProblemWork>;
  /** By key (`own/<id>`). */
  own: Record<string, OwnProblem>;
  /** Self-check problems the reader removed from the list (the answer itself is kept). */
  removed: string[];
}

export const emptyWorkspace = (): Workspace => ({ date: '', order: [], work: {}, own: {}, removed: [] });

/** Version 3: no workspace. */
export interface StudyDataV3 extends Omit<StudyData, 'version' | 'workspace'> {
  version: 3;
}

/** Version 1 (the first release): answers and notes in two maps, only articles marked studied. */
export interface StudyDataV1 {
  schema: typeof STUDY_SCHEMA;
  version: 1;
  role?: string | null;
  checklist: Record<string, AnswerState>;
  notes?: Record<string, string>;
  studied?: string[];
}

/** Version 2: one role (the last studied) instead of the roles held. */
export interface StudyDataV2 extends Omit<StudyDataV3, 'version' | 'roles'> {
  version: 2;
  role: string | null;
}

export type ParseResult = { ok: true; data: StudyData; migratedFrom?: number } | { ok: false; reason: string };

export function emptyStudy(): StudyData {
  return {
    schema: STUDY_SCHEMA,
    version: STUDY_VERSION,
    roles: [],
    topic: null,
    answers: {},
    studied: { articles: [], topics: [] },
    workspace: emptyWorkspace(),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isAnswerState = (v: unknown): v is AnswerState => (ANSWERS as readonly unknown[]).includes(v);
const strings = (v: unknown): string[] | null => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? [...new Set(v)] : null);
const ID = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;
/** A clause id: `zhuti-zeren:8.2`. */
const CLAUSE = /^[a-z0-9-]+(@\d{4})?:\d+(\.\d+){0,2}$/;

/** Migrations, each from version n to n + 1. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => {
    const v1 = old as unknown as StudyDataV1;
    const answers: Record<string, Answer> = {};
    const ids = new Set([...Object.keys(v1.checklist ?? {}), ...Object.keys(v1.notes ?? {})]);
    for (const id of ids) answers[id] = { state: v1.checklist?.[id] ?? null, note: v1.notes?.[id] ?? '', updated: '1970-01-01T00:00:00.000Z' };
    return { schema: STUDY_SCHEMA, version: 2, role: v1.role ?? null, topic: null, answers, studied: { articles: v1.studied ?? [], topics: [] } };
  },
  2: (old) => {
    const { role, ...rest } = old as unknown as StudyDataV2;
    return { ...rest, version: 3, roles: typeof role === 'string' ? [role] : [] };
  },
  3: (old) => ({ ...old, version: 4, workspace: emptyWorkspace() }),
};

/**
 * Reads a stored or imported document: a JSON string or an already-parsed value.
 * @example parseStudy('{"schema":"zcyz-kb/study","version":1,"checklist":{"zhuti-zeren/10/1":"做到"}}').ok // true
 */
export function parseStudy(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, reason: '不是有效的 JSON 数据' };
    }
  }
  if (!isRecord(value) || value.schema !== STUDY_SCHEMA) return { ok: false, reason: '不是本站的学习记录' };
  let version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: '学习记录缺少有效的版本号' };
  if (version > STUDY_VERSION) return { ok: false, reason: `学习记录来自更新的版本（第${version}版），本页只能读取到第${STUDY_VERSION}版` };
  const from = version;
  let doc: Record<string, unknown> = value;
  try {
    while (version < STUDY_VERSION) {
      doc = MIGRATIONS[version]!(doc);
      version++;
    }
  } catch {
    return { ok: false, reason: `第${from}版学习记录的内容不完整，无法升级` };
  }
  const checked = validate(doc);
  if (typeof checked === 'string') return { ok: false, reason: checked };
  return from < STUDY_VERSION ? { ok: true, data: checked, migratedFrom: from } : { ok: true, data: checked };
}

function validate(doc: Record<string, unknown>): StudyData | string {
  const roles = strings(doc.roles ?? []);
  const topic = doc.topic ?? null;
  if (!roles || !roles.every((r) => ID.test(r))) return '角色字段无效';
  if (topic !== null && (typeof topic !== 'string' || !ID.test(topic))) return '专题字段无效';
  if (!isRecord(doc.answers)) return '缺少对照检查记录';
  const answers: Record<string, Answer> = {};
  for (const [id, a] of Object.entries(doc.answers)) {
    if (!ID.test(id) || !isRecord(a)) return `对照检查记录“${id}”无效`;
    const state = a.state ?? null;
    if (state !== null && !isAnswerState(state)) return `对照检查记录“${id}”的状态无效`;
    if (typeof a.note !== 'string' || typeof a.updated !== 'string') return `对照检查记录“${id}”不完整`;
    answers[id] = { state, note: a.note.slice(0, 5000), updated: a.updated };
  }
  if (!isRecord(doc.studied)) return '缺少学习进度';
  const articles = strings(doc.studied.articles);
  const topics = strings(doc.studied.topics);
  if (!articles || !topics || ![...articles, ...topics].every((s) => ID.test(s))) return '学习进度无效';
  const workspace = validateWorkspace(doc.workspace);
  if (typeof workspace === 'string') return workspace;
  return { schema: STUDY_SCHEMA, version: STUDY_VERSION, roles, topic, answers, studied: { articles, topics }, workspace };
}

const DATE = /^(\d{4}-\d{2}-\d{2})?$/;
const text = (v: unknown, max: number): string | null => (typeof v === 'string' ? v.slice(0, max) : null);

function validateWorkspace(ws: unknown): Workspace | string {
  const bad = '民主生活会问题清单无效';
  if (!isRecord(ws) || !isRecord(ws.work) || !isRecord(ws.own)) return bad;
  const order = strings(ws.order);
  const removed = strings(ws.removed);
  if (typeof ws.date !== 'string' || !DATE.test(ws.date) || !order || !removed || ![...order, ...removed].every((k) => ID.test(k))) return bad;
  const work: Record<string, ProblemWork> = {};
  for (const [key, w] of Object.entries(ws.work)) {
    if (!ID.test(key) || !isRecord(w) || !Array.isArray(w.measures)) return `${bad}（“${key}”）`;
    const cause = text(w.cause, 5000);
    const measures: Measure[] = [];
    for (const m of w.measures as unknown[]) {
      if (!isRecord(m)) return `${bad}（“${key}”的整改措施）`;
      const [t, owner, due] = [text(m.text, 2000), text(m.owner, 200), text(m.due, 10)];
      if (t === null || owner === null || due === null || !DATE.test(due) || !(MEASURE_STATES as readonly unknown[]).includes(m.status))
        return `${bad}（“${key}”的整改措施）`;
      measures.push({ text: t, owner, due, status: m.status as MeasureState });
    }
    if (cause === null) return `${bad}（“${key}”）`;
    work[key] = { cause, measures };
  }
  const own: Record<string, OwnProblem> = {};
  for (const [key, p] of Object.entries(ws.own)) {
    const t = isRecord(p) ? text(p.text, 5000) : null;
    const clause = isRecord(p) ? (p.clause ?? null) : null;
    if (!ID.test(key) || t === null || (clause !== null && (typeof clause !== 'string' || !CLAUSE.test(clause)))) return `${bad}（“${key}”）`;
    own[key] = { text: t, clause };
  }
  return { date: ws.date, order, work, own, removed };
}

/** The document as saved and exported. */
export function serializeStudy(data: StudyData): string {
  return JSON.stringify(data, null, 1);
}

/** What a record holds, counted for the reader (before an import replaces it). */
export interface StudySummary {
  answers: number;
  notes: number;
  articles: number;
  topics: number;
  /** 整改措施 written in the workspace. */
  measures?: number;
}

export function summarizeStudy(data: StudyData): StudySummary {
  const answers = Object.values(data.answers);
  return {
    answers: answers.filter((a) => a.state).length,
    notes: answers.filter((a) => a.note.trim()).length,
    articles: data.studied.articles.length,
    topics: data.studied.topics.length,
    measures: Object.values(data.workspace.work).reduce((n, w) => n + w.measures.length, 0) + Object.keys(data.workspace.own).length,
  };
}

/**
 * The summary in words.
 * @example describeStudy({ answers: 2, notes: 1, articles: 0, topics: 0 }) // '2个问题已自评（1条备注）'
 */
export function describeStudy(s: StudySummary): string {
  const parts = [
    s.answers || s.notes ? `${s.answers}个问题已自评${s.notes ? `（${s.notes}条备注）` : ''}` : '',
    s.articles ? `${s.articles}条条文已学` : '',
    s.topics ? `${s.topics}个专题已学` : '',
    s.measures ? `问题清单中${s.measures}项内容` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('，') : '没有记录';
}

export const isEmptyStudy = (s: StudySummary) => !s.answers && !s.notes && !s.articles && !s.topics && !s.measures;

/** Export file name with the date: 全面从严治党学习记录-2026-11-22.json */
export function exportFileName(now = new Date()): string {
  return `全面从严治党学习记录-${now.toISOString().slice(0, 10)}.json`;
}

/** Sets an answer, keeping note and state together and stamping the time. */
export function setAnswer(data: StudyData, id: string, change: Partial<Pick<Answer, 'state' | 'note'>>, now = new Date()): StudyData {
  const old = data.answers[id] ?? { state: null, note: '', updated: now.toISOString() };
  const next = { ...old, ...change, updated: now.toISOString() };
  const answers = { ...data.answers };
  if (next.state === null && !next.note.trim()) delete answers[id];
  else answers[id] = next;
  return { ...data, answers };
}

/** Marks or unmarks an article (`zhuti-zeren/8`) or topic as studied. */
export function setStudied(data: StudyData, kind: 'articles' | 'topics', id: string, studied: boolean): StudyData {
  const list = data.studied[kind].filter((x) => x !== id);
  if (studied) list.push(id);
  return { ...data, studied: { ...data.studied, [kind]: list } };
}

/** How many of `ids` are in `done`, and the share, for progress bars. */
export function progress(ids: string[], done: string[]): { done: number; total: number; percent: number } {
  const set = new Set(done);
  const n = ids.filter((id) => set.has(id)).length;
  return { done: n, total: ids.length, percent: ids.length ? Math.round((n / ids.length) * 100) : 0 };
}

/** The part of the Web Storage API the kit uses (a Map-backed fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export interface LoadedStudy {
  data: StudyData;
  /** What the page should tell the reader (data migrated, set aside, storage unavailable). */
  notice?: string;
  /** Keys of unreadable documents set aside, newest last. */
  aside: string[];
}

/**
 * Loads the saved document. A document that cannot be read is never deleted: it is moved to an
 * aside key (still exportable), the kit starts empty, and the notice says what happened.
 */
export function loadStudy(storage: StorageLike | null, now = new Date()): LoadedStudy {
  if (!storage) return { data: emptyStudy(), notice: '浏览器不允许本地保存：本页的选择不会保存，请用“导出”留存。', aside: [] };
  const aside = asideKeys(storage);
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return { data: emptyStudy(), aside };
  const parsed = parseStudy(raw);
  if (parsed.ok) {
    if (parsed.migratedFrom) storage.setItem(STORAGE_KEY, serializeStudy(parsed.data));
    return { data: parsed.data, aside, ...(parsed.migratedFrom ? { notice: `已将第${parsed.migratedFrom}版的学习记录升级到当前版本。` } : {}) };
  }
  const key = `${ASIDE_PREFIX}${now.toISOString()}`;
  storage.setItem(key, raw);
  storage.removeItem(STORAGE_KEY);
  return {
    data: emptyStudy(),
    aside: [...aside, key],
    notice: `本机保存的学习记录无法读取（${parsed.reason}）。原数据已另存，可用“导出原数据”取出检查；本页从空白开始。`,
  };
}

export function asideKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(ASIDE_PREFIX)) keys.push(k);
  }
  return keys.sort();
}

/** Saves; false when the browser refuses (quota, privacy mode). */
export function saveStudy(storage: StorageLike | null, data: StudyData): boolean {
  try {
    storage?.setItem(STORAGE_KEY, serializeStudy(data));
    return Boolean(storage);
  } catch {
    return false;
  }
}

/**
 * The browser's localStorage, or null where the browser refuses it (privacy settings, a sandboxed
 * frame): the kit then works for the visit and says it will not save.
 */
export function browserStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
