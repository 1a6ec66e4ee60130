/** Plain-text definitions of glossary terms, for previews and search descriptions. */
import { getCollection } from 'astro:content';

/** Markdown source → reading text: links keep their words, emphasis marks go. */
export function plainMarkdown(md: string): string {
  return md
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]/g, '')
    .replace(/\s*\n\s*/g, '')
    .trim();
}

let cache: Promise<Map<string, { term: string; text: string }>> | undefined;

export function termDefinitions() {
  cache ??= getCollection('glossary').then((list) => new Map(list.map((t) => [t.id, { term: t.data.term, text: plainMarkdown(t.body ?? '') }])));
  return cache;
}
