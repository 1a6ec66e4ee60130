/**
 * The citation graph: every edge from a citing place to a clause, collected once per build.
 * Backlinks are a filter over the edges, never a second parse.
 */
import { parseClauseId } from './clause-id';

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
