/** /data/regulations/<reg-id>/v<year>.json — the structured text of a historical version. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllVersions, type Regulation } from '../../../../data/regulations';
import { regulationJson } from '../[reg].json';

export const getStaticPaths = (async () =>
  (await getAllVersions())
    .filter((r) => !r.current)
    .map((regulation) => ({ params: { reg: regulation.work, year: regulation.year! }, props: { regulation } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => regulationJson((props as { regulation: Regulation }).regulation);
