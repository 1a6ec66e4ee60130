import type { APIRoute, GetStaticPaths } from 'astro';
import { getRegulations } from '../../../data/regulations';
import { regulationUnits } from '../../../lib/regulation-units';
import { articlePath, regulationPath } from '../../../lib/url';

export const getStaticPaths = (async () => {
  const regulations = await getRegulations();
  return regulations.map((regulation) => ({ params: { reg: regulation.id }, props: { regulation } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { regulation } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const { id, data, structure } = regulation;
  const body = {
    id,
    title: data.title,
    shortTitle: data.shortTitle,
    category: data.category,
    status: data.status,
    supersededBy: data.supersededBy ?? null,
    issuer: data.issuer ?? null,
    dates: data.dates,
    structure: structure.kind,
    url: regulationPath(id),
    units: regulationUnits(structure, (n) => articlePath(id, n)),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
