/** The site's citation graph, built once from what the remark plugins recorded. */
import { articleHeading, bookTitle } from '../lib/cite';
import type { CitationEdge } from '../lib/citation-graph';
import { parseClauseId } from '../lib/clause-id';
import { articlePath } from '../lib/url';
import { getAllVersions, getRegulations } from './regulations';
import { getCases, getGlossary, getInterpretations, getTopics } from './content';
import { casePath, glossaryPath, topicPath } from '../lib/url';
import type { ContentCitation } from '../lib/content-links';

let cache: Promise<CitationEdge[]> | undefined;

export function getCitationEdges(): Promise<CitationEdge[]> {
  cache ??= (async () => {
    const edges: CitationEdge[] = [];
    for (const { id, data, structure } of await getAllVersions()) {
      const texts = new Map<string, string>();
      for (const a of structure.articles) for (const p of a.paragraphs) [p, ...p.items].forEach((u) => texts.set(u.id, u.text));
      for (const c of structure.citations ?? []) {
        const from = parseClauseId(c.from)!;
        const article = structure.articles.find((a) => a.number === from.article)!;
        edges.push({
          from: articlePath(id, from.article),
          kind: '条文',
          title: `${bookTitle(data.shortTitle)}${articleHeading(article)}`,
          fromClause: c.from,
          to: c.to,
          text: c.raw,
          context: texts.get(c.from) ?? '',
          ...(c.warning ? { warning: c.warning } : {}),
        });
      }
    }
    const add = (from: string, kind: CitationEdge['kind'], title: string, citations: ContentCitation[]) => {
      for (const c of citations) edges.push({ from, kind, title, to: c.to, text: c.text, context: c.context, ...(c.warning ? { warning: c.warning } : {}) });
    };
    const regulations = await getRegulations();
    for (const i of await getInterpretations()) {
      const reg = regulations.find((r) => r.id === i.data.regulation)!;
      const article = reg.structure.articles.find((a) => a.number === i.data.article)!;
      add(articlePath(reg.id, article.number), '解读', `${bookTitle(reg.data.shortTitle)}${articleHeading(article)}解读：${i.data.title}`, i.citations);
    }
    for (const c of await getCases()) add(casePath(c.id), '案例', c.data.title, c.citations);
    for (const t of await getTopics()) {
      add(topicPath(t.id), '专题', `专题：${t.data.title}`, t.citations);
      for (const r of t.data.readings)
        edges.push({ from: topicPath(t.id), kind: '专题', title: `专题：${t.data.title}`, to: r.clause, text: '阅读材料', context: r.note });
    }
    for (const t of await getGlossary()) add(glossaryPath(t.id), '术语', `术语：${t.data.term}`, t.citations);
    return edges;
  })();
  return cache;
}

let byArticle: Promise<Map<string, CitationEdge[]>> | undefined;

/** Edges grouped by the article they cite (`zhuti-zeren/8`), computed once per build. */
export function getEdgesByArticle(): Promise<Map<string, CitationEdge[]>> {
  byArticle ??= getCitationEdges().then((edges) => {
    const index = new Map<string, CitationEdge[]>();
    for (const e of edges) {
      const ref = parseClauseId(e.to);
      if (!ref) continue;
      const key = `${ref.reg}/${ref.article}`;
      index.set(key, [...(index.get(key) ?? []), e]);
    }
    return index;
  });
  return byArticle;
}
