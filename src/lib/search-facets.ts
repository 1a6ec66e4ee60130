/**
 * The search page's filter counts, from Pagefind. Once an index's filters are loaded
 * (`pagefind.filters()`), every search returns, per filter value, how many of its results also
 * carry that value: the count of choosing it *in addition to* the current filters. A filter
 * list wants the count of choosing it *instead of* the current choice in its own group, so a
 * group with a choice is counted by a second search without it (src/lib/facet-counts.ts has
 * the same rule for the case list).
 *
 * What a count can promise: the page lists the texts' articles, not the texts (one record holds
 * a whole text, or a part of it), so an option whose results include texts gets no number, only
 * whether it gives anything; nor does any option when the list merges several searches (a
 * query's variants, a regulation named in the query), whose results overlap. An option that
 * gives nothing in any of them gives nothing on the page: it reads （0）.
 */
import { queryVariants } from './search-keywords.ts';
import { readArticleRef, readQuery, type RegulationNames } from './search-query.ts';
import { FILTER_KEYS, VERSION_ALL, VERSION_HISTORY, pagefindFilters, type SearchState } from './search-ui.ts';

/** Pagefind's answer, with the counts it adds once the index's filters are loaded. */
export interface CountingPagefind {
  search: (q: string | null, options?: { filters?: Record<string, string> }) => Promise<{ filters?: Record<string, Record<string, number>> } | null>;
  filters: () => Promise<unknown>;
}

export interface OptionCount {
  /** Results the option gives (in the one search there is), or at least this many. */
  n: number;
  /** Whether `n` is the number of entries the page would list. */
  exact: boolean;
}

/** Per group (the page's filter keys, but the version), per value. */
export type SearchFacetCounts = Record<string, Map<string, OptionCount>>;

/** Groups Pagefind counts: every filter of the page but the version, which picks the index. */
export const COUNTED_GROUPS = FILTER_KEYS.filter((k) => k !== 'version');

/** Types whose results are one entry per record (a case, a topic, a term). */
const ONE_ENTRY_TYPES = new Set(['案例', '专题', '术语']);

const primed = new WeakMap<CountingPagefind, Promise<unknown>>();
/** Loads an index's filters once: only then do its searches return counts. */
const prime = (pf: CountingPagefind) => {
  let p = primed.get(pf);
  if (!p) primed.set(pf, (p = pf.filters()));
  return p;
};

/**
 * Whether an option's results hold texts, whose articles the page lists one by one: the text
 * types themselves, and a regulation or 责任主体 unless the chosen type rules texts out.
 */
function countsTexts(group: string, value: string, type: string | undefined): boolean {
  if (group === 'type') return value === '条文' || value === '解读';
  return (group === 'regulation' || group === 'subject') && !(type && ONE_ENTRY_TYPES.has(type));
}

/**
 * The counts for the filter lists of a search state: the searches the page runs for it (the
 * query, its variants, a regulation the query names), in the index(es) its version picks.
 * Null if an index could not answer.
 */
export async function searchFacetCounts(
  pf: CountingPagefind,
  state: SearchState,
  regs: readonly RegulationNames[] = [],
  history?: () => Promise<CountingPagefind>,
): Promise<SearchFacetCounts | null> {
  const chosen = pagefindFilters(state.filters);
  // Sorted by date, the page lists cases unless a type is chosen (as runSearch does).
  if (state.sort === 'date' && !chosen.type) chosen.type = '案例';
  const version = state.filters.version ?? '';
  const older = async () => (history ? [await history()] : []);
  const targets = version === VERSION_HISTORY ? await older() : version === VERSION_ALL ? [pf, ...(await older())] : [pf];
  await Promise.all(targets.map(prime));

  // The searches the page's list is made of: words, and filters that come with them.
  const sources: { q: string | null; fixed: Record<string, string> }[] = [{ q: state.q || null, fixed: {} }];
  if (state.q && !state.sort) for (const v of queryVariants(state.q)) sources.push({ q: v, fixed: {} });
  if (state.q && !chosen.regulation) {
    const reading = readQuery(state.q, regs);
    if (reading.filters.regulation) sources.push({ q: reading.q || null, fixed: reading.filters });
  }

  /** One source in one index: counts per group, each group's own choice left out. */
  const countOne = async (p: CountingPagefind, q: string | null, fixed: Record<string, string>) => {
    const all = await p.search(q, { filters: { ...chosen, ...fixed } });
    if (!all) return null;
    const out: Record<string, Record<string, number>> = {};
    for (const g of COUNTED_GROUPS) {
      if (!chosen[g] || fixed[g]) {
        out[g] = all.filters?.[g] ?? {};
        continue;
      }
      const { [g]: _own, ...others } = chosen;
      const without = await p.search(q, { filters: { ...others, ...fixed } });
      if (!without) return null;
      out[g] = without.filters?.[g] ?? {};
    }
    return out;
  };

  const perSource = await Promise.all(
    sources.map(async (s) => {
      const lists = await Promise.all(targets.map((t) => countOne(t, s.q, s.fixed)));
      if (lists.some((l) => !l)) return null;
      // Two indexes hold different records: their counts add up.
      const sum: Record<string, Map<string, number>> = {};
      for (const g of COUNTED_GROUPS) {
        sum[g] = new Map();
        for (const l of lists) for (const [v, n] of Object.entries(l![g] ?? {})) sum[g]!.set(v, (sum[g]!.get(v) ?? 0) + n);
      }
      return sum;
    }),
  );
  if (perSource.some((s) => !s)) return null;

  const byNumber = state.q ? readArticleRef(state.q, regs) : null;
  const hasArticle = (shortTitle: string, ref: NonNullable<typeof byNumber>) =>
    (!ref.filters.regulation || ref.filters.regulation === shortTitle) &&
    (regs.find((r) => r.shortTitle === shortTitle)?.texts ?? []).some((t) => t.articles >= ref.article);
  const out: SearchFacetCounts = {};
  for (const g of COUNTED_GROUPS) {
    const values = new Set(perSource.flatMap((s) => [...s![g]!.keys()]));
    out[g] = new Map(
      [...values].map((v) => {
        let n = Math.max(...perSource.map((s) => s![g]!.get(v) ?? 0));
        let exact = perSource.length === 1 && !countsTexts(g, v, chosen.type);
        // An article asked for by number is listed without a search: its text's options give it.
        if (byNumber && ((g === 'regulation' && hasArticle(v, byNumber)) || (g === 'type' && countsTexts(g, v, undefined)))) {
          n = Math.max(n, 1);
          exact = false;
        }
        return [v, { n, exact }] as const;
      }),
    );
  }
  return out;
}
