/**
 * The search page's logic that does not need a browser: URL state, grouping of results by type,
 * glossary suggestions for an empty result, the query run with its variants. Unit-tested;
 * src/scripts/search-page.ts wires it up and the relevance suite runs the same search in Node.
 */
import { markAll, marksFor } from './highlight-terms.ts';
import { highlightParams, mergeVariantResults, queryVariants, type Scored } from './search-keywords.ts';
import { readArticleRef, readQuery, type RegulationNames } from './search-query.ts';

/**
 * Pagefind ranking, tuned with the relevance suite: long article pages should not lose to short
 * glossary entries that quote them, so page length counts for less than by default (0.55 instead of 0.75).
 */
export const RANKING = { pageLength: 0.55 };

export const FILTER_KEYS = ['type', 'regulation', 'region', 'year', 'subject', 'tag', 'version'] as const;

/**
 * 版本: without a choice a reader sees current texts (and everything that is not a regulation
 * text); `历史` shows historical versions only, `全部` every version.
 */
export const VERSION_ALL = '全部';

/** The Pagefind filters a state asks for: the version facet defaults to 现行, 全部 lifts it. */
export function pagefindFilters(filters: Record<string, string>): Record<string, string> {
  const out = { ...filters };
  if (!out.version) out.version = '现行';
  else if (out.version === VERSION_ALL) delete out.version;
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

/**
 * Runs a search as the site does: the query as typed, plus its colloquial variants
 * ({@link queryVariants}: 一把手 → 第一责任人 …) merged in after it; filter-only when the query is
 * empty; sorted by date when asked (then without variants, to keep the order).
 */
export async function runSearch<R extends Scored>(pf: PagefindLike<R>, state: SearchState, regs: readonly RegulationNames[] = []): Promise<R[] | null> {
  const filters = pagefindFilters(state.filters);
  if (state.sort === 'date' && !filters.type) filters.type = '案例';
  const sort = state.sort === 'date' ? { sort: { date: 'desc' as const } } : {};
  const withVariants = async (q: string | null, f: Record<string, string>) => {
    const main = await pf.search(q, { filters: f, ...sort });
    if (!main) return null;
    if (!q || state.sort) return main.results;
    const variants = await Promise.all(queryVariants(q).map((v) => pf.search(v, { filters: f, ...sort })));
    return mergeVariantResults([main.results, ...variants.map((v) => v?.results ?? [])]);
  };
  const all = await withVariants(state.q || null, filters);
  if (!all || !state.q || state.sort) return all;
  // An article asked for by number (纪律处分条例74条, 第七十四条) comes first, before the words;
  // a query that is a glossary term (or one of its other names) puts its definition next.
  const direct = [...(await articleHits(pf, state.q, filters, regs)), ...(await termHits(pf, state.q, state.filters))];
  if (state.filters.regulation) return firstThen(direct, all);
  // A query that names a regulation (and a version by its year) ranks those texts first.
  const reading = readQuery(state.q, regs);
  if (!reading.filters.regulation) return firstThen(direct, all);
  const named: Record<string, string> = { ...filters, ...reading.filters };
  // A year asks for the text of that version, whichever page stands for it.
  if (named.edition) delete named.version;
  const first = (await withVariants(reading.q || null, named)) ?? [];
  return firstThen(direct, first, all);
}

/** The lists one after another, each result once, at its first place. */
function firstThen<R extends Scored>(...lists: R[][]): R[] {
  const seen = new Set<string>();
  return lists.flat().filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
}

/** The glossary record whose term or alias is the query, unless the filters rule terms out. */
async function termHits<R extends Scored>(pf: PagefindLike<R>, q: string, filters: Record<string, string>): Promise<R[]> {
  if (/\s/.test(q) || q.length > 16 || (filters.type && filters.type !== '术语') || filters.regulation) return [];
  return (await pf.search(null, { filters: { term: q } }))?.results ?? [];
}

/**
 * The article pages a query asks for by number ({@link readArticleRef}), in the texts' order: the
 * named regulation's (of the named version), or that number in every text the filters allow.
 */
async function articleHits<R extends Scored>(pf: PagefindLike<R>, q: string, filters: Record<string, string>, regs: readonly RegulationNames[]): Promise<R[]> {
  const ref = readArticleRef(q, regs);
  if (!ref) return [];
  const f: Record<string, string> = { ...filters, ...ref.filters, article: String(ref.article) };
  if (f.edition) {
    // Pages carry `year:number` for each version whose text they stand for.
    f.article = `${f.edition}:${ref.article}`;
    delete f.edition;
    delete f.version;
  }
  return (await pf.search(null, { filters: f, sort: { order: 'asc' } }))?.results ?? [];
}
