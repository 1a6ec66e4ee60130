import type { APIRoute } from 'astro';
import { getCitationEdges } from '../../data/citations';

/** Every citation edge on the site: citing page, target clause id, text as written, warning. */
export const GET: APIRoute = async () => {
  const edges = await getCitationEdges();
  const body = {
    count: edges.length,
    edges: edges.map(({ from, kind, fromClause, to, text, warning }) => ({ from, kind, fromClause: fromClause ?? null, to, text, warning: warning ?? null })),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
