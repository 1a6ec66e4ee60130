/**
 * The citation graph: every edge from a citing place to a clause, collected once per build.
 * Backlinks are a filter over the edges, never a second parse.
 */
import { parseClauseId } from './clause-id.ts';

export type SourceKind = '条文' | '解读' | '案例' | '专题' | '术语';

export interface CitationEdge {
  /** Site path of the citing page (without base). */
  from: string;
  /** What the citing page is, for grouping backlinks. */
  kind: SourceKind;
  /** Title of the citing page or unit ("《纪律处分条例》第八十一条"). */
  title: string;
  /** Clause id of the citing unit, when the citing page is regulation text. */
  fromClause?: string;
  to: string;
  /** The citation as written. */
  text: string;
  /** The sentence or unit that contains it. */
  context: string;
  warning?: string;
}

/**
 * Edges that cite an article or any clause inside it, except those from the article itself.
 * @example backlinks(edges, 'jilv-chufen', 63).map((e) => e.title) // ['《纪律处分条例》第八十一条']
 */
export function backlinks(edges: CitationEdge[], reg: string, article: number, ownPage?: string): CitationEdge[] {
  return edges.filter((e) => {
    const ref = parseClauseId(e.to);
    return ref?.reg === reg && ref.article === article && e.from !== ownPage;
  });
}

/** Backlinks grouped by the kind of citing page, in a fixed reading order. */
export function groupByKind(edges: CitationEdge[]): [SourceKind, CitationEdge[]][] {
  const order: SourceKind[] = ['解读', '案例', '专题', '术语', '条文'];
  return order.map((k) => [k, edges.filter((e) => e.kind === k)] as [SourceKind, CitationEdge[]]).filter(([, list]) => list.length > 0);
}

/**
 * How many distinct items (pages, or units of another article) cite each article of a
 * regulation, for the counts on the full-text page. An article citing itself does not count.
 * @example citedByCounts(edges, 'jilv-chufen').get(63) // 1
 */
export function citedByCounts(edges: CitationEdge[], reg: string): Map<number, number> {
  const sources = new Map<number, Set<string>>();
  for (const e of edges) {
    const ref = parseClauseId(e.to);
    if (ref?.reg !== reg) continue;
    const from = parseClauseId(e.fromClause ?? '');
    if (from?.reg === reg && from.article === ref.article) continue;
    const set = sources.get(ref.article) ?? new Set<string>();
    set.add(e.fromClause ?? e.from);
    sources.set(ref.article, set);
  }
  return new Map([...sources].map(([a, s]) => [a, s.size]));
}
