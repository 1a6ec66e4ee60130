/**
 * /data/regulations/<reg-id>/compare/<from>-<to>.json — the 新旧条文对照表 as data:
 * { regulation, from, to, counts, pairs: [{ from, to, kind }] }, article numbers as integers
 * (null where one side has no article), kind one of 未变 修改 新增 删除 移动.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { alignment, comparisons, type Comparison } from '../../../../../data/versions';
import { countKinds } from '../../../../../lib/version-align';

export const getStaticPaths = (async () =>
  (await comparisons()).map((c) => ({ params: { reg: c.work, pair: `${c.from.year}-${c.to.year}` }, props: { comparison: c } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { work, from, to } = (props as { comparison: Comparison }).comparison;
  const pairs = await alignment(work, from.year!, to.year!);
  const body = {
    regulation: work,
    from: from.year,
    to: to.year,
    counts: countKinds(pairs),
    pairs: pairs.map((p) => ({ from: p.from, to: p.to, kind: p.kind })),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
