/**
 * The search page's logic that does not need a browser: URL state, grouping of results by type,
 * glossary suggestions for an empty result, the query run with its variants. Unit-tested;
 * src/scripts/search-page.ts wires it up and the relevance suite runs the same search in Node.
 */
import { markAll, marksFor } from './highlight-terms.ts';
import { highlightParams, mergeVariantResults, queryVariants, type Scored } from './search-keywords.ts';
import { intToCn } from './numerals.ts';
import { queryParts, rerank, type Candidate } from './search-rank.ts';
import { readArticleRef, readQuery, type RegulationNames } from './search-query.ts';

/**
 * Pagefind ranking, tuned with the relevance suite: long article pages should not lose to short
 * glossary entries that quote them, so page length counts for less than by default (0.55 instead of 0.75).
 */
export const RANKING = { pageLength: 0.55 };

/** Records opened (and their excerpts loaded) per page of results: a text is one, however many articles it lists. */
export const PAGE = 8;

export const FILTER_KEYS = ['type', 'regulation', 'region', 'year', 'subject', 'tag', 'version'] as const;

/**
 * 版本: without a choice a reader sees current texts (and everything that is not a regulation
 * text); `历史` shows historical versions only, `全部` every version. The historical texts are a
 * second index (/pagefind-history/), loaded only when asked for, so the facet is not a Pagefind
 * filter: it picks the indexes searched.
 */
export const VERSION_ALL = '全部';
export const VERSION_HISTORY = '历史';

/** The Pagefind filters a state asks for: every facet but the version, which picks the indexes. */
export function pagefindFilters(filters: Record<string, string>): Record<string, string> {
  const { version: _version, ...out } = filters;
  return out;
}

export interface SearchState {
  q: string;
  filters: Record<string, string>;
  sort: '' | 'date';
}

/**
 * @example parseState('?q=%E6%B8%85%E5%8D%95&region=河南省&x=1') // { q: '清单', filters: { region: '河南省' }, sort: '' }
 */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k)?.trim();
    if (v) filters[k] = v;
  }
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : '' };
}

/** The query string for a state, in a fixed key order so equal states give equal URLs. */
export function stateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const k of FILTER_KEYS) if (state.filters[k]) params.set(k, state.filters[k]);
  if (state.sort) params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface ResultLike {
  url: string;
  meta: Record<string, string | undefined>;
}

const GROUP_LABELS: Record<string, string> = { 条文: '条文与解读', 案例: '实践案例', 专题: '学习专题', 术语: '术语' };

/**
 * Groups results by kind (meta.kind), keeping Pagefind's order inside each group; groups come in
 * the order of their best hit, so the most relevant kind is first. With `byDate`, one group.
 */
export function groupResults<T extends ResultLike>(results: T[], byDate = false): { kind: string; label: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const r of results) {
    const kind = byDate ? '案例' : (r.meta.kind ?? '其他');
    groups.set(kind, [...(groups.get(kind) ?? []), r]);
  }
  return [...groups].map(([kind, items]) => ({ kind, label: GROUP_LABELS[kind] ?? kind, items }));
}

/**
 * Terms to suggest when nothing matched: those sharing a two-character word with the query,
 * else none.
 * @example glossarySuggestions('清单管理', terms).map((t) => t.term) // ['责任清单']
 */
export function glossarySuggestions<T extends { term: string; aliases: string[] }>(q: string, terms: T[], max = 6): T[] {
  const chars = q.replace(/[\s\p{P}]/gu, '');
  const pairs = new Set<string>();
  for (let i = 0; i < chars.length - 1; i++) pairs.add(chars.slice(i, i + 2));
  if (!pairs.size) return [];
  return terms.filter((t) => [t.term, ...t.aliases].some((name) => [...pairs].some((p) => name.includes(p)))).slice(0, max);
}

/**
 * A result's excerpt as the page shows it: Pagefind's marks (which fall on single characters:
 * 谈, 心) replaced by the query's terms, whole where the excerpt has them, and their synonyms
 * only whole ({@link marksFor}); the joints Pagefind writes between blocks (“. ”) as a
 * full-width space, and no stray punctuation at the start.
 * @example excerptHtml('<mark>谈</mark><mark>心</mark><mark>谈话</mark>。', '谈心谈话', (t) => [t]) // '<mark>谈心谈话</mark>。'
 */
export function excerptHtml(excerpt: string, q: string, split: (t: string) => string[]): string {
  const plain = excerpt
    .replace(/<\/?mark>/g, '')
    .replace(/([\u4e00-\u9fff”）》])\. /g, '$1　')
    .replace(/^[\s.。，、；：,;:]+/, '');
  const { hl, hs } = highlightParams(q);
  return markAll(plain, marksFor(hl, hs, plain, split));
}

/** For text put into innerHTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface PagefindLike<R> {
  search: (q: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<{ results: R[] } | null>;
}

/** A section of a result (Pagefind's sub-result): in a text record, one article. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string };
  weighted_locations?: { balanced_score: number }[];
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
  /** The record's text (a text record's sections one after another, each starting `第N条. `). */
  content?: string;
  anchors?: { id: string; text: string; location: number }[];
}

/** A result as the search returns it: Pagefind's, or an article asked for by number. */
export interface SearchHit extends Scored {
  data: () => Promise<ResultData>;
  /** On the hits of a search that named a version: only that version's articles count. */
  edition?: string;
  /** Where it ranks ({@link rerank}): 0 asked for by number or term, 1 in a named regulation, 2 the rest. */
  tier?: number;
  /** The words it was found with, when not the query as typed (a named regulation's search). */
  q?: string;
}

/**
 * What a text record's meta says of its sections (src/plugins/pagefind.ts writes it), per article
 * number: the 解读's title (`t`), its 责任主体 (`s`), the older versions' articles its text is word
 * for word (`e`: `2018:67`), its version label when it differs from the record's (`v`), its
 * heading when it is not 第N条 (`h`).
 */
export type SectionInfo = Record<string, { t?: string; s?: string[]; e?: string[]; v?: string; h?: string }>;

/** One result as the page lists it: an article (from its text's record), a case, topic or term. */
export interface Entry {
  id: string;
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** The indexes a state searches: the everyday one, the historical texts' one, or both. */
export type HistoryIndex<R> = () => Promise<PagefindLike<R>>;

/**
 * Runs a search as the site does: the query as typed, plus its colloquial variants
 * ({@link queryVariants}: 一把手 → 第一责任人 …) merged in after it; filter-only when the query is
 * empty; sorted by date when asked (then without variants, to keep the order). Searches the
 * index(es) the version facet picks: `history` loads the historical texts' index when asked.
 * The hits are records (a text is one, with its articles inside: {@link expandHits}).
 */
export async function runSearch<R extends SearchHit>(
  pf: PagefindLike<R>,
  state: SearchState,
  regs: readonly RegulationNames[] = [],
  history?: HistoryIndex<R>,
): Promise<R[] | null> {
  const filters = pagefindFilters(state.filters);
  if (state.sort === 'date' && !filters.type) filters.type = '案例';
  const sort = state.sort === 'date' ? { sort: { date: 'desc' as const } } : {};
  const version = state.filters.version ?? '';
  const older = async () => (history ? [await history()] : []);
  const targets = version === VERSION_HISTORY ? await older() : version === VERSION_ALL ? [pf, ...(await older())] : [pf];
  const one = async (p: PagefindLike<R>, q: string | null, f: Record<string, string>) => {
    const main = await p.search(q, { filters: f, ...sort });
    if (!main) return null;
    if (!q || state.sort) return main.results;
    const variants = await Promise.all(queryVariants(q).map((v) => p.search(v, { filters: f, ...sort })));
    return mergeVariantResults([main.results, ...variants.map((v) => v?.results ?? [])]);
  };
  const withVariants = async (q: string | null, f: Record<string, string>, among: PagefindLike<R>[] = targets) => {
    const lists = await Promise.all(among.map((p) => one(p, q, f)));
    if (lists.some((l) => !l)) return null;
    // Two indexes: one list, by score (each index ranks its own; the scales are alike).
    return lists.length === 1 ? lists[0]! : lists.flatMap((l) => l!).sort((a, b) => b.score - a.score);
  };
  const found = await withVariants(state.q || null, filters);
  if (!found || !state.q || state.sort) return found;
  // Each kind's best is among the first page's records: a text (long, so Pagefind ranks it below
  // the short cases that quote it), the best cases and the best topic (which many text records,
  // each matching the query's single characters, can push off the page). {@link rerank} then
  // orders them by how much of the query they hold.
  // (The words as typed only: a variant's best would rank below them anyway.)
  const best = async (type: string, n: number) => {
    if (filters.type && filters.type !== type && !(type === '条文' && filters.type === '解读')) return [];
    const lists = await Promise.all(targets.map((p) => p.search(state.q, { filters: { ...filters, type: filters.type ?? type } })));
    return lists
      .flatMap((l) => l?.results ?? [])
      .sort((a, b) => b.score - a.score)
      .slice(0, n);
  };
  const promoted = (await Promise.all([best('条文', 1), best('案例', 2), best('专题', 1)])).flat();
  const all = found;
  const firstThen = (...lists: R[][]) => onFirstPage(firstOf(...lists), promoted);
  // An article asked for by number (纪律处分条例74条, 第七十四条) comes first, before the words;
  // a query that is a glossary term (or one of its other names) puts its definition next.
  const direct = [...articleHits(pf, history, state.q, state.filters, regs), ...(await termHits(pf, state.q, state.filters))].map((r) => ({
    ...r,
    tier: 0,
  })) as R[];
  if (state.filters.regulation) return firstThen(direct, all);
  // A query that names a regulation (and a version by its year) ranks those texts first.
  const reading = readQuery(state.q, regs);
  if (!reading.filters.regulation) return firstThen(direct, all);
  const named: Record<string, string> = { ...filters, ...reading.filters };
  const edition = named.edition;
  const reg = regs.find((r) => r.shortTitle === named.regulation);
  // A year asks for the text of that version: a historical one is in the other index, and the
  // current text's articles that it kept word for word stand for it too.
  const among = edition && edition !== reg?.current ? [pf, ...(await older())] : edition ? [pf] : targets;
  const first = ((await withVariants(reading.q || null, named, among)) ?? []).map((r) => ({ ...r, tier: 1, q: reading.q, ...(edition ? { edition } : {}) }));
  return firstThen(direct, first, all);
}

/**
 * The list with `hits` on its first page: those further down take the page's last places (the
 * results they displace open on the next page), never before an article asked for by number or
 * a named regulation's hits.
 */
function onFirstPage<R extends SearchHit>(list: R[], hits: R[]): R[] {
  const first = new Set(list.slice(0, PAGE).map((r) => r.id));
  const missing = [...new Map(hits.filter((h) => !first.has(h.id)).map((h) => [h.id, h])).values()];
  if (!missing.length) return list;
  const moved = new Set(missing.map((h) => h.id));
  const rest = list.filter((r) => !moved.has(r.id));
  const keep = Math.max(PAGE - missing.length, rest.filter((r) => (r.tier ?? 2) < 2).length);
  return [...rest.slice(0, keep), ...missing.map((h) => list.find((r) => r.id === h.id) ?? h), ...rest.slice(keep)];
}

/** The lists one after another, each result once, at its first place. */
function firstOf<R extends Scored>(...lists: R[][]): R[] {
  const seen = new Set<string>();
  return lists.flat().filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
}

/** The glossary record whose term or alias is the query, unless the filters rule terms out. */
async function termHits<R extends Scored>(pf: PagefindLike<R>, q: string, filters: Record<string, string>): Promise<R[]> {
  if (/\s/.test(q) || q.length > 16 || (filters.type && filters.type !== '术语') || filters.regulation || filters.version === VERSION_HISTORY) return [];
  return (await pf.search(null, { filters: { term: q } }))?.results ?? [];
}

/**
 * The articles a query asks for by number ({@link readArticleRef}), in the texts' order: the
 * named regulation's (of the named version), or that number in every text the filters allow.
 * Each is found without a search (the names list knows each text's articles); its excerpt is
 * read from its text's record when the result is shown.
 */
function articleHits<R extends SearchHit>(
  pf: PagefindLike<R>,
  history: HistoryIndex<R> | undefined,
  q: string,
  filters: Record<string, string>,
  regs: readonly RegulationNames[],
): SearchHit[] {
  const ref = readArticleRef(q, regs);
  if (!ref || (filters.type && filters.type !== '条文' && filters.type !== '解读')) return [];
  const regulation = ref.filters.regulation ?? filters.regulation;
  const edition = ref.filters.edition;
  const version = filters.version ?? '';
  const out: SearchHit[] = [];
  for (const r of regs) {
    if (regulation && r.shortTitle !== regulation) continue;
    for (const t of r.texts ?? []) {
      const wanted = edition ? t.year === edition : version === VERSION_ALL || (version === VERSION_HISTORY ? !t.current : t.current);
      if (!wanted || ref.article > t.articles || (!t.current && !history)) continue;
      out.push({
        id: `article:${t.path}${ref.article}/`,
        score: Number.POSITIVE_INFINITY,
        data: () => articleData(t.current ? pf : history!, r, t, ref.article, pf),
      });
    }
  }
  return out;
}

/**
 * An article asked for by number: read from the record of its text. A version's article whose
 * text a newer version kept word for word is in the newer text's record (its meta says
 * `2018:67`): the hit opens that page, as a search for its words would.
 */
async function articleData<R extends SearchHit>(
  source: PagefindLike<R> | HistoryIndex<R>,
  r: RegulationNames,
  t: NonNullable<RegulationNames['texts']>[number],
  n: number,
  main: PagefindLike<R>,
): Promise<ResultData> {
  const filters: Record<string, string> = { type: '条文', regulation: r.shortTitle, ...(t.year && !t.current ? { edition: t.year } : {}) };
  const indexes = t.current ? [main] : [typeof source === 'function' ? await source() : source, main];
  const records = (await Promise.all(indexes.map(async (p) => Promise.all(((await p.search(null, { filters }))?.results ?? []).map((x) => x.data()))))).flat();
  const key = `${t.year}:${n}`;
  let found: { d: ResultData; n: number } | undefined;
  for (const d of records) {
    const own = (t.current || d.meta.year === t.year) && (d.anchors ?? []).some((a) => a.id === `art-${n}`);
    const kept = Object.entries(sectionInfo(d.meta.sections)).find(([, i]) => i.e?.includes(key));
    if (own) found = { d, n };
    else if (kept && !found) found = { d, n: Number(kept[0]) };
  }
  if (!found) return { url: `${t.path}${n}/`, excerpt: '', meta: { title: `《${r.shortTitle}》第${intToCn(n)}条`, kind: '条文' } };
  const info = sectionInfo(found.d.meta.sections)[found.n];
  const heading = info?.h ?? `第${intToCn(found.n)}条`;
  const text = splitSection(sectionTexts(found.d).get(found.n) ?? '', info?.t)[0];
  return {
    url: `${bare(found.d.url)}${found.n}/`,
    excerpt: escapeHtml(text.slice(heading.length + 2, heading.length + 2 + 60)),
    meta: { title: `${found.d.meta.title ?? ''}${heading}${info?.t ? ` · ${info.t}` : ''}`, kind: '条文', version: info?.v ?? found.d.meta.version },
  };
}

/** A result's URL without the highlight query Pagefind adds or an anchor. */
const bare = (url: string) => url.replace(/[?#].*$/, '');
/** …and without only the query: a term's anchor stays. */
const noQuery = (url: string) => url.replace(/\?[^#]*/, '');

const sectionInfo = (json: string | undefined): SectionInfo => {
  try {
    return json ? (JSON.parse(json) as SectionInfo) : {};
  } catch {
    return {};
  }
};

/**
 * The texts of a text record's sections, by article number: the record's content cut at each
 * section's heading (Pagefind writes a heading as `第N条. `), in order.
 */
function sectionTexts(d: ResultData): Map<number, string> {
  const out = new Map<number, string>();
  const content = d.content ?? '';
  const heads = (d.anchors ?? []).filter((a) => /^art-\d+$/.test(a.id)).sort((a, b) => a.location - b.location);
  let from = 0;
  const starts: [number, number][] = [];
  for (const a of heads) {
    const at = content.indexOf(`${a.text}. `, from);
    if (at < 0) continue;
    starts.push([Number(a.id.slice(4)), at]);
    from = at + a.text.length;
  }
  starts.forEach(([n, at], i) => out.set(n, content.slice(at, starts[i + 1]?.[1] ?? content.length)));
  return out;
}

/**
 * A section's excerpt without the end of its heading, which Pagefind's window may start inside
 * (“十五条. 党员领导干部…”): the result's title names the article already.
 */
function withoutHeading(excerpt: string, heading: string): string {
  const plain = excerpt.replace(/<\/?mark>/g, '');
  for (let k = 0; k < heading.length; k++) if (plain.startsWith(`${heading.slice(k)}. `)) return plain.slice(heading.length - k + 2);
  return plain;
}

/**
 * An article result's excerpt from its official text, where the text has a part of the query (or
 * a synonym): the reader sees the regulation's own words before our 解读's. Undefined when the
 * official text has none of them (then Pagefind's excerpt, from the 解读, stands).
 */
export function officialExcerpt(own: string, heading: string, q: string, length = 64): string | undefined {
  const text = own.startsWith(`${heading}. `) ? own.slice(heading.length + 2) : own;
  const at = Math.min(...queryParts(q).flatMap((forms) => forms.map(([f]) => text.indexOf(f)).filter((i) => i >= 0)));
  if (!Number.isFinite(at)) return undefined;
  // From the start of the text, or of the clause the words are in, when that is near.
  const clause = Math.max(...['。', '；', '，', '：'].map((p) => text.lastIndexOf(p, at - 1)));
  const start = at <= 24 ? 0 : clause >= 0 && at - clause <= 24 ? clause + 1 : at - 16;
  return escapeHtml(text.slice(start, start + length).trim());
}

/** A section's official text and its 解读, which opens with its title (`。 书记职责. `). */
function splitSection(text: string, title: string | undefined): [string, string] {
  const at = title ? text.indexOf(` ${title}. `) : -1;
  return at > 0 ? [text.slice(0, at), text.slice(at + 1)] : [text, ''];
}

/**
 * The hits as the page lists them: each text's record opened into the articles the query found
 * in it, each landing on its own page, and everything ordered by {@link rerank} (tier, how much of
 * the query it holds, Pagefind's order). An article already listed (`seen`: asked for by number,
 * or on an earlier page of results) is not listed again. The 解读, 责任主体 and named-version
 * filters apply to the articles themselves. With no query (browsing by filter), a text lists the
 * articles those filters pick, else stands for itself.
 */
export async function expandHits(hits: SearchHit[], state: SearchState, seen = new Set<string>()): Promise<Entry[]> {
  const data = await Promise.all(hits.map((h) => h.data()));
  const candidates: (Entry & Candidate)[] = [];
  data.forEach((d, i) => {
    const hit = hits[i]!;
    const base = { tier: hit.tier ?? 2, q: hit.q ?? state.q };
    if (d.meta.sections === undefined) {
      candidates.push({
        ...base,
        id: hit.id,
        url: d.url,
        excerpt: d.excerpt,
        meta: d.meta,
        text: d.content ?? d.excerpt,
        kind: d.meta.kind ?? '',
        order: i * 1000,
      });
      return;
    }
    const info = sectionInfo(d.meta.sections);
    const keep = (n: number) => {
      const s = info[n];
      if (state.filters.type === '解读' && !s?.t) return false;
      if (state.filters.subject && !s?.s?.includes(state.filters.subject)) return false;
      if (hit.edition && d.meta.year !== hit.edition && !s?.e?.some((k) => k.startsWith(`${hit.edition}:`))) return false;
      return true;
    };
    const texts = sectionTexts(d);
    const weight = (s: SubResult) => (s.weighted_locations ?? []).reduce((n, l) => n + l.balanced_score, 0);
    const sections = state.q
      ? (d.sub_results ?? [])
          .map((s, k) => ({ s, k, n: Number(/^art-(\d+)$/.exec(s.anchor?.id ?? '')?.[1] ?? NaN), w: weight(s) }))
          .filter((x) => Number.isInteger(x.n) && keep(x.n))
          .sort((a, b) => b.w - a.w || a.k - b.k)
          .map(({ s, n }) => ({ n, heading: s.title, excerpt: withoutHeading(s.excerpt, s.title) }))
      : state.filters.type === '解读' || state.filters.subject || hit.edition
        ? Object.keys(info)
            .map(Number)
            .filter(keep)
            .map((n) => ({ n, heading: info[n]?.h ?? `第${intToCn(n)}条`, excerpt: '' }))
        : null;
    if (!sections) {
      // Browsing: the text itself, once (a long text is several records, one per part).
      candidates.push({ ...base, id: hit.id, url: bare(d.url), excerpt: d.excerpt, meta: d.meta, text: '', kind: '条文', order: i * 1000 });
      return;
    }
    sections.forEach(({ n, heading, excerpt }, k) => {
      const url = `${bare(d.url)}${n}/`;
      const [own, extra] = splitSection(texts.get(n) ?? excerpt, info[n]?.t);
      const title = `${d.meta.title ?? ''}${heading}${info[n]?.t ? ` · ${info[n].t}` : ''}`;
      candidates.push({
        ...base,
        id: url,
        url,
        excerpt: officialExcerpt(own, heading, base.q) ?? excerpt,
        meta: { title, kind: '条文', version: info[n]?.v ?? d.meta.version },
        title: info[n]?.t ?? '',
        text: own,
        extra,
        kind: '条文',
        order: i * 1000 + k,
      });
    });
  });
  return rerank(candidates)
    .filter((c) => !seen.has(noQuery(c.url)) && (seen.add(noQuery(c.url)), true))
    .map(({ id, url, excerpt, meta }) => ({ id, url, excerpt, meta }));
}

/** The pages a list of entries opens, in order. */
export const entryUrls = (entries: Entry[]): string[] => entries.map((e) => noQuery(e.url));
