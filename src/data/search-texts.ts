/**
 * What the regulation texts give the search index. Article pages are for reading and citing; the
 * index holds one record per text (src/plugins/pagefind.ts), each article a section of it headed
 * `id="art-n"` (so a hit names its article: Pagefind's sub-results), its 解读 in the same section.
 * The record count grows with the number of texts, not of articles (issue 14: Pagefind's start-up
 * metadata costs about 9 bytes per record).
 *
 * The rules an article page shows in its header are decided here once: which versions its text
 * stands for, whether a historical article is indexed at all, its version label.
 */
import { articleText, type Article } from '../lib/regulation-structure';
import { articleHeading, bookTitle, workShortTitle } from '../lib/cite';
import { articlePath, regulationPath } from '../lib/url';
import { plainMarkdown } from './term-text';
import { getInterpretation } from './content';
import { historyOf, type HistoryEntry } from './versions';
import type { Regulation } from './regulations';

export interface ArticleSearch {
  /** Whether the article is in the index: a historical article whose text the next version kept word for word is not (the newer text stands for it). */
  indexed: boolean;
  /** The versions (years) whose text this article's text is: its own, and older ones that had it word for word. */
  editions: string[];
  /** Its number in each of them: `74`, `2018:67`. */
  articleKeys: string[];
  /** 现行, 2018年版本, 现行（2018年版本起文字未变）. */
  versionLabel: string;
  /** The result title: 《纪律处分条例》第七十四条 · <解读 title>. */
  title: string;
  history: HistoryEntry[];
  interpretation: Awaited<ReturnType<typeof getInterpretation>>;
}

/** A version's label in search: 现行, 2016年文本（已修订）, 2018年版本. */
function textVersion(regulation: Regulation): string {
  const { data } = regulation;
  return regulation.current ? (data.status === '现行有效' ? '现行' : `${regulation.year}年文本（${data.status}）`) : `${regulation.year}年版本`;
}

export async function articleSearch(regulation: Regulation, article: Article): Promise<ArticleSearch> {
  const { data } = regulation;
  const interpretation = await getInterpretation(regulation.id, article.number);
  const history = await historyOf(regulation, article);
  const newer = history.filter((e) => e.version.year! > regulation.year!).sort((a, b) => a.version.year!.localeCompare(b.version.year!))[0];
  const indexed = regulation.current || !newer || newer.changed || newer.number === null;
  const editions = regulation.year ? [regulation.year] : [];
  const articleKeys = [String(article.number), ...(regulation.year ? [`${regulation.year}:${article.number}`] : [])];
  for (const e of history.filter((h) => h.version.year! < regulation.year!).sort((a, b) => b.version.year!.localeCompare(a.version.year!))) {
    if (e.number === null || e.changed) break;
    editions.push(e.version.year!);
    articleKeys.push(`${e.version.year}:${e.number}`);
  }
  const versionLabel = `${textVersion(regulation)}${editions.length > 1 ? `（${editions.at(-1)}年版本起文字未变）` : ''}`;
  const title = `${bookTitle(data.shortTitle)}${articleHeading(article)}${interpretation ? ` · ${interpretation.data.title}` : ''}`;
  return { indexed, editions, articleKeys, versionLabel, title, history, interpretation };
}

/** One section of a text record: an article, and its 解读 if it has one. */
export interface SearchSection {
  number: number;
  /** The article page a hit on this section opens. */
  path: string;
  /** 第七十四条 (or the part's label and title): the section's heading, and the start of its text. */
  heading: string;
  /** The official text after the heading. */
  text: string;
  /** Our 解读 in plain text (theme, summary, points, body), empty when there is none. */
  interpretation: string;
  /** The 解读's title, shown after the article's in the result. */
  interpretationTitle?: string;
  subjects: string[];
  /** The versions (years) whose text this section's text is. */
  editions: string[];
  /** Its number in the older of them: `2018:67` (the section is that article too). */
  olderKeys: string[];
  version: string;
}

/** The index record of one text (one version of one regulation): its indexed articles in order. */
export interface SearchTextRecord {
  id: string;
  current: boolean;
  /** The full text's page: the record's URL; sections land on their article pages. */
  path: string;
  title: string;
  regulation: string;
  version: string;
  order: number;
  sections: SearchSection[];
}

export async function searchTextRecord(regulation: Regulation): Promise<SearchTextRecord> {
  const { data, structure } = regulation;
  const sections: SearchSection[] = [];
  for (const article of structure.articles) {
    const s = await articleSearch(regulation, article);
    if (!s.indexed) continue;
    const interp = s.interpretation;
    const heading = articleHeading(article);
    const full = articleText(article);
    const note = data.articleNotes?.[String(article.number)];
    sections.push({
      number: article.number,
      path: articlePath(regulation.id, article.number),
      heading,
      text: [full.startsWith(heading) ? full.slice(heading.length) : full, note].filter(Boolean).join('\n').trim(),
      // The 解读's body without its headings (block labels such as 条文解读 are not its words).
      interpretation: interp
        ? [
            interp.data.title,
            interp.data.summary,
            ...interp.data.points,
            ...interp.body.split(/\n\s*\n/).map((b) =>
              plainMarkdown(
                b
                  .split('\n')
                  .filter((l) => !/^\s*#/.test(l))
                  .join('\n'),
              ),
            ),
          ]
            .filter(Boolean)
            .join('\n')
        : '',
      ...(interp ? { interpretationTitle: interp.data.title } : {}),
      subjects: interp?.data.subjects ?? [],
      editions: s.editions,
      olderKeys: s.articleKeys.slice(2),
      version: s.versionLabel,
    });
  }
  return {
    id: regulation.id,
    current: regulation.current,
    path: regulationPath(regulation.id),
    title: bookTitle(data.shortTitle),
    regulation: regulation.current ? data.shortTitle : workShortTitle(data.shortTitle),
    version: textVersion(regulation),
    order: data.order,
    sections,
  };
}
