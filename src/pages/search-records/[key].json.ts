/**
 * Build-time only: each text's search record (src/data/search-texts.ts), read by the Pagefind
 * integration at the end of the build, which indexes it and removes this folder from the output.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllVersions, type Regulation } from '../../data/regulations';
import { searchTextRecord } from '../../data/search-texts';

export const getStaticPaths = (async () =>
  (await getAllVersions()).map((regulation) => ({ params: { key: regulation.id.replace('@', '-v') }, props: { regulation } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await searchTextRecord((props as { regulation: Regulation }).regulation)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
