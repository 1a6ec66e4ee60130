/**
 * How a clause is cited in writing: 《党委（党组）落实全面从严治党主体责任规定》第七条第（三）项.
 */
import type { Article } from './regulation-structure.ts';
import { intToCn } from './numerals.ts';

/**
 * The Chinese label of a clause within its article. The 款 is named only when the article has
 * more than one 款, as official documents do (第七条第（三）项, but 第十八条第二款).
 * @example clauseLabel(article7, 1, 3) // '第七条第（三）项'
 */
export function clauseLabel(article: Article, paragraph?: number, item?: number): string {
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
 * The full citation a reader pastes into a document.
 * @example citation('党委（党组）落实全面从严治党主体责任规定', article7, 1, 3)
 * // '《党委（党组）落实全面从严治党主体责任规定》第七条第（三）项'
 */
export function citation(title: string, article: Article, paragraph?: number, item?: number): string {
  return `《${title}》${clauseLabel(article, paragraph, item)}`;
}

/** Short label of an article for navigation: 第七条, or 九、严格党的组织生活制度 for a part. */
export function articleHeading(article: Article): string {
  return article.kind === 'part' ? `${article.label}${article.title ?? ''}` : article.label;
}
