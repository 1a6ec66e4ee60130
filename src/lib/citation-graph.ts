/**
 * The citation graph: every edge from a citing place to a clause, collected once per build.
 * Backlinks are a filter over the edges, never a second parse.
 */
import { parseClauseId } from './clause-id.ts';
import { articlePath } from './url.ts';

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

/**
 * One citing item on an article's page: a page (a case, a topic, a glossary term, an interpretation)
 * or an article of a regulation, listed once however often it cites, with each of its citing
 * sentences once, in the order they come.
 */
export interface CitingItem {
  /** Site path of the citing page (without base). */
  from: string;
  kind: SourceKind;
  title: string;
  /** The first citing unit, when the citing item is regulation text: where its link lands. */
  fromClause?: string;
  /** The sentences or units that cite, each once. */
  contexts: string[];
}

/**
 * The backlinks of an article, one entry per citing item (its page), its citing sentences under it.
 * @example citingItems(edges, 'zhuti-zeren', 8, '/regulations/zhuti-zeren/8/').filter((i) => i.from === '/regulations/zhuti-zeren/16/').length // 1
 */
export function citingItems(edges: CitationEdge[], reg: string, article: number, ownPage?: string): CitingItem[] {
  const items = new Map<string, CitingItem>();
  for (const e of backlinks(edges, reg, article, ownPage)) {
    let item = items.get(e.from);
    if (!item) {
      item = { from: e.from, kind: e.kind, title: e.title, ...(e.fromClause ? { fromClause: e.fromClause } : {}), contexts: [] };
      items.set(e.from, item);
    }
    const context = e.context.trim();
    if (context && !item.contexts.includes(context)) item.contexts.push(context);
  }
  return [...items.values()];
}

/** Backlinks grouped by the kind of citing page, in a fixed reading order. */
export function groupByKind<T extends { kind: SourceKind }>(items: T[]): [SourceKind, T[]][] {
  const order: SourceKind[] = ['解读', '案例', '专题', '术语', '条文'];
  return order.map((k) => [k, items.filter((e) => e.kind === k)] as [SourceKind, T[]]).filter(([, list]) => list.length > 0);
}

/**
 * How many items cite each article of a regulation, for the counts on the full-text page: the
 * entries its page lists ({@link citingItems}), so the count and the list agree. An article (or
 * its own 解读) citing itself does not count.
 * @example citedByCounts(edges, 'jilv-chufen').get(63) // 1
 */
export function citedByCounts(edges: CitationEdge[], reg: string): Map<number, number> {
  const sources = new Map<number, Set<string>>();
  for (const e of edges) {
    const ref = parseClauseId(e.to);
    if (ref?.reg !== reg || e.from === articlePath(reg, ref.article)) continue;
    const set = sources.get(ref.article) ?? new Set<string>();
    set.add(e.from);
    sources.set(ref.article, set);
  }
  return new Map([...sources].map(([a, s]) => [a, s.size]));
}
