/**
 * What the 引文核验 page embeds: every version's names and shape (no text), and, for each
 * historical version, its articles' counterparts in the current version from the computed
 * alignment (src/lib/cite-check.ts shapes it). A few kilobytes; the clause texts are fetched per
 * regulation when a result needs them.
 */
import { checkData, type CheckData } from '../lib/cite-check';
import type { Pair } from '../lib/version-align';
import { getAllVersions, versionsOf } from './regulations';
import { alignment } from './versions';

export async function citeCheckData(): Promise<CheckData> {
  const all = await getAllVersions();
  const alignments = new Map<string, Pair[]>();
  for (const r of all.filter((v) => !v.current)) {
    const current = (await versionsOf(r.work)).find((v) => v.current);
    if (current?.year && r.year) alignments.set(r.id, await alignment(r.work, r.year, current.year));
  }
  return checkData(
    all.map((r) => ({
      id: r.id,
      work: r.work,
      year: r.year,
      current: r.current,
      title: r.data.title,
      shortTitle: r.data.shortTitle,
      aliases: r.data.aliases,
      status: r.data.status,
      statusNote: r.data.statusNote,
      structure: r.structure,
    })),
    alignments,
  );
}
