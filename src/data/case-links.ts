/**
 * Where a reader goes on from a case: the study topics that discuss it (a topic lists it in
 * `cases`, or links it in its body with `case:<id>`, under a heading the case page links to),
 * the related cases (same articles, then same tags: src/lib/related-cases.ts), and the topics
 * a tag of the case list leads to. Computed once per build from the loaded content: the
 * inverse of what topics say, never kept by hand.
 */
import { parseClauseId } from '../lib/clause-id';
import { articleHeading, bookTitle } from '../lib/cite';
import { relatedCases, relatedReason } from '../lib/related-cases';
import { topicPath } from '../lib/url';
import { url } from '../site';
import { getCases, getTopics, type Loaded } from './content';
import { findRegulation } from './regulations';

export interface TopicLink {
  id: string;
  title: string;
  summary: string;
  /** The topic page, at the section that discusses the case when there is one. */
  href: string;
  /** The section of the topic that links the case, and how many cases it links. */
  section?: { heading: string; cases: number };
}

/** The sections of a topic's body that link cases, each with the cases it links, in order. */
function sections(topic: Loaded<'topics'>): { heading: string; slug: string; cases: string[] }[] {
  const out = new Map<string, { heading: string; slug: string; cases: string[] }>();
  for (const m of topic.caseLinks) {
    if (!m.heading) continue;
    const slug = topic.headings.find((h) => h.text === m.heading)?.slug;
    if (!slug) continue;
    const s = out.get(slug) ?? { heading: m.heading, slug, cases: [] };
    if (!s.cases.includes(m.id)) s.cases.push(m.id);
    out.set(slug, s);
  }
  return [...out.values()];
}

/**
 * A topic as a link from one case (or, without a case, from the list): at the first section that
 * links the case, or else at the section that links most cases, or else the topic's top.
 */
function topicLink(topic: Loaded<'topics'>, caseId?: string): TopicLink {
  const all = sections(topic);
  const own = caseId ? all.find((s) => s.cases.includes(caseId)) : [...all].sort((a, b) => b.cases.length - a.cases.length)[0];
  const base = { id: topic.id, title: topic.data.title, summary: topic.data.summary };
  return own
    ? { ...base, href: `${url(topicPath(topic.id))}#${encodeURIComponent(own.slug)}`, section: { heading: own.heading, cases: own.cases.length } }
    : { ...base, href: url(topicPath(topic.id)) };
}

/** The topics that discuss a case: those whose body links it first, then those that list it. */
export async function topicsForCase(caseId: string): Promise<TopicLink[]> {
  const topics = await getTopics();
  const linked = topics.filter((t) => t.caseLinks.some((m) => m.id === caseId));
  const listed = topics.filter((t) => !linked.includes(t) && t.data.cases.includes(caseId));
  return [...linked, ...listed].map((t) => topicLink(t, caseId));
}

/**
 * The topics a tag of the case list leads to: those whose title names it (责任清单 → 责任清单;
 * 问责 → 考核与问责; 四责协同 → 四责协同与“两个责任”).
 */
export async function topicsForTag(tag: string): Promise<TopicLink[]> {
  return (await getTopics()).filter((t) => t.data.title.includes(tag)).map((t) => topicLink(t));
}

export interface RelatedLink {
  id: string;
  title: string;
  /** Why it is listed: 同引《主体责任规定》第十一条；同为“责任清单”. */
  reason: string;
}

/** How shared articles are named: grouped under their regulation, 《主体责任规定》第十一条、第七条. */
async function nameArticles(keys: string[]): Promise<string> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const ref = parseClauseId(key)!;
    const reg = (await findRegulation(ref.reg))!;
    const article = reg.structure.articles.find((a) => a.number === ref.article)!;
    const title = bookTitle(reg.data.shortTitle);
    groups.set(title, [...(groups.get(title) ?? []), articleHeading(article)]);
  }
  return [...groups].map(([title, labels]) => `${title}${labels.join('、')}`).join('、');
}

/** The cases to read after this one, each with why (a handful at most). */
export async function relatedForCase(item: Loaded<'cases'>, max = 5): Promise<RelatedLink[]> {
  const cases = await getCases();
  const links = cases.map((c) => ({ id: c.id, clauses: c.data.clauses, tags: c.data.tags }));
  const related = relatedCases({ id: item.id, clauses: item.data.clauses, tags: item.data.tags }, links, max);
  return Promise.all(
    related.map(async (r) => {
      const names = await nameArticles(r.articles.slice(0, 2));
      return { id: r.id, title: cases.find((c) => c.id === r.id)!.data.title, reason: relatedReason(r, () => names) };
    }),
  );
}
