/** The site's citation graph, built once from what the remark plugins recorded. */
import { articleHeading } from '../lib/cite';
import type { CitationEdge } from '../lib/citation-graph';
import { parseClauseId } from '../lib/clause-id';
import { articlePath } from '../lib/url';
import { getRegulations } from './regulations';

let cache: Promise<CitationEdge[]> | undefined;

export function getCitationEdges(): Promise<CitationEdge[]> {
  cache ??= (async () => {
    const edges: CitationEdge[] = [];
    for (const { id, data, structure } of await getRegulations()) {
      const texts = new Map<string, string>();
      for (const a of structure.articles) for (const p of a.paragraphs) [p, ...p.items].forEach((u) => texts.set(u.id, u.text));
      for (const c of structure.citations ?? []) {
        const from = parseClauseId(c.from)!;
        const article = structure.articles.find((a) => a.number === from.article)!;
        edges.push({
          from: articlePath(id, from.article),
          kind: '条文',
          title: `《${data.shortTitle}》${articleHeading(article)}`,
          fromClause: c.from,
          to: c.to,
          text: c.raw,
          context: texts.get(c.from) ?? '',
          ...(c.warning ? { warning: c.warning } : {}),
        });
      }
    }
    return edges;
  })();
  return cache;
}
