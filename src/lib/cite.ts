/**
 * How a clause is cited in writing: 《党委（党组）落实全面从严治党主体责任规定》第七条第（三）项.
 */
import type { Article } from './regulation-structure.ts';
import { intToCn } from './numerals.ts';

/** What a citation needs of an article: its kind, number, label and how many 款 it has. */
export type CitedArticle = Pick<Article, 'kind' | 'number' | 'label'> & { paragraphs: readonly unknown[] };

/**
 * The Chinese label of a clause within its article. The 款 is named only when the article has
 * more than one 款, as official documents do (第七条第（三）项, but 第十八条第二款).
 * @example clauseLabel(article7, 1, 3) // '第七条第（三）项'
 */
export function clauseLabel(article: CitedArticle, paragraph?: number, item?: number): string {
  if (article.kind === 'part') {
    const base = `第${intToCn(article.number)}部分`;
    return paragraph ? `${base}第${intToCn(paragraph)}段` : base;
  }
  let label = article.label;
  if (paragraph && article.paragraphs.length > 1) label += `第${intToCn(paragraph)}款`;
  if (item) label += `第（${intToCn(item)}）项`;
  return label;
}

/**
 * The full citation a reader pastes into a document. A historical or superseded text names its
 * version, so it is not taken for the current one: 《中国共产党问责条例》（2016年）第六条.
 * @example citation('党委（党组）落实全面从严治党主体责任规定', article7, 1, 3)
 * // '《党委（党组）落实全面从严治党主体责任规定》第七条第（三）项'
 */
export function citation(title: string, article: CitedArticle, paragraph?: number, item?: number, year?: string): string {
  return `《${title}》${year ? `（${year}年）` : ''}${clauseLabel(article, paragraph, item)}`;
}

/** Short label of an article for navigation: 第七条, or 九、严格党的组织生活制度 for a part. */
export function articleHeading(article: Article): string {
  return article.kind === 'part' ? `${article.label}${article.title ?? ''}` : article.label;
}

/** A version's short title without its year: 纪律处分条例（2018年） → 纪律处分条例. */
export const workShortTitle = (shortTitle: string) => shortTitle.replace(/（\d{4}年）$/, '');

/**
 * A short title in 书名号, its version year (if it carries one) after it, as a version is cited:
 * 纪律处分条例（2018年） → 《纪律处分条例》（2018年）; 主体责任规定 → 《主体责任规定》.
 */
export function bookTitle(shortTitle: string): string {
  const m = /^(.*?)（(\d{4})年）$/.exec(shortTitle);
  return m ? `《${m[1]}》（${m[2]}年）` : `《${shortTitle}》`;
}
