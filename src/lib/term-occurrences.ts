/**
 * Where a glossary term occurs in the official texts: every 款 or 项 whose text contains the term
 * or one of its aliases. Computed from the structures, so the glossary never keeps a hand list.
 */
import type { ClauseId } from './clause-id.ts';
import type { RegulationStructure } from './regulation-structure.ts';

/**
 * @example termOccurrences(['一岗双责'], structure) // ['zhuti-zeren:8.3']
 */
export function termOccurrences(forms: string[], structure: RegulationStructure): ClauseId[] {
  const found: ClauseId[] = [];
  const strip = (t: string) => t.replace(/\s+/g, '');
  const wanted = forms.map(strip).filter((f) => f.length >= 2);
  for (const article of structure.articles) {
    for (const paragraph of article.paragraphs) {
      const items = paragraph.items.filter((i) => wanted.some((f) => strip(i.text).includes(f)));
      if (items.length) found.push(...items.map((i) => i.id));
      else if (wanted.some((f) => strip(paragraph.text).includes(f))) found.push(paragraph.id);
    }
  }
  return found;
}
