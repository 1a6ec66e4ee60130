/**
 * Near-copy measure: how much of a sentence of ours is built from the wording of a seed article.
 *
 * A sentence that keeps a seed sentence's structure and swaps a few words shares long runs of
 * characters with it. We count, for each sentence, the characters that lie inside a run of at
 * least `RUN` characters that also occurs in a seed — leaving out text inside “quotations” and
 * 《titles》 (quoting is the honest way to reuse wording) and runs that the official texts use
 * themselves (regulation phrases are everyone's to reuse). The share of such characters among the
 * sentence's countable characters is its copy score. Comparison ignores punctuation and spaces, so
 * re-punctuating a seed sentence does not hide it.
 *
 * Pure: no file system; scripts/check-sources.ts feeds it the seeds and the official texts.
 */

/** Shortest shared run (in letters, punctuation left out) that counts as borrowed wording. */
export const RUN = 5;

/** A sentence of ours whose copy score reaches this share fails the gate (docs/CONTENT.md). */
export const THRESHOLD = 0.3;

/** Sentences shorter than this (countable characters outside quotes) are not scored. */
export const MIN_LETTERS = 12;

/** A sentence that borrows fewer letters than this is not a near-copy, whatever its share. */
export const MIN_BORROWED = 8;

const LETTER = /[\p{Script=Han}\p{L}\p{N}]/u;

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it was cut from. */
  start: number;
}

/** Cuts prose into sentences at 。！？；, line breaks and list items. Quotes stay whole. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let depth = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, start: start + lead });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '“' || c === '《' || c === '‘') depth++;
    else if ((c === '”' || c === '》' || c === '’') && depth > 0) depth--;
    if (c === '\n') {
      push(i);
      depth = 0;
    } else if (depth === 0 && /[。！？；]/.test(c)) push(i + 1);
  }
  push(text.length);
  return out;
}

/** The letters of a text (punctuation and spaces dropped), with each letter's offset. */
function letters(text: string): { s: string; at: number[] } {
  let s = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (LETTER.test(c)) {
      s += c;
      at.push(i);
    }
  }
  return { s, at };
}

/**
 * Blanks the parts of a sentence that do not count: “quotations”, 《titles》, ‘nested quotes’, and
 * the given names (places, bodies, the names of practices and terms), which a summary must repeat
 * as they are.
 */
export function maskQuoted(text: string, names: readonly string[] = []): string {
  let out = text.replace(/“[^“”]*”|《[^《》]*》|‘[^‘’]*’/g, (m) => '\u0000'.repeat(m.length));
  for (const name of names) if (name.length >= 2) out = out.split(name).join('\u0000'.repeat(name.length));
  return out;
}

export interface SeedSentence {
  seed: string;
  text: string;
}

export interface CopyIndex {
  /** RUN-grams of the seeds → indexes of the seed sentences holding them. */
  grams: Map<string, number[]>;
  sentences: SeedSentence[];
  /** RUN-grams of the official texts. */
  official: Set<string>;
}

function gramsOf(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + RUN <= s.length; i++) out.push(s.slice(i, i + RUN));
  return out;
}

/** Indexes the seed articles (id → text) against the official texts. */
export function buildCopyIndex(seeds: { id: string; text: string }[], officialTexts: string[]): CopyIndex {
  const official = new Set<string>();
  for (const t of officialTexts) for (const g of gramsOf(letters(t).s)) official.add(g);
  const sentences: SeedSentence[] = [];
  const grams = new Map<string, number[]>();
  for (const { id, text } of seeds) {
    // Seed sentences are indexed one by one, so a run never spans two of them.
    for (const { text: t } of splitSentences(text)) {
      const n = sentences.push({ seed: id, text: t }) - 1;
      for (const g of gramsOf(letters(t).s)) {
        const list = grams.get(g);
        if (!list) grams.set(g, [n]);
        else if (list[list.length - 1] !== n) list.push(n);
      }
    }
  }
  return { grams, sentences, official };
}

export interface CopyScore {
  /** Share of the sentence's countable letters that lie in runs borrowed from a seed. */
  score: number;
  /** Countable letters (outside quotes and titles). */
  letters: number;
  /** Borrowed letters. */
  borrowed: number;
  /** The seed sentence sharing most of the borrowed letters, if any. */
  match?: SeedSentence;
}

/** Scores one sentence of ours against the seeds. */
export function copyScore(sentence: string, index: CopyIndex, names: readonly string[] = []): CopyScore {
  // Quoted parts and names become breaks: no run crosses them and they are not counted.
  const parts = maskQuoted(sentence, names)
    .split('\u0000')
    .map((p) => letters(p).s);
  let total = 0;
  let borrowed = 0;
  const votes = new Map<number, number>();
  for (const s of parts) {
    total += s.length;
    const covered = new Uint8Array(s.length);
    const hits = new Map<number, Uint8Array>();
    for (let i = 0; i + RUN <= s.length; i++) {
      const g = s.slice(i, i + RUN);
      const found = index.grams.get(g);
      if (!found || index.official.has(g)) continue;
      covered.fill(1, i, i + RUN);
      for (const n of found) {
        let h = hits.get(n);
        if (!h) hits.set(n, (h = new Uint8Array(s.length)));
        h.fill(1, i, i + RUN);
      }
    }
    borrowed += covered.reduce((a, b) => a + b, 0);
    for (const [n, h] of hits) votes.set(n, (votes.get(n) ?? 0) + h.reduce((a, b) => a + b, 0));
  }
  let best: number | undefined;
  for (const [n, v] of votes) if (best === undefined || v > votes.get(best)!) best = n;
  return {
    score: total ? borrowed / total : 0,
    letters: total,
    borrowed,
    ...(best === undefined ? {} : { match: index.sentences[best] }),
  };
}

/** True when a sentence is long enough to judge and mostly borrowed. */
export function isNearCopy(score: CopyScore, threshold = THRESHOLD): boolean {
  return score.letters >= MIN_LETTERS && score.borrowed >= MIN_BORROWED && score.score >= threshold;
}

export interface ProseLine {
  text: string;
  line: number;
  /** Where it came from: `body` or the frontmatter field (summary, points, selfCheck.q …). */
  field: string;
}

/** Frontmatter fields that hold our prose (source references and ids are not prose). */
const PROSE_FIELDS = ['title', 'summary', 'points', 'questions', 'notes'] as const;

/**
 * The prose of an authored content file, line by line, with Markdown syntax reduced to its text:
 * the body (headings, paragraphs, list items; link text kept, targets dropped) and the prose
 * fields of the frontmatter (summary, points, questions, selfCheck questions, reading notes).
 * `raw` is the whole file, used to find the line of each frontmatter value.
 */
export function proseOf(raw: string, data: Record<string, unknown>, body: string, bodyLine: number): ProseLine[] {
  const out: ProseLine[] = [];
  const fmEnd = raw.length - body.length;
  const lineAt = (needle: string) => {
    const head = needle.slice(0, 12);
    const i = raw.indexOf(head);
    return i >= 0 && i < fmEnd ? raw.slice(0, i).split('\n').length : 1;
  };
  const add = (value: unknown, field: string) => {
    if (typeof value === 'string' && value.trim()) out.push({ text: value, line: lineAt(value), field });
  };
  for (const f of PROSE_FIELDS) {
    const v = data[f];
    if (Array.isArray(v)) v.forEach((x) => add(x, f));
    else add(v, f);
  }
  for (const item of Array.isArray(data.selfCheck) ? data.selfCheck : []) add((item as { q?: unknown }).q, 'selfCheck.q');
  for (const item of Array.isArray(data.readings) ? data.readings : []) add((item as { note?: unknown }).note, 'readings.note');
  body.split('\n').forEach((line, i) => {
    const text = markdownText(line);
    if (text.trim()) out.push({ text, line: bodyLine + i, field: 'body' });
  });
  return out;
}

/** One line of Markdown reduced to the text a reader sees. */
export function markdownText(line: string): string {
  return line
    .replace(/^\s*(#{1,6}\s+|[-*+]\s+|\d+\.\s+|>\s*)/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/<[^>]+>/g, '');
}
