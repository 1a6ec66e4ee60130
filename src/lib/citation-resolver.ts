/**
 * Resolves what {@link findCitations} read to clause ids, against the shapes of the regulations
 * on the site. Short names (《规定》, 《条例》) resolve through aliases; a name several
 * regulations share resolves to the page's default regulation. The colloquial 第七条第三款, for an
 * article with one 款 that has items, resolves to item （三） with a warning.
 */
import { clauseId, parseClauseId, type ClauseId, type ClauseRef } from './clause-id.ts';
import type { CitationMatch } from './citation-parser.ts';
import { intToCn } from './numerals.ts';
import type { RegulationStructure } from './regulation-structure.ts';
import { parseKey } from './versions.ts';

export interface RegulationShape {
  id: string;
  title: string;
  aliases: string[];
  /** Articles, or the numbered parts of a part-structured document (the 准则). */
  kind: 'articles' | 'parts';
  /** Paragraph count and items per paragraph, by article number. */
  articles: Map<number, number[]>;
}

export interface RegulationIndex {
  regulations: Map<string, RegulationShape>;
  /** Normalised name → regulation ids carrying it (current versions only). */
  names: Map<string, string[]>;
  /** Work id → (version year → key of that version); the current version's key is the work id. */
  versions: Map<string, Map<string, string>>;
}

export interface CitationContext {
  /** The regulation whose own text this is (for 本条例, 前款, 第二款). */
  reg?: string | undefined;
  article?: number | undefined;
  paragraph?: number | undefined;
  /** The regulation a page is about, for citations that name none or a shared short name. */
  defaultReg?: string | undefined;
}

export interface Target {
  id: ClauseId;
  ref: ClauseRef;
  warning?: string;
  /** Where the text names this target, if it is written out. */
  start?: number;
  end?: number;
}

export interface Resolution {
  targets: Target[];
  /** A bare document name (《规定》) resolves to the whole regulation. */
  document?: string;
  /** Why some part did not resolve, with the nearest valid clause. */
  problems: { reason: string; nearest?: ClauseId }[];
  /** The regulation the citation was read against. */
  reg?: string;
}

/** 党委(党组) and 党委（党组） are the same name; so are names with stray spaces. */
export const normaliseName = (name: string) =>
  name
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[\s《》]/g, '');

/**
 * Builds the index from parsed structures and the names each regulation goes by. Names point at
 * current versions; a historical version (key `work@year`) is reached through its year.
 * `version` is the year of the version a file holds (for the current one, its own year).
 */
export function buildIndex(
  entries: { id: string; title: string; aliases: string[]; structure: RegulationStructure; version?: string | undefined }[],
): RegulationIndex {
  return indexFromShapes(
    entries.map((e) => ({
      id: e.id,
      title: e.title,
      aliases: e.aliases,
      kind: e.structure.kind,
      articles: new Map(e.structure.articles.map((a) => [a.number, a.paragraphs.map((p) => p.items.length)])),
      version: e.version,
    })),
  );
}

/**
 * The same index from shapes alone (no text): what a page needs to resolve citations in the
 * browser without the regulations' full structure (the 引文核验 tool).
 * @example indexFromShapes([{ id: 'wenze', title: '中国共产党问责条例', aliases: ['条例'], kind: 'articles', articles: new Map([[1, [0]]]) }])
 */
export function indexFromShapes(entries: (RegulationShape & { version?: string | undefined })[]): RegulationIndex {
  const regulations = new Map<string, RegulationShape>();
  const names = new Map<string, string[]>();
  const versions = new Map<string, Map<string, string>>();
  for (const e of entries) {
    regulations.set(e.id, { id: e.id, title: e.title, aliases: e.aliases, kind: e.kind, articles: e.articles });
    const key = parseKey(e.id);
    const work = key?.work ?? e.id;
    if (e.version) versions.set(work, (versions.get(work) ?? new Map()).set(e.version, e.id));
    if (key?.year) continue;
    for (const name of new Set([e.title, ...e.aliases].map(normaliseName))) names.set(name, [...(names.get(name) ?? []), e.id]);
  }
  return { regulations, names, versions };
}

/** The key of a version: `jilv-chufen@2023` (the current one written with its year) → `jilv-chufen`. */
export function canonicalKey(key: string, index: RegulationIndex): string {
  const k = parseKey(key);
  if (!k?.year) return key;
  return index.versions.get(k.work)?.get(k.year) ?? key;
}

/** A clause id with its regulation key made canonical: jilv-chufen@2023:74 → jilv-chufen:74. */
export function canonicalClause(id: string, index: RegulationIndex): string {
  const ref = parseClauseId(id);
  return ref ? `${canonicalKey(ref.reg, index)}${id.slice(ref.reg.length)}` : id;
}

/** Years of the versions of a work on the site, oldest first. */
const yearsOf = (work: string, index: RegulationIndex) => [...(index.versions.get(work)?.keys() ?? [])].sort();

function regulationFor(match: CitationMatch, ctx: CitationContext, index: RegulationIndex): { reg?: string; problem?: string } {
  if (match.doc.kind === 'self')
    return (ctx.reg ?? ctx.defaultReg) ? { reg: (ctx.reg ?? ctx.defaultReg)! } : { problem: `${match.raw}: 不知道“本规定/本条例”指哪部法规` };
  if (match.doc.kind === 'named') {
    let ids = index.names.get(normaliseName(match.doc.name)) ?? [];
    const year = match.doc.year;
    if (year && ids.length) {
      // 2018年《条例》: the version of that year, of whichever named work has one.
      const withYear = ids.filter((id) => index.versions.get(id)?.has(year));
      if (!withYear.length)
        return {
          problem: `${year}年《${match.doc.name}》: no version of ${year} on this site (${ids.map((id) => `${id}: ${yearsOf(id, index).join('、') || 'one undated version'}`).join('; ')})`,
        };
      ids = withYear.map((id) => index.versions.get(id)!.get(year)!);
    }
    if (ids.length === 1) return { reg: ids[0]! };
    if (ids.length > 1) {
      const preferred = [ctx.defaultReg, ctx.reg].find((r) => r && ids.includes(r));
      return preferred ? { reg: preferred } : { problem: `《${match.doc.name}》 could mean ${ids.join(' or ')}: set the page's default regulation` };
    }
    return { problem: `《${match.doc.name}》 is not a regulation on this site` };
  }
  const reg = ctx.reg ?? ctx.defaultReg;
  return reg ? { reg } : { problem: `${match.raw}: no regulation named and the page has no default regulation` };
}

/**
 * @example resolveCitation(findCitations('《规定》第七条第三款')[0], {}, index).targets[0]
 * // { id: 'zhuti-zeren:7.1.3', warning: '第七条只有一款…' }
 */
export function resolveCitation(match: CitationMatch, ctx: CitationContext, index: RegulationIndex): Resolution {
  const { reg, problem } = regulationFor(match, ctx, index);
  if (!reg) return { targets: [], problems: [{ reason: problem! }] };
  const shape = index.regulations.get(reg)!;
  if (!match.parts.length) return { targets: [], document: reg, problems: [], reg };
  const targets: Target[] = [];
  const problems: Resolution['problems'] = [];
  for (const part of match.parts) {
    const article = part.article ?? (reg === ctx.reg ? ctx.article : undefined);
    if (article === undefined) {
      problems.push({ reason: `${match.raw}: a relative reference (前款, 第X款) needs the article it stands in` });
      continue;
    }
    const paragraphs = shape.articles.get(article);
    if (!paragraphs) {
      const last = Math.max(...shape.articles.keys());
      problems.push({
        reason: `《${shape.title}》 has no 第${intToCn(article)}条 (it ends at 第${intToCn(last)}条)`,
        nearest: clauseId({ reg, article: Math.min(article, last) }),
      });
      continue;
    }
    let paragraph = part.paragraph;
    if (part.previousParagraph) {
      const current = part.article === null ? ctx.paragraph : undefined;
      if (!current || current < 2) {
        problems.push({ reason: `${match.raw}: 前款 in the first 款 of an article`, nearest: clauseId({ reg, article }) });
        continue;
      }
      paragraph = current - 1;
    }
    let item = part.item;
    let warning: string | undefined;
    if (paragraph !== undefined && item === undefined && paragraphs.length === 1 && paragraph > 1 && (paragraphs[0] ?? 0) >= paragraph) {
      // 第七条第三款 written for 第七条第（三）项: real authors do this.
      warning = `第${intToCn(article)}条只有一款，“第${intToCn(paragraph)}款”按第（${intToCn(paragraph)}）项解析`;
      item = paragraph;
      paragraph = 1;
    }
    if (paragraph !== undefined && paragraph > paragraphs.length) {
      problems.push({ reason: `第${intToCn(article)}条 has ${paragraphs.length} 款, not 第${intToCn(paragraph)}款`, nearest: clauseId({ reg, article }) });
      continue;
    }
    if (item !== undefined) {
      paragraph ??= 1;
      if (item > (paragraphs[paragraph - 1] ?? 0)) {
        problems.push({
          reason: `第${intToCn(article)}条第${intToCn(paragraph)}款 has no 第（${intToCn(item)}）项`,
          nearest: clauseId({ reg, article, paragraph }),
        });
        continue;
      }
    }
    const ref: ClauseRef = { reg, article, ...(paragraph !== undefined ? { paragraph } : {}), ...(item !== undefined ? { item } : {}) };
    targets.push({ id: clauseId(ref), ref, ...(warning ? { warning } : {}), ...(part.start !== undefined ? { start: part.start, end: part.end! } : {}) });
  }
  return { targets, problems, reg };
}

/**
 * Checks that a clause id names a clause that exists, for the explicit `clause:` form and for
 * clause ids in frontmatter. Returns the reason and the nearest valid clause when it does not.
 * @example checkClause('zhuti-zeren:26', index) // { reason: '… ends at 第二十五条', nearest: 'zhuti-zeren:25' }
 */
export function checkClause(id: string, index: RegulationIndex): { reason: string; nearest?: ClauseId } | null {
  const ref = parseClauseId(id);
  if (!ref) return { reason: `"${id}" is not a clause id (write <reg-id>:<article>[.<款>[.<项>]], e.g. zhuti-zeren:7.1.3)` };
  const reg = canonicalKey(ref.reg, index);
  const shape = index.regulations.get(reg);
  if (!shape) return { reason: `no regulation "${ref.reg}" (known: ${[...index.regulations.keys()].join(', ')})` };
  ref.reg = reg;
  const unit = shape.kind === 'parts' ? '部分' : '条';
  const paragraphs = shape.articles.get(ref.article);
  if (!paragraphs) {
    const last = Math.max(...shape.articles.keys());
    return {
      reason: `《${shape.title}》 has no 第${intToCn(ref.article)}${unit} (it ends at 第${intToCn(last)}${unit})`,
      nearest: clauseId({ reg: ref.reg, article: Math.min(ref.article, last) }),
    };
  }
  if (ref.paragraph !== undefined && ref.paragraph > paragraphs.length)
    return {
      reason: `第${intToCn(ref.article)}${unit} has ${paragraphs.length} 款, not 第${intToCn(ref.paragraph)}款`,
      nearest: clauseId({ reg: ref.reg, article: ref.article }),
    };
  if (ref.item !== undefined && ref.item > (paragraphs[ref.paragraph! - 1] ?? 0))
    return {
      reason: `第${intToCn(ref.article)}${unit}第${intToCn(ref.paragraph!)}款 has no 第（${intToCn(ref.item)}）项`,
      nearest: clauseId({ reg: ref.reg, article: ref.article, paragraph: ref.paragraph! }),
    };
  return null;
}
