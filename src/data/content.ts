/**
 * Authored content (解读, 案例, 术语), loaded once per build with what the remark plugin found
 * in each file (citations, linked terms). Cross-entry rules that a per-file schema cannot see —
 * an interpretation filed under the wrong article, two entries for one article, a term defined
 * twice, a reference that does not resolve — are checked before any page is rendered, with file
 * and line (src/plugins/content-check.ts).
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { CaseMention, ContentCitation } from '../lib/content-links';
import { parseClauseId } from '../lib/clause-id';

export interface Loaded<C extends 'interpretations' | 'cases' | 'glossary' | 'topics'> {
  id: string;
  file: string;
  data: CollectionEntry<C>['data'];
  Content: AstroComponentFactory;
  /** The Markdown source of the body, for plain-text uses (definitions, search keywords). */
  body: string;
  citations: ContentCitation[];
  terms: string[];
  /** Links to cases in the body (`case:<id>`), with the heading each stands under. */
  caseLinks: CaseMention[];
  /** The body's headings with their anchors, as Astro renders them. */
  headings: { depth: number; slug: string; text: string }[];
}

async function load<C extends 'interpretations' | 'cases' | 'glossary' | 'topics'>(collection: C): Promise<Loaded<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return Promise.all(
    entries.map(async (entry) => {
      const { Content, remarkPluginFrontmatter, headings } = await render(entry);
      return {
        id: entry.id,
        file: `content/${collection}/${entry.id}.mdx`,
        data: entry.data,
        Content: Content as AstroComponentFactory,
        body: entry.body ?? '',
        citations: (remarkPluginFrontmatter.citations ?? []) as ContentCitation[],
        terms: (remarkPluginFrontmatter.linkedTerms ?? []) as string[],
        caseLinks: (remarkPluginFrontmatter.caseLinks ?? []) as CaseMention[],
        headings,
      };
    }),
  );
}

let interpretations: Promise<Loaded<'interpretations'>[]> | undefined;
export function getInterpretations() {
  interpretations ??= load('interpretations').then((list) =>
    list.sort((a, b) => a.data.regulation.localeCompare(b.data.regulation) || a.data.article - b.data.article),
  );
  return interpretations;
}

let interpretationIndex: Promise<Map<string, Loaded<'interpretations'>>> | undefined;
export async function getInterpretation(reg: string, article: number) {
  interpretationIndex ??= getInterpretations().then((list) => new Map(list.map((i) => [`${i.data.regulation}/${i.data.article}`, i])));
  return (await interpretationIndex).get(`${reg}/${article}`);
}

let cases: Promise<Loaded<'cases'>[]> | undefined;
/** Cases, newest source first, then by title. */
export function getCases() {
  cases ??= load('cases').then((list) =>
    list.sort((a, b) => latestSource(b).localeCompare(latestSource(a)) || a.data.title.localeCompare(b.data.title, 'zh-CN')),
  );
  return cases;
}

export const latestSource = (c: Loaded<'cases'>) =>
  c.data.sources
    .map((s) => s.date)
    .sort()
    .at(-1) ?? '';

let casesByArticle: Promise<Map<string, Loaded<'cases'>[]>> | undefined;
/** Cases whose cited clauses include this article (or any clause inside it), in list order. */
export async function casesForArticle(reg: string, article: number) {
  casesByArticle ??= getCases().then((list) => {
    const index = new Map<string, Loaded<'cases'>[]>();
    for (const c of list) {
      for (const key of new Set(c.data.clauses.map((id) => parseClauseId(id)).map((ref) => `${ref?.reg}/${ref?.article}`)))
        index.set(key, [...(index.get(key) ?? []), c]);
    }
    return index;
  });
  return (await casesByArticle).get(`${reg}/${article}`) ?? [];
}

let glossary: Promise<Loaded<'glossary'>[]> | undefined;
export function getGlossary() {
  glossary ??= load('glossary').then((list) => list.sort((a, b) => a.data.term.localeCompare(b.data.term, 'zh-CN')));
  return glossary;
}

let topics: Promise<Loaded<'topics'>[]> | undefined;
/** Study topics in their set order. */
export function getTopics() {
  topics ??= load('topics').then((list) => list.sort((a, b) => a.data.order - b.data.order));
  return topics;
}
