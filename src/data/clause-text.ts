/** Looks up the title and official text of any clause id, for previews. */
import { articleHeading, bookTitle, clauseLabel } from '../lib/cite';
import { parseClauseId } from '../lib/clause-id';
import { articleText } from '../lib/regulation-structure';
import { findRegulation } from './regulations';
import { clausePath } from '../lib/url';
import { url } from '../site';

export interface ClausePreview {
  title: string;
  text: string;
}

export async function clausePreview(id: string): Promise<ClausePreview | undefined> {
  const ref = parseClauseId(id);
  if (!ref) return undefined;
  const reg = await findRegulation(ref.reg);
  const article = reg?.structure.articles.find((a) => a.number === ref.article);
  if (!reg || !article) return undefined;
  const title = `${bookTitle(reg.data.shortTitle)}${ref.paragraph ? clauseLabel(article, ref.paragraph, ref.item) : articleHeading(article)}`;
  if (!ref.paragraph) return { title, text: articleText(article) };
  const paragraph = article.paragraphs[ref.paragraph - 1];
  const unit = ref.item ? paragraph?.items[ref.item - 1] : paragraph;
  return unit ? { title, text: unit.text } : undefined;
}

/** Base-aware URL of a clause: its article page at the clause's anchor. */
export async function clauseHref(id: string): Promise<string> {
  const ref = parseClauseId(id);
  if (!ref) throw new Error(`not a clause id: ${id}`);
  const reg = await findRegulation(ref.reg);
  return url(clausePath(ref, reg?.structure.kind ?? 'articles'));
}
