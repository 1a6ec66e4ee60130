/**
 * Finds clause citations in running Chinese text: 《规定》第七条第三款, 第十九条至第二十二条,
 * 第五十条、第五十一条, 本条例第六十三条, 前款, 本条第二款, 前款第二项 …
 *
 * Pure syntax: it says what the text names (a document by name or by 本规定, article, 款, 项,
 * relative forms), not whether the clause exists. {@link resolveCitation} in citation-resolver.ts
 * turns a match into clause ids against the real structure.
 */
import { cnToInt } from './numerals.ts';

/** How the text names the document, if at all. */
export type DocName = { kind: 'named'; name: string; year?: string } | { kind: 'self' } | { kind: 'none' };

export interface ArticlePart {
  /** Article number; null for "前款" / "本条第二款" (the current article). */
  article: number | null;
  paragraph?: number;
  /** "前款": the paragraph before the current one. */
  previousParagraph?: boolean;
  item?: number;
  /** Where this part is written, when it is written out (not for the middle of a range). */
  start?: number;
  end?: number;
}

export interface CitationMatch {
  start: number;
  end: number;
  /** The text as written. */
  raw: string;
  doc: DocName;
  /** Empty for a bare document name (《规定》, 本规定). */
  parts: ArticlePart[];
}

const N = '[零一二三四五六七八九十百千]+|[0-9]+';
const LB = '[（(]';
const RB = '[）)]';
const SELF = '本条例|本规定|本准则|本规则|本办法|本细则';
/** A version named by its year: 2018年《条例》…, or 《条例》（2018年）… */
const YEAR_BEFORE = /(\d{4})年$/;
const YEAR_AFTER = /[（(](\d{4})年(?:版|修订|修正|修订版)?[）)]/y;
const START = new RegExp(`《([^》]{2,40})》|(${SELF})|(本条)|(前款)|第(${N})条|第(${N})款`, 'g');
const ARTICLE = new RegExp(`第(${N})条`, 'y');
const PARAGRAPH = new RegExp(`第(${N})款`, 'y');
const ITEM = new RegExp(`第?${LB}(${N})${RB}项?|第(${N})项`, 'y');
const RANGE = new RegExp(`至第(${N})条`, 'y');
const LIST_SEP = /或者|以及|[、和及与或]/y;

const num = (s: string) => (/^[0-9]+$/.test(s) ? Number(s) : cnToInt(s));

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** After an article (or 款), read an optional 款 and 项. Returns the new position. */
function readTail(text: string, pos: number, part: ArticlePart, allowParagraph = true): number {
  const p = allowParagraph ? at(PARAGRAPH, text, pos) : null;
  if (p && num(p[1]!) !== null) {
    part.paragraph = num(p[1]!)!;
    pos = PARAGRAPH.lastIndex;
  }
  const i = at(ITEM, text, pos);
  if (i) {
    const n = num(i[1] ?? i[2]!);
    if (n !== null) {
      part.item = n;
      pos = ITEM.lastIndex;
    }
  }
  return pos;
}

/** Reads 第N条[第M款][第（K）项], then ranges (至第N条) and lists (、第N条 …). */
function readArticles(text: string, pos: number, parts: ArticlePart[]): number {
  for (;;) {
    const a = at(ARTICLE, text, pos);
    const n = a ? num(a[1]!) : null;
    if (!a || n === null) return pos;
    const part: ArticlePart = { article: n, start: pos };
    pos = readTail(text, ARTICLE.lastIndex, part);
    part.end = pos;
    parts.push(part);
    const r = at(RANGE, text, pos);
    if (r && num(r[1]!) !== null && part.paragraph === undefined) {
      const last = num(r[1]!)!;
      for (let k = n + 1; k <= last && k - n < 200; k++) parts.push(k === last ? { article: k, start: pos + 1, end: RANGE.lastIndex } : { article: k });
      pos = RANGE.lastIndex;
    }
    const sep = at(LIST_SEP, text, pos);
    if (!sep || !at(ARTICLE, text, LIST_SEP.lastIndex)) return pos;
    pos = LIST_SEP.lastIndex;
  }
}

/**
 * Every citation in a text, left to right.
 * @example findCitations('《规定》第七条第三款对此作出规定')[0].parts // [{ article: 7, paragraph: 3 }]
 */
export function findCitations(text: string): CitationMatch[] {
  const found: CitationMatch[] = [];
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text))) {
    const start = m.index;
    let pos = START.lastIndex;
    const parts: ArticlePart[] = [];
    let doc: DocName = { kind: 'none' };
    let begin = start;
    if (m[1] !== undefined || m[2] !== undefined) {
      doc = m[1] !== undefined ? { kind: 'named', name: m[1] } : { kind: 'self' };
      if (doc.kind === 'named') {
        const before = YEAR_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
        const after = at(YEAR_AFTER, text, pos);
        if (after) {
          doc.year = after[1]!;
          pos = YEAR_AFTER.lastIndex;
        } else if (before) {
          doc.year = before[1]!;
          begin = start - before[0].length;
        }
      }
      pos = readArticles(text, pos, parts);
      // The document name (and its year) belongs to the first link: 《规定》第五条 is one link.
      if (parts[0]) parts[0].start = begin;
    } else if (m[3] !== undefined) {
      // 本条 / 本条第二款: the current article. "本条例" was matched above.
      const part: ArticlePart = { article: null, start };
      pos = readTail(text, pos, part);
      part.end = pos;
      if (part.paragraph === undefined && part.item === undefined) continue; // bare 本条 refers to itself: no link
      parts.push(part);
    } else if (m[4] !== undefined) {
      const part: ArticlePart = { article: null, previousParagraph: true, start };
      pos = readTail(text, pos, part, false);
      part.end = pos;
      parts.push(part);
    } else if (m[5] !== undefined) {
      pos = readArticles(text, start, parts);
      if (!parts.length) continue;
    } else {
      const n = num(m[6]!);
      if (n === null) continue;
      const part: ArticlePart = { article: null, paragraph: n, start };
      pos = readTail(text, pos, part, false);
      part.end = pos;
      parts.push(part);
    }
    found.push({ start: begin, end: pos, raw: text.slice(begin, pos), doc, parts });
    START.lastIndex = pos;
  }
  return found;
}
