/**
 * Aligns the articles of two versions of a regulation and marks what changed — the data behind
 * the 新旧条文对照表 and every article's 历次版本. Computed, never hand-kept.
 *
 * Each article is compared by its text with the label (第X条) left out, whitespace dropped and
 * half-width punctuation read as full-width, so renumbering and formatting are not changes.
 * Similarity is the cosine of TF-IDF weighted character bigrams, the document frequency taken
 * over the articles of both versions: wording shared by many articles (the penalty scale
 * “给予警告或者严重警告处分；情节较重的……”) weighs little, so two different offences with the same
 * scale do not look alike, while an article keeps its likeness to its own earlier wording.
 *
 * Pairs are found in three passes: identical texts (each unique in both versions), then the most
 * similar remaining pairs above {@link PAIR_MIN}, best first, then articles left over in the same
 * place between two pairs, above the lower {@link GAP_MIN}. Paired articles that left the order
 * of the others (outside the longest run kept in order), or that moved to another chapter that
 * exists in both versions, are 移动; the rest are 未变 or 修改; unpaired ones 删除 or 新增.
 *
 * Pure: the site's build feeds it parsed structures; the unit tests feed it the real texts.
 */
import { diffArrays } from 'diff';
import { articleText, type RegulationStructure } from './regulation-structure.ts';

export type PairKind = '未变' | '修改' | '新增' | '删除' | '移动';

export interface AlignArticle {
  number: number;
  /** The article's text, label included as in the source (paragraphs joined by newlines). */
  text: string;
  /** Title of the chapter (章) it stands in, if any: for telling moves across chapters. */
  chapter?: string | undefined;
}

export interface Pair {
  from: number | null;
  to: number | null;
  kind: PairKind;
  /** Text similarity of a pair, 0–1 (1 for identical text); absent for 新增 and 删除. */
  similarity?: number;
  /** Whether the text changed (a 移动 pair may or may not have). */
  changed: boolean;
}

/** The articles of a parsed regulation as the alignment reads them: text and chapter title. */
export function alignArticles(structure: RegulationStructure): AlignArticle[] {
  const chapters = new Map<string, string>();
  const walk = (list: RegulationStructure['divisions']) => {
    for (const d of list) {
      if (d.kind === 'zhang') chapters.set(d.anchor, d.title);
      walk(d.children);
    }
  };
  walk(structure.divisions);
  return structure.articles.map((a) => ({ number: a.number, text: articleText(a), chapter: a.divisions.map((d) => chapters.get(d)).find(Boolean) }));
}

/** Lowest similarity at which two articles are taken to be the same article revised. */
export const PAIR_MIN = 0.35;

/** Lowest similarity for an old and a new article left unpaired in the same place (see align). */
export const GAP_MIN = 0.15;

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '"': '”' };

/** The text an article is compared by: no label, no whitespace, punctuation full-width. */
export function normaliseArticle(text: string): string {
  return text
    .replace(/^第[零一二三四五六七八九十百千]+条/, '')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[,;:?!()"]/g, (c) => HALF_TO_FULL[c]!);
}

const PUNCT = /[，。；：？！、“”‘’（）《》【】…—]/;

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    if (PUNCT.test(g)) continue;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

type Vector = Map<string, number>;

function weigh(docs: Map<string, number>[]): Vector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const g of d.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [g, tf] of d) {
      const w = (1 + Math.log(tf)) * Math.log(1 + n / df.get(g)!);
      v.set(g, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [g, w] of v) v.set(g, w / norm);
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [g, w] of small) sum += w * (large.get(g) ?? 0);
  return sum;
}

/** Longest subsequence of pairs whose `to` numbers increase, pairs given in `from` order. */
function inOrder(pairs: { from: number; to: number }[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]!.to < pairs[i]!.to) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = prev[i]!) keep.add(pairs[i]!.from);
  return keep;
}

/**
 * Aligns the articles of an older and a newer version.
 * @example align(v2018, v2023).find((p) => p.from === 67) // { from: 67, to: 74, kind: '修改', … }
 */
export function align(older: AlignArticle[], newer: AlignArticle[]): Pair[] {
  const oldText = older.map((a) => normaliseArticle(a.text));
  const newText = newer.map((a) => normaliseArticle(a.text));
  const matched = new Map<number, { to: number; similarity: number }>(); // old index → new index
  const taken = new Set<number>();

  // 1. Identical texts, where the text is unique on both sides.
  const count = (list: string[]) => list.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
  const oldCount = count(oldText);
  const newCount = count(newText);
  const newIndex = new Map(newText.map((t, j) => [t, j]));
  oldText.forEach((t, i) => {
    if (oldCount.get(t) === 1 && newCount.get(t) === 1) {
      const j = newIndex.get(t)!;
      matched.set(i, { to: j, similarity: 1 });
      taken.add(j);
    }
  });

  // 2. The most similar remaining pairs, best first; ties go to the nearer position. An article
  //    whose first 款 is kept while later 款 were added or dropped is judged by that 款 too.
  const firstOf = (a: AlignArticle) => normaliseArticle(a.text.split('\n')[0]!);
  const all = [...oldText, ...newText].map(bigrams);
  const firsts = [...older, ...newer].map((a) => bigrams(firstOf(a)));
  const weighed = weigh([...all, ...firsts]);
  const vectors = weighed.slice(0, all.length);
  const firstVectors = weighed.slice(all.length);
  const similar = (i: number, j: number) => {
    const whole = cosine(vectors[i]!, vectors[older.length + j]!);
    const multi = older[i]!.text.includes('\n') || newer[j]!.text.includes('\n');
    return multi ? Math.max(whole, 0.9 * cosine(firstVectors[i]!, firstVectors[older.length + j]!)) : whole;
  };
  const candidates: { i: number; j: number; score: number; similarity: number }[] = [];
  for (let i = 0; i < older.length; i++) {
    if (matched.has(i)) continue;
    for (let j = 0; j < newer.length; j++) {
      if (taken.has(j)) continue;
      const similarity = oldText[i] === newText[j] ? 1 : similar(i, j);
      if (similarity < PAIR_MIN) continue;
      const distance = Math.abs(i / older.length - j / newer.length);
      candidates.push({ i, j, similarity, score: similarity - 0.1 * distance });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    if (matched.has(c.i) || taken.has(c.j)) continue;
    matched.set(c.i, { to: c.j, similarity: c.similarity });
    taken.add(c.j);
  }

  // 3. Gaps: an old and a new article left unpaired between the same two neighbouring pairs sit
  //    where each other stood; they are the same article rewritten if they share some wording
  //    (GAP_MIN), as a revision that keeps a rule's place but recasts it (2015 第八条 → 2018 第九条).
  const anchors = [...matched].sort((a, b) => a[0] - b[0]).map(([i, m]) => [i, m.to] as const);
  const bounds = [[-1, -1] as const, ...anchors.filter((a, k, all) => k === 0 || a[1] > all[k - 1]![1]), [older.length, newer.length] as const];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [i0, j0] = bounds[k]!;
    const [i1, j1] = bounds[k + 1]!;
    const gap: { i: number; j: number; similarity: number }[] = [];
    for (let i = i0 + 1; i < i1; i++) {
      if (matched.has(i)) continue;
      for (let j = j0 + 1; j < j1; j++) {
        if (taken.has(j)) continue;
        const similarity = similar(i, j);
        if (similarity >= GAP_MIN) gap.push({ i, j, similarity });
      }
    }
    gap.sort((a, b) => b.similarity - a.similarity);
    for (const g of gap) {
      if (matched.has(g.i) || taken.has(g.j)) continue;
      matched.set(g.i, { to: g.j, similarity: g.similarity });
      taken.add(g.j);
    }
  }

  // 4. Order: pairs outside the longest in-order run moved; so did those that changed chapter.
  const sorted = [...matched].sort((a, b) => a[0] - b[0]).map(([i, m]) => ({ from: i, to: m.to }));
  const kept = inOrder(sorted);
  const oldChapters = new Set(older.map((a) => a.chapter).filter(Boolean));
  const newChapters = new Set(newer.map((a) => a.chapter).filter(Boolean));
  const pairs: Pair[] = [];
  for (const [i, m] of matched) {
    const a = older[i]!;
    const b = newer[m.to]!;
    const changed = oldText[i] !== newText[m.to];
    const changedChapter = Boolean(a.chapter && b.chapter && a.chapter !== b.chapter && newChapters.has(a.chapter) && oldChapters.has(b.chapter));
    const moved = !kept.has(i) || changedChapter;
    pairs.push({
      from: a.number,
      to: b.number,
      kind: moved ? '移动' : changed ? '修改' : '未变',
      similarity: Math.round(m.similarity * 1000) / 1000,
      changed,
    });
  }
  older.forEach((a, i) => matched.has(i) || pairs.push({ from: a.number, to: null, kind: '删除', changed: true }));
  newer.forEach((b, j) => taken.has(j) || pairs.push({ from: null, to: b.number, kind: '新增', changed: true }));
  return orderPairs(pairs);
}

/**
 * Reading order of the 对照表: by the newer version's numbering, a deleted article placed after
 * the pair that precedes it in the older version.
 */
function orderPairs(pairs: Pair[]): Pair[] {
  const byFrom = new Map(pairs.filter((p) => p.from !== null).map((p) => [p.from!, p]));
  const key = (p: Pair): number => {
    if (p.to !== null) return p.to;
    // After the nearest earlier old article that has a place in the newer version.
    for (let f = p.from! - 1; f >= 1; f--) {
      const q = byFrom.get(f);
      if (q?.to != null) return q.to + (p.from! - f) / 1000;
    }
    return p.from! / 1000;
  };
  return [...pairs].sort((a, b) => key(a) - key(b) || (a.from ?? 0) - (b.from ?? 0));
}

export interface Counts {
  未变: number;
  修改: number;
  新增: number;
  删除: number;
  移动: number;
}

export function countKinds(pairs: Pair[]): Counts {
  const c: Counts = { 未变: 0, 修改: 0, 新增: 0, 删除: 0, 移动: 0 };
  for (const p of pairs) c[p.kind]++;
  return c;
}

export interface DiffPart {
  text: string;
  /** 'same', or what the newer version did to this text. */
  op: 'same' | 'deleted' | 'inserted';
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Words of a text (Intl word segmentation); other whitespace dropped, paragraph breaks kept. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    if (segment.trim()) out.push(segment);
    else if (segment.includes('\n')) out.push('\n');
  }
  return out;
}

const sameWord = (a: string, b: string) => a === b || (a !== '\n' && b !== '\n' && normaliseArticle(a) === normaliseArticle(b));

/** An article's text without its label (第X条 and the space after it), for comparing wording. */
export function withoutLabel(text: string): string {
  return text.replace(/^第[零一二三四五六七八九十百千]+条[\s\u3000]*/, '');
}

/**
 * Word-level diff of two articles' text: what the newer version deleted and inserted. Changes
 * of whitespace or of full-/half-width punctuation alone are not changes.
 * @example wordDiff('给予警告处分', '给予严重警告处分') // [same 给予, inserted 严重, same 警告, same 处分]
 */
export function wordDiff(older: string, newer: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const c of diffArrays(words(older), words(newer), { comparator: sameWord })) {
    const op = c.added ? 'inserted' : c.removed ? 'deleted' : 'same';
    const text = c.value.join('');
    const last = parts.at(-1);
    if (last && last.op === op) last.text += text;
    else parts.push({ text, op });
  }
  return parts;
}
