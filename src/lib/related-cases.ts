/**
 * The cases to read after one case: those that implement the same articles first, then those
 * with the same tags, each with what it shares, so the page can say why it is listed.
 */
import { parseClauseId } from './clause-id.ts';

export interface CaseLinks {
  id: string;
  /** Clause ids the case implements (its frontmatter `clauses`). */
  clauses: readonly string[];
  tags: readonly string[];
}

export interface RelatedCase {
  id: string;
  /** Articles both cite, as `reg:article` (a clause counts as its article), in the first case's order. */
  articles: string[];
  /** Tags both carry, in the first case's order. */
  tags: string[];
}

/** A clause's article, `reg:article`: 第九条第二款 and 第九条第五款 are the same article. */
const articleKey = (id: string) => {
  const ref = parseClauseId(id);
  return ref ? `${ref.reg}:${ref.article}` : id;
};

/**
 * The cases related to `target`, best first: more shared articles, then more shared tags, then
 * the order of `all` (the list's order, newest first). Cases sharing nothing are left out; at
 * most `max`.
 * @example
 * relatedCases(
 *   { id: 'a', clauses: ['zhuti-zeren:11'], tags: ['责任清单'] },
 *   [{ id: 'b', clauses: ['zhuti-zeren:11.1'], tags: ['考核'] }, { id: 'c', clauses: ['wenze:6'], tags: ['责任清单'] }],
 * ) // [{ id: 'b', articles: ['zhuti-zeren:11'], tags: [] }, { id: 'c', articles: [], tags: ['责任清单'] }]
 */
export function relatedCases(target: CaseLinks, all: readonly CaseLinks[], max = 5): RelatedCase[] {
  const own = [...new Set(target.clauses.map(articleKey))];
  return all
    .filter((c) => c.id !== target.id)
    .map((c, order) => {
      const theirs = new Set(c.clauses.map(articleKey));
      return { id: c.id, articles: own.filter((a) => theirs.has(a)), tags: target.tags.filter((t) => c.tags.includes(t)), order };
    })
    .filter((r) => r.articles.length || r.tags.length)
    .sort((a, b) => b.articles.length - a.articles.length || b.tags.length - a.tags.length || a.order - b.order)
    .slice(0, max)
    .map(({ id, articles, tags }) => ({ id, articles, tags }));
}

/**
 * Why a case is listed, in one short line: the articles (named together by `name`, which groups
 * them under their regulation) and tags it shares, at most two of each.
 * @example relatedReason({ id: 'b', articles: ['zhuti-zeren:11'], tags: ['责任清单'] }, () => '《主体责任规定》第十一条')
 * // '同引《主体责任规定》第十一条；同为“责任清单”'
 * @example relatedReason({ id: 'c', articles: [], tags: ['责任清单', '监督'] }, () => '') // '同为“责任清单”、“监督”'
 */
export function relatedReason(r: RelatedCase, name: (articles: string[]) => string): string {
  const parts: string[] = [];
  const more = (n: number) => (n > 2 ? '等' : '');
  if (r.articles.length) parts.push(`同引${name(r.articles.slice(0, 2))}${more(r.articles.length)}`);
  if (r.tags.length)
    parts.push(
      `同为${r.tags
        .slice(0, 2)
        .map((t) => `“${t}”`)
        .join('、')}${more(r.tags.length)}`,
    );
  return parts.join('；');
}
