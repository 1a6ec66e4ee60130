import type { APIRoute, GetStaticPaths } from 'astro';
import { getRegulations, type Regulation } from '../../../data/regulations';
import { regulationUnits } from '../../../lib/regulation-units';
import { articlePath, regulationPath } from '../../../lib/url';

export const getStaticPaths = (async () => {
  const regulations = await getRegulations();
  return regulations.map((regulation) => ({ params: { reg: regulation.id }, props: { regulation } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => regulationJson((props as { regulation: Regulation }).regulation);

/** The structured text of one version, as JSON (shared with the historical versions' route). */
export function regulationJson(regulation: Regulation): Response {
  const { id, data, structure } = regulation;
  const body = {
    id,
    work: regulation.work,
    version: regulation.year ?? null,
    current: regulation.current,
    title: data.title,
    shortTitle: data.shortTitle,
    category: data.category,
    status: data.status,
    supersededBy: data.supersededBy ?? null,
    issuer: data.issuer ?? null,
    dates: data.dates,
    dateNote: data.dateNote ?? null,
    structure: structure.kind,
    url: regulationPath(id),
    units: regulationUnits(structure, (n) => articlePath(id, n)),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
