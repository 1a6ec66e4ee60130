/**
 * 引文核验: every citation in a draft (a 处分决定, a report, 对照检查材料), in reading order, each
 * with its status — `ok` (the clause exists; its full citation form), `missing` (no such clause;
 * the nearest valid one), `superseded` (a historical version, with the current version's
 * corresponding article; or a text the site marks 已修订), `ambiguous` (a short name several
 * regulations share, with no regulation named earlier: the candidates).
 *
 * The citations are read by the build's own parser and resolver, with the sentence rule of
 * content pages (citation-run.ts). What a draft adds:
 * - a regulation named earlier in the text is the default for what follows: 《条例》 after
 *   《中国共产党纪律处分条例》 means that one, as drafts write it (“以下简称《条例》”);
 * - pasted text is folded before reading: a line break or stray space inside a citation
 *   (“《中国共产党纪律\n处分条例》”, “第七十\n四条”) is dropped, and <条例>, 〈条例〉 read as 《条例》.
 *   Offsets in the result are positions in the draft as given.
 *
 * Pure, and small enough for the browser: the page feeds it the shapes of the regulations (no
 * text), and fetches clause texts for the results it shows.
 */
import { clauseId, parseClauseId, type ClauseId } from './clause-id.ts';
import type { CitationMatch } from './citation-parser.ts';
import { indexFromShapes, normaliseName, resolveCitation, type RegulationIndex, type RegulationShape } from './citation-resolver.ts';
import { readCitations, type CarryState } from './citation-run.ts';
import { citation } from './cite.ts';
import { intToCn } from './numerals.ts';
import { clausePath } from './url.ts';
import { parseKey } from './versions.ts';
import type { RegulationStructure } from './regulation-structure.ts';
import type { Pair, PairKind } from './version-align.ts';

export type CheckStatus = 'ok' | 'missing' | 'superseded' | 'ambiguous';
export const STATUSES: readonly CheckStatus[] = ['ok', 'missing', 'superseded', 'ambiguous'];

/** One version of a regulation on the site, as the checker needs it: names and shape, no text. */
export interface CheckRegulation {
  /** The key: the work's id for its current version, `work@year` for a historical one. */
  id: string;
  work: string;
  year?: string | undefined;
  title: string;
  shortTitle: string;
  aliases: string[];
  /** 现行有效 / 已修订 / 已废止 */
  status: string;
  /** What the site says of a text that is not 现行有效 (frontmatter `statusNote`). */
  statusNote?: string | undefined;
  kind: 'articles' | 'parts';
  /** [article number, number of 项 in each of its 款]. */
  articles: [number, number[]][];
}

export interface CheckData {
  regulations: CheckRegulation[];
  /** Historical version key → [its article, the current version's article (null: deleted), kind]. */
  counterparts: Record<string, [number, number | null, PairKind][]>;
}

/** The data, indexed once per page. */
export interface CheckSite {
  index: RegulationIndex;
  regulations: Map<string, CheckRegulation>;
  counterparts: Map<string, Map<number, { to: number | null; kind: PairKind }>>;
  /** Works whose current text is on the site (not only a superseded one). */
  currentOnSite: Set<string>;
}

/** A clause, named as a reader cites it. */
export interface CitedClause {
  id: ClauseId;
  /** The full citation form: 《中国共产党纪律处分条例》（2018年）第六十七条. */
  citation: string;
  /** Site path of the clause (without the base path). */
  path: string;
}

export interface CheckedCitation {
  /** Offsets in the draft as given; `raw` is the draft's text there (line breaks included). */
  start: number;
  end: number;
  raw: string;
  /**
   * The citation as read: line breaks and stray spaces dropped, brackets made 《》; for a clause in
   * the middle of a range, the whole range.
   */
  written: string;
  status: CheckStatus;
  /** The clause it resolved to (every status but `ambiguous`, and `missing`). */
  target?: CitedClause;
  /** Readings a careful author would want to know of: 第七条第三款 read as 第七条第（三）项 … */
  warnings: string[];
  /** How a short or absent name was read: “《条例》指前文的《中国共产党纪律处分条例》”. */
  readAs?: string;
  /** `missing`: what does not exist. `ambiguous`: what is unclear. */
  problem?: string;
  /** `missing`: the nearest valid clause. */
  nearest?: CitedClause;
  /** `ambiguous`: the regulations it could mean, with the clause where that one has it. */
  candidates?: { title: string; clause?: CitedClause }[];
  /** `superseded`, a historical version: the current version's corresponding article. */
  current?: { clause: CitedClause | null; kind: PairKind };
  /** `superseded`, a text the site marks 已修订 or 已废止: the site's note on it. */
  statusNote?: string;
  /** `superseded`: whether the current text of this regulation is on the site. */
  currentOnSite?: boolean;
}

/** A citation of a document that is not on the site (《中国共产党章程》第十条): not checked. */
export interface UncheckedCitation {
  start: number;
  end: number;
  raw: string;
  name: string;
}

export interface CheckResult {
  citations: CheckedCitation[];
  unchecked: UncheckedCitation[];
  counts: Record<CheckStatus, number>;
}

/** One version as the build has it: what {@link checkData} shapes for the page. */
export interface CheckSource {
  id: string;
  work: string;
  year?: string | undefined;
  current: boolean;
  title: string;
  shortTitle: string;
  aliases: string[];
  status: string;
  statusNote?: string | undefined;
  structure: RegulationStructure;
}

/**
 * The page's data from the parsed versions and, for each historical version (by key), its
 * alignment with the current version (older first, as src/data/versions.ts computes it).
 */
export function checkData(sources: CheckSource[], alignments: Map<string, Pair[]>): CheckData {
  const regulations = sources.map(
    (r): CheckRegulation => ({
      id: r.id,
      work: r.work,
      year: r.year,
      title: r.title,
      shortTitle: r.shortTitle,
      aliases: r.aliases,
      status: r.status,
      ...(r.statusNote ? { statusNote: r.statusNote } : {}),
      kind: r.structure.kind,
      articles: r.structure.articles.map((a) => [a.number, a.paragraphs.map((p) => p.items.length)]),
    }),
  );
  const counterparts: CheckData['counterparts'] = {};
  for (const [key, pairs] of alignments) counterparts[key] = pairs.filter((p) => p.from !== null).map((p) => [p.from!, p.to, p.kind]);
  return { regulations, counterparts };
}

/** Indexes the page's data once. */
export function prepareCheck(data: CheckData): CheckSite {
  const index = indexFromShapes(
    data.regulations.map((r): RegulationShape & { version?: string | undefined } => ({
      id: r.id,
      title: r.title,
      aliases: r.aliases,
      kind: r.kind,
      articles: new Map(r.articles),
      version: r.year,
    })),
  );
  const counterparts = new Map(Object.entries(data.counterparts).map(([key, pairs]) => [key, new Map(pairs.map(([from, to, kind]) => [from, { to, kind }]))]));
  const currentOnSite = new Set(data.regulations.filter((r) => r.status === '现行有效').map((r) => r.work));
  return { index, regulations: new Map(data.regulations.map((r) => [r.id, r])), counterparts, currentOnSite };
}

const SPACE = /[\s\u3000]/;
const ASCII_WORD = /[A-Za-z0-9]/;
/** Marks after which a line break ends a paragraph rather than wrapping a line. */
const PARAGRAPH_END = /[。！？；：]/;

/**
 * The draft as the parser reads it, with a map back to the draft's offsets. A line break inside
 * a line (text copied from a PDF or an e-mail breaks anywhere) is dropped; a blank line, or a
 * break after 。！？；：, ends a paragraph (kept as one "\n"). Spaces are dropped except between
 * two Latin letters or digits. <条例>, 〈条例〉, ＜条例＞ read as 《条例》.
 * @example normaliseDraft('《中国共产党纪律\n处分条例》第七十四条').text // '《中国共产党纪律处分条例》第七十四条'
 */
export function normaliseDraft(draft: string): { text: string; map: number[] } {
  const bracketed = draft.replace(/[<〈＜﹤]([^<>〈〉＜＞﹤﹥《》\n]{2,40})[>〉＞﹥]/g, (_, name: string) => `《${name}》`);
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < bracketed.length; ) {
    const ch = bracketed[i]!;
    if (!SPACE.test(ch)) {
      text += ch;
      map.push(i);
      i++;
      continue;
    }
    let j = i;
    let breaks = 0;
    while (j < bracketed.length && SPACE.test(bracketed[j]!)) if (bracketed[j++] === '\n') breaks++;
    const before = text.at(-1) ?? '';
    const after = bracketed[j] ?? '';
    if (breaks > 1 || (breaks === 1 && PARAGRAPH_END.test(before))) {
      if (text && j < bracketed.length) {
        text += '\n';
        map.push(i);
      }
    } else if (ASCII_WORD.test(before) && ASCII_WORD.test(after)) {
      text += ' ';
      map.push(i);
    }
    i = j;
  }
  return { text, map };
}

const workOf = (key: string) => parseKey(key)?.work ?? key;

/** The year a citation of this text names: a historical version's, or a superseded text's. */
function citeYear(r: CheckRegulation, site: CheckSite): string | undefined {
  const historical = parseKey(r.id)?.year !== undefined;
  return historical || r.status !== '现行有效' || !site.currentOnSite.has(r.work) ? r.year : undefined;
}

/** A clause id in its cited form. */
export function citedClause(id: ClauseId, site: CheckSite): CitedClause {
  const ref = parseClauseId(id)!;
  const r = site.regulations.get(ref.reg)!;
  const paragraphs = site.index.regulations.get(ref.reg)!.articles.get(ref.article) ?? [0];
  const article = {
    kind: r.kind === 'parts' ? ('part' as const) : ('article' as const),
    number: ref.article,
    label: `第${intToCn(ref.article)}条`,
    paragraphs,
  };
  return { id, citation: citation(r.title, article, ref.paragraph, ref.item, citeYear(r, site)), path: clausePath(ref, r.kind) };
}

/** The regulation's name as a reader would write it in a sentence: 《…》（2018年）. */
function bookName(key: string, site: CheckSite): string {
  const r = site.regulations.get(key)!;
  const year = citeYear(r, site);
  return `《${r.title}》${year ? `（${year}年）` : ''}`;
}

/** What does not exist, in words: 《…》没有第二十六条（全文共二十五条）. */
function missingReason(key: string, ref: { article: number; paragraph?: number | undefined; item?: number | undefined }, site: CheckSite): string {
  const shape = site.index.regulations.get(key)!;
  const unit = shape.kind === 'parts' ? '部分' : '条';
  const name = bookName(key, site);
  const paragraphs = shape.articles.get(ref.article);
  const art = `第${intToCn(ref.article)}${unit}`;
  if (!paragraphs) return `${name}没有${art}（全文共${intToCn(shape.articles.size)}${unit}）`;
  if (ref.paragraph !== undefined && ref.paragraph > paragraphs.length)
    return `${name}${art}只有${intToCn(paragraphs.length)}款，没有第${intToCn(ref.paragraph)}款`;
  const p = ref.paragraph ?? 1;
  const items = paragraphs[p - 1] ?? 0;
  const where = paragraphs.length > 1 ? `${art}第${intToCn(p)}款` : art;
  return items
    ? `${name}${where}只有${intToCn(items)}项，没有第（${intToCn(ref.item ?? 0)}）项`
    : `${name}${where}不分项，没有第（${intToCn(ref.item ?? 0)}）项`;
}

/** A part of a citation, read alone against one regulation. */
function resolvePart(match: CitationMatch, part: CitationMatch['parts'][number], reg: string, article: number | undefined, index: RegulationIndex) {
  return resolveCitation({ ...match, doc: { kind: 'none' }, parts: [part] }, { reg, defaultReg: reg, article }, index);
}

/**
 * Every citation in a draft, in reading order, with its status.
 * @example checkDraft('依据《中国共产党纪律处分条例》第七十四条', site).citations[0]
 * // { status: 'ok', target: { id: 'jilv-chufen:74', citation: '《中国共产党纪律处分条例》第七十四条', … }, … }
 */
export function checkDraft(draft: string, site: CheckSite): CheckResult {
  const { text, map } = normaliseDraft(draft);
  const citations: CheckedCitation[] = [];
  const unchecked: UncheckedCitation[] = [];
  const { index } = site;
  const span = (start: number, end: number) => {
    const from = map[start]!;
    const to = map[end - 1]! + 1;
    return { start: from, end: to, raw: draft.slice(from, to), written: text.slice(start, end) };
  };
  // The regulation named last (its work): the default for shared short names and bare citations.
  let named: string | undefined;
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    const ctx: { defaultReg?: string | undefined } = { defaultReg: named };
    const state: CarryState = {};
    // The article cited last in this sentence, for a bare 第二款 after it.
    let last: { reg: string; article: number; end: number } | undefined;
    for (const { match, resolution, carried } of readCitations(paragraph, ctx, index, state)) {
      const at = (start: number, end: number) => span(offset + start, offset + end);
      if (!resolution) {
        if (match.parts.length && match.doc.kind === 'named') unchecked.push({ ...at(match.start, match.end), name: match.doc.name });
        continue;
      }
      const name = match.doc.kind === 'named' ? normaliseName(match.doc.name) : undefined;
      const year = match.doc.kind === 'named' ? match.doc.year : undefined;
      // The regulations the name can mean (those with a version of the year, if it names one).
      const meant = name === undefined ? [] : (index.names.get(name) ?? []).filter((id) => !year || index.versions.get(id)?.has(year));
      const shared = meant.length > 1;
      if (match.doc.kind === 'named' && !shared && (resolution.reg ?? resolution.document)) named = workOf((resolution.reg ?? resolution.document)!);
      ctx.defaultReg = named;
      if (!match.parts.length) continue; // a document named, no clause
      if (last && paragraph.slice(last.end, match.start).includes('。')) last = undefined;

      // The regulation (or the candidates) the citation is read against.
      const reg = resolution.reg;
      let readAs: string | undefined;
      const warnings: string[] = [];
      let candidates: string[] | undefined;
      let problem: string | undefined;
      if (reg && shared && match.doc.kind === 'named') readAs = `《${match.doc.name}》按前文指${bookName(reg, site)}`;
      if (reg && match.doc.kind !== 'named' && !carried) {
        const self = match.doc.kind === 'self' ? `“${match.raw.slice(0, 3)}”` : '未写明法规名称';
        if (match.parts.some((p) => p.article !== null)) warnings.push(`${self}，按前文的${bookName(reg, site)}核验`);
      }
      if (!reg) {
        const ids = name !== undefined ? (index.names.get(name) ?? []) : [];
        const keys = year ? ids.flatMap((id) => index.versions.get(id)?.get(year) ?? []) : ids;
        if (year && !keys.length) {
          const versions = ids.map((id) => [...(index.versions.get(id)?.keys() ?? [])].sort().join('、')).join('；');
          problem = `本站未收录${year}年的《${match.doc.kind === 'named' ? match.doc.name : ''}》，无法核对（本站收录的是${versions}年文本）`;
        } else if (match.doc.kind === 'named') {
          candidates = keys;
          problem = `《${match.doc.name}》可能指${intToCn(keys.length)}部法规，前文没有写出全称`;
        } else {
          // No regulation named anywhere before: every regulation with articles may be meant.
          candidates = [...site.regulations.values()].filter((r) => !parseKey(r.id)?.year && r.kind === 'articles').map((r) => r.id);
          problem = `${match.doc.kind === 'self' ? `“${match.raw.slice(0, 3)}”` : '未写明法规名称'}，前文也没有写出法规全称`;
        }
      }

      match.parts.forEach((part, i) => {
        // A relative part (前款, 本条第二款, a bare 第二款) needs the article it stands in: in a
        // draft, only a 第二款 after a cited article in the same sentence has one.
        if (part.article === null && (part.previousParagraph || !last)) return;
        // A clause in the middle of a range (第二十条 of 第十九条至第二十二条) is not written out: it
        // stands where the range ends, and reads as the whole range.
        const written = part.start !== undefined ? part : match.parts.slice(i).find((p) => p.start !== undefined)!;
        const where = at(written.start!, written.end!);
        if (written !== part) where.written = paragraph.slice(match.parts.slice(0, i).findLast((p) => p.start !== undefined)!.start!, written.end!);
        const base = { ...where, warnings: [...warnings], ...(readAs ? { readAs } : {}) };
        const partReg = part.article === null ? last!.reg : reg;
        if (!partReg) {
          const options = (candidates ?? []).flatMap((key) => {
            const r = resolvePart(match, part, key, undefined, index);
            const clause = r.targets[0] ? citedClause(r.targets[0].id, site) : undefined;
            // Unnamed: only the regulations that have such a clause are candidates.
            if (!clause && match.doc.kind !== 'named') return [];
            return [{ title: bookName(key, site), ...(clause ? { clause } : {}) }];
          });
          if (candidates && !options.length) {
            citations.push({ ...base, status: 'missing', problem: `${problem}，本站法规也都没有这一条款` });
            return;
          }
          citations.push({ ...base, status: candidates ? 'ambiguous' : 'missing', problem: problem!, ...(candidates ? { candidates: options } : {}) });
          return;
        }
        const r = resolvePart(match, part, partReg, part.article === null ? last!.article : undefined, index);
        const target = r.targets[0];
        if (!target) {
          const ref = { article: part.article ?? last!.article, paragraph: part.paragraph, item: part.item };
          const p = r.problems[0];
          citations.push({
            ...base,
            status: 'missing',
            problem: missingReason(partReg, ref, site),
            ...(p?.nearest ? { nearest: citedClause(p.nearest, site) } : {}),
          });
          return;
        }
        if (target.warning) base.warnings.push(target.warning);
        last = { reg: partReg, article: target.ref.article, end: written.end! };
        const entry: CheckedCitation = { ...base, status: 'ok', target: citedClause(target.id, site) };
        const regulation = site.regulations.get(partReg)!;
        const historical = parseKey(partReg)?.year !== undefined;
        if (historical) {
          const pair = site.counterparts.get(partReg)?.get(target.ref.article);
          entry.status = 'superseded';
          entry.currentOnSite = site.currentOnSite.has(regulation.work);
          if (pair)
            entry.current = {
              clause: pair.to === null ? null : citedClause(clauseId({ reg: regulation.work, article: pair.to }), site),
              kind: pair.kind,
            };
        } else if (regulation.status !== '现行有效') {
          entry.status = 'superseded';
          entry.currentOnSite = site.currentOnSite.has(regulation.work);
          if (regulation.statusNote) entry.statusNote = regulation.statusNote;
        }
        citations.push(entry);
      });
    }
    offset += paragraph.length + 1;
  }
  citations.sort((a, b) => a.start - b.start);
  const counts = { ok: 0, missing: 0, superseded: 0, ambiguous: 0 };
  for (const c of citations) counts[c.status]++;
  return { citations, unchecked, counts };
}

export const STATUS_LABEL: Record<CheckStatus, string> = { ok: '正确', missing: '不存在', superseded: '非现行文本', ambiguous: '指向不明' };

/**
 * The summary line at the top of the results.
 * @example summaryLine(result) // '共5处引文：3处正确、1处不存在、1处引用非现行文本。'
 */
export function summaryLine(result: CheckResult): string {
  const { counts } = result;
  const total = result.citations.length;
  const parts = [
    `${counts.ok}处正确`,
    counts.missing && `${counts.missing}处不存在`,
    counts.superseded && `${counts.superseded}处引用非现行文本`,
    counts.ambiguous && `${counts.ambiguous}处指向不明`,
  ].filter(Boolean);
  const head = total ? `共${total}处引文：${parts.join('、')}。` : '没有找到本站法规的条文引用。';
  const rest = result.unchecked.length ? `另有${result.unchecked.length}处引用本站未收录的文件，未核验。` : '';
  return head + rest;
}

/**
 * The list of citations in standard form, one a line, in reading order, for pasting into a
 * document; what could not be confirmed says so.
 */
export function standardList(result: CheckResult): string {
  const lines = result.citations.map((c, i) => {
    const n = `${i + 1}. `;
    if (c.status === 'ok') return `${n}${c.target!.citation}`;
    if (c.status === 'superseded') {
      const now = c.current?.clause
        ? `，现行文本对应${c.current.clause.citation}`
        : c.current
          ? '，现行文本已删除此条'
          : c.currentOnSite
            ? ''
            : '，现行文本本站未收录';
      return `${n}${c.target!.citation}（非现行文本${now}）`;
    }
    if (c.status === 'missing') return `${n}原文“${c.written}”：${c.problem}${c.nearest ? `，最接近的是${c.nearest.citation}` : ''}`;
    return `${n}原文“${c.written}”：${c.problem}，待核实`;
  });
  return [`引文核验结果：${summaryLine(result)}`, ...lines].join('\n');
}

/** A unit of /data/regulations/<id>.json, as far as {@link clauseText} reads it. */
export interface DataUnit {
  kind: string;
  id: string | null;
  text: string;
}

/**
 * The official text of a clause from its regulation's published units: an article whole, a 款
 * with its 项 (and 目), a 项 with its 目.
 * @example clauseText(units, 'zhuti-zeren:7.1') // '第七条　…主要包括：\n（一）…'
 */
export function clauseText(units: DataUnit[], id: string): string | undefined {
  const at = units.findIndex((u) => u.id === id);
  if (at < 0) return undefined;
  const unit = units[at]!;
  if (unit.kind === 'article' || unit.kind === 'part') return unit.text;
  const lines = [unit.text];
  for (const u of units.slice(at + 1)) {
    if (u.kind === 'mu' || (unit.kind === 'paragraph' && u.kind === 'item')) lines.push(u.text);
    else break;
  }
  return lines.join('\n');
}
