import type { APIRoute } from 'astro';
import { getGlossary } from '../../data/content';
import { plainMarkdown } from '../../data/term-text';
import { glossaryPath } from '../../lib/url';

/** Every glossary term with its plain definition: public data, and the search index's term records. */
export const GET: APIRoute = async () => {
  const terms = (await getGlossary()).map((t) => {
    const definition = plainMarkdown(t.body);
    return {
      id: t.id,
      url: glossaryPath(t.id),
      term: t.data.term,
      aliases: t.data.aliases,
      category: t.data.category,
      definition,
    };
  });
  return new Response(JSON.stringify({ count: terms.length, terms }, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
