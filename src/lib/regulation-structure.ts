/**
 * Turns the lines of an official text into its structure: 编 → 章 → 节 → 条 → 款 → 项 → 目, or,
 * for part-structured documents (the 准则), preamble → parts "一、…" → 段 → closing.
 *
 * Pure: no Astro, no file system. The remark plugin feeds it the blocks of a regulation file;
 * tests feed it strings. Problems are collected, never thrown, so a build can name them all.
 */
import { clauseAnchor, clauseId, type ClauseId } from './clause-id.ts';
import { cnToInt } from './numerals.ts';

export type StructureKind = 'articles' | 'parts';

/** One block of source text: a heading or a paragraph, with its 1-based line in the file. */
export interface Block {
  text: string;
  line: number;
  /** Marked as a heading in the file (`## …`): 编/章/节 lines, or an unnumbered group heading. */
  heading?: boolean;
}

export interface Division {
  /** 编, 章, 节, or an unnumbered group of articles under a heading (廉洁自律准则). */
  kind: 'bian' | 'zhang' | 'jie' | 'group';
  number: number;
  /** "第一章", "第二编"; for a group its heading ("党员廉洁自律规范"). */
  label: string;
  /** "总则" */
  title: string;
  anchor: string;
  line: number;
  children: Division[];
  /** Article numbers directly under this division (not under its children). */
  articles: number[];
}

export interface Mu {
  number: number;
  text: string;
  line: number;
}

/** A citation written inside the unit's text, as a span to link (see citation-links.ts). */
export interface TextLink {
  start: number;
  end: number;
  target: string;
  raw: string;
  warning?: string;
}

export interface Item {
  number: number;
  /** "（三）" */
  label: string;
  id: ClauseId;
  anchor: string;
  /** Full text, label included, as in the source. */
  text: string;
  line: number;
  mu: Mu[];
  links?: TextLink[];
}

export interface Paragraph {
  number: number;
  id: ClauseId;
  anchor: string;
  /** Full text as in the source; for the first 款 it starts with "第X条". */
  text: string;
  line: number;
  items: Item[];
  links?: TextLink[];
}

export interface Article {
  kind: 'article' | 'part';
  number: number;
  /** "第七条" or "九、" */
  label: string;
  /** Part title ("严格党的组织生活制度"); absent for articles. */
  title?: string;
  id: ClauseId;
  anchor: string;
  line: number;
  /** Anchors of the enclosing divisions, outermost first. */
  divisions: string[];
  paragraphs: Paragraph[];
}

export interface RegulationStructure {
  reg: string;
  kind: StructureKind;
  /** Text before the first part (准则) — not numbered, not a clause. */
  preamble: Block[];
  /** Text after the last part (准则). */
  closing: Block[];
  divisions: Division[];
  articles: Article[];
  /** Citations inside the text, from 款/项 to clause (filled by citation-links.ts). */
  citations?: { from: string; to: string; raw: string; warning?: string }[];
  /** Citations inside the text that could not be resolved: reported, not linked. */
  citationIssues?: { line: number; raw: string; reason: string }[];
}

export interface StructureProblem {
  line: number;
  reason: string;
}

const CN = '[零一二三四五六七八九十百千]+';
const DIVISION = new RegExp(`^第(${CN})([编章节])(?:[\\s\\u3000]+(.*))?$`);
const ARTICLE = new RegExp(`^第(${CN})条(?:[\\s\\u3000]+|$)`);
const ARTICLE_LIKE = /^第\S{1,8}条[\s\u3000]/;
const PART = new RegExp(`^(${CN})、(.+)$`);
const ITEM = new RegExp(`^（(${CN})）`);
const MU = /^([1-9]\d*)[.．]/;

const DIVISION_KIND = { 编: 'bian', 章: 'zhang', 节: 'jie' } as const;
const DEPTH = { bian: 0, zhang: 1, jie: 2 } as const;

export interface ParseOptions {
  reg: string;
  kind: StructureKind;
  /** For parts: the opening words of the closing passage that follows the last part. */
  closing?: string | undefined;
  /** For articles: the text may open with an unnumbered preamble before the first heading or article. */
  preamble?: boolean | undefined;
}

/**
 * Parses the blocks of one regulation.
 * @example
 * parseRegulation([{ text: '第一条　为了……', line: 5 }], { reg: 'x', kind: 'articles' }).structure.articles[0].id
 * // 'x:1'
 */
export function parseRegulation(blocks: Block[], options: ParseOptions): { structure: RegulationStructure; problems: StructureProblem[] } {
  return options.kind === 'parts' ? parseParts(blocks, options) : parseArticles(blocks, options);
}

function parseArticles(blocks: Block[], { reg, preamble }: ParseOptions) {
  const problems: StructureProblem[] = [];
  const structure: RegulationStructure = { reg, kind: 'articles', preamble: [], closing: [], divisions: [], articles: [] };
  // Open divisions by depth: [编, 章, 节].
  const open: (Division | undefined)[] = [];
  const lastNumber: Record<Exclude<Division['kind'], 'group'>, number> = { bian: 0, zhang: 0, jie: 0 };
  let article: Article | undefined;
  let paragraph: Paragraph | undefined;
  let item: Item | undefined;
  let groups = 0;

  for (const block of blocks) {
    const text = block.text.trim();
    if (preamble && !article && !structure.divisions.length && !block.heading && !ARTICLE_LIKE.test(text) && !DIVISION.test(text)) {
      structure.preamble.push({ text, line: block.line });
      continue;
    }
    if (block.heading && !DIVISION.test(text)) {
      // An unnumbered heading over a group of articles: a division of its own, at the top level.
      if (structure.divisions.some((d) => d.kind !== 'group')) {
        problems.push({ line: block.line, reason: `heading "${text.slice(0, 16)}" is neither 编, 章 nor 节, in a text divided into them` });
        continue;
      }
      groups++;
      const node: Division = { kind: 'group', number: groups, label: text, title: '', anchor: `group-${groups}`, line: block.line, children: [], articles: [] };
      structure.divisions.push(node);
      open.length = 0;
      open[0] = node;
      article = paragraph = item = undefined;
      continue;
    }
    const division = DIVISION.exec(text);
    if (division) {
      const kind = DIVISION_KIND[division[2] as keyof typeof DIVISION_KIND];
      const number = cnToInt(division[1]!);
      if (number === null) {
        problems.push({ line: block.line, reason: `unreadable number in "${text.slice(0, 12)}"` });
        continue;
      }
      // 章 numbers run on across 编; 节 numbers restart in each 章.
      if (number !== lastNumber[kind] + 1) {
        problems.push({
          line: block.line,
          reason: `${text.slice(0, 8)} follows 第${lastNumber[kind]}${division[2]} (expected ${lastNumber[kind] + 1})`,
        });
      }
      lastNumber[kind] = number;
      if (kind === 'zhang') lastNumber.jie = 0;
      const depth = DEPTH[kind];
      const parent = open.slice(0, depth).reverse().find(Boolean);
      const anchor = kind === 'bian' ? `bian-${number}` : kind === 'zhang' ? `ch-${number}` : `ch-${lastNumber.zhang}-sec-${number}`;
      const node: Division = {
        kind,
        number,
        label: `第${division[1]}${division[2]}`,
        title: (division[3] ?? '').trim(),
        anchor,
        line: block.line,
        children: [],
        articles: [],
      };
      (parent ? parent.children : structure.divisions).push(node);
      open.length = depth;
      open[depth] = node;
      article = paragraph = item = undefined;
      continue;
    }

    const art = ARTICLE.exec(text);
    if (art || ARTICLE_LIKE.test(text)) {
      const number = art ? cnToInt(art[1]!) : null;
      if (number === null) {
        problems.push({ line: block.line, reason: `unreadable article number in "${text.slice(0, 12)}"` });
        continue;
      }
      const previous = structure.articles.at(-1)?.number ?? 0;
      if (structure.articles.some((a) => a.number === number)) {
        problems.push({ line: block.line, reason: `duplicate article number 第${art![1]}条` });
      } else if (number !== previous + 1) {
        problems.push({ line: block.line, reason: `article 第${art![1]}条 (${number}) out of order: expected ${previous + 1} after ${previous}` });
      }
      const ref = { reg, article: number };
      article = {
        kind: 'article',
        number,
        label: `第${art![1]}条`,
        id: clauseId(ref),
        anchor: clauseAnchor(ref),
        line: block.line,
        divisions: open.filter((d): d is Division => Boolean(d)).map((d) => d.anchor),
        paragraphs: [],
      };
      structure.articles.push(article);
      open.filter(Boolean).at(-1)?.articles.push(number);
      paragraph = newParagraph(reg, article, text, block.line, 'article');
      item = undefined;
      continue;
    }

    if (!article || !paragraph) {
      problems.push({ line: block.line, reason: `text outside any article: "${text.slice(0, 16)}"` });
      continue;
    }
    const xiang = ITEM.exec(text);
    if (xiang) {
      const number = cnToInt(xiang[1]!);
      if (number === null) {
        problems.push({ line: block.line, reason: `unreadable item number in "${text.slice(0, 8)}"` });
        continue;
      }
      const expected = (paragraph.items.at(-1)?.number ?? 0) + 1;
      if (number !== expected) problems.push({ line: block.line, reason: `item （${xiang[1]}） in ${article.label}: expected item ${expected}` });
      const ref = { reg, article: article.number, paragraph: paragraph.number, item: number };
      item = { number, label: `（${xiang[1]}）`, id: clauseId(ref), anchor: clauseAnchor(ref), text, line: block.line, mu: [] };
      paragraph.items.push(item);
      continue;
    }
    const mu = MU.exec(text);
    if (mu) {
      if (!item) {
        problems.push({ line: block.line, reason: `目 "${text.slice(0, 8)}" outside any item in ${article.label}` });
        continue;
      }
      item.mu.push({ number: Number(mu[1]), text, line: block.line });
      continue;
    }
    paragraph = newParagraph(reg, article, text, block.line, 'article');
    item = undefined;
  }
  if (!structure.articles.length) problems.push({ line: 1, reason: 'no article found (expected lines starting with 第一条)' });
  return { structure, problems };
}

function parseParts(blocks: Block[], { reg, closing }: ParseOptions) {
  const problems: StructureProblem[] = [];
  const structure: RegulationStructure = { reg, kind: 'parts', preamble: [], closing: [], divisions: [], articles: [] };
  let part: Article | undefined;
  let inClosing = false;
  for (const block of blocks) {
    const text = block.text.trim();
    if (closing && text.startsWith(closing)) inClosing = true;
    if (inClosing) {
      structure.closing.push({ text, line: block.line });
      continue;
    }
    const head = PART.exec(text);
    if (head && text.length <= 40) {
      const number = cnToInt(head[1]!);
      if (number === null) {
        problems.push({ line: block.line, reason: `unreadable part number in "${text.slice(0, 12)}"` });
        continue;
      }
      const previous = structure.articles.at(-1)?.number ?? 0;
      if (number !== previous + 1) problems.push({ line: block.line, reason: `part ${head[1]}、 (${number}) out of order: expected ${previous + 1}` });
      const ref = { reg, article: number };
      part = {
        kind: 'part',
        number,
        label: `${head[1]}、`,
        title: head[2]!.trim(),
        id: clauseId(ref),
        anchor: clauseAnchor(ref, 'part'),
        line: block.line,
        divisions: [],
        paragraphs: [],
      };
      structure.articles.push(part);
      continue;
    }
    if (ITEM.test(text) && !part) problems.push({ line: block.line, reason: `item "${text.slice(0, 8)}" outside any part` });
    if (!part) {
      structure.preamble.push({ text, line: block.line });
      continue;
    }
    newParagraph(reg, part, text, block.line, 'part');
  }
  if (closing && !inClosing) problems.push({ line: 1, reason: `closing passage starting "${closing}" not found` });
  if (!structure.articles.length) problems.push({ line: 1, reason: 'no part found (expected headings like 一、…)' });
  return { structure, problems };
}

function newParagraph(reg: string, article: Article, text: string, line: number, unit: 'article' | 'part'): Paragraph {
  const ref = { reg, article: article.number, paragraph: article.paragraphs.length + 1 };
  const paragraph: Paragraph = { number: ref.paragraph, id: clauseId(ref), anchor: clauseAnchor(ref, unit), text, line, items: [] };
  article.paragraphs.push(paragraph);
  return paragraph;
}

/** Formats problems as one line each: `file:line: reason`. */
export function formatProblems(file: string, problems: StructureProblem[]): string {
  return problems.map((p) => `${file}:${p.line}: ${p.reason}`).join('\n');
}

/** Every unit of a regulation in reading order, flattened: for the JSON data and lookups. */
export function articleText(article: Article): string {
  const lines: string[] = [];
  if (article.kind === 'part') lines.push(`${article.label}${article.title}`);
  for (const p of article.paragraphs) {
    lines.push(p.text);
    for (const it of p.items) {
      lines.push(it.text);
      for (const m of it.mu) lines.push(m.text);
    }
  }
  return lines.join('\n');
}

/** Clause ids that the text of these articles links to, without repeats. */
export function linkTargets(articles: Article[]): string[] {
  const ids = new Set<string>();
  for (const a of articles) for (const p of a.paragraphs) for (const u of [p, ...p.items]) for (const l of u.links ?? []) ids.add(l.target);
  return [...ids];
}

/**
 * How long a text is, as the regulation list and the page header say it.
 * @example sizeLabel(jilvChufen) // '3编11章，158条'
 */
export function sizeLabel(structure: RegulationStructure): string {
  if (structure.kind === 'parts') return `序言、${structure.articles.length}个部分和结语`;
  const tops = structure.divisions;
  const count = `${structure.articles.length}条`;
  if (!tops.length) return count;
  if (tops[0]!.kind === 'group') return `${structure.preamble.length ? '序言和' : ''}${tops.map((d) => `“${d.label}”`).join('、')}${tops.length}组，${count}`;
  if (tops[0]!.kind === 'bian') return `${tops.length}编${tops.reduce((n, b) => n + b.children.length, 0)}章，${count}`;
  return `${tops.length}章，${count}`;
}
