/**
 * Versions of a work, aligned: the glue between the parsed regulations and the pure alignment in
 * src/lib/version-align.ts. Each pair of versions is aligned once per build, from structures the
 * remark plugin parsed once; pages ask for an article's history and the comparison tables.
 */
import type { Article } from '../lib/regulation-structure';
import { align, alignArticles, type Pair } from '../lib/version-align';
import { getAllVersions, versionsOf, type Regulation } from './regulations';

const alignments = new Map<string, Promise<Pair[]>>();

/** The pairs of two versions of a work (older year first), computed once per build. */
export function alignment(work: string, from: string, to: string): Promise<Pair[]> {
  const key = `${work}:${from}-${to}`;
  let found = alignments.get(key);
  if (!found) {
    found = versionsOf(work).then((versions) => {
      const a = versions.find((v) => v.year === from);
      const b = versions.find((v) => v.year === to);
      if (!a || !b) throw new Error(`no versions ${from} and ${to} of ${work}`);
      return align(alignArticles(a.structure), alignArticles(b.structure));
    });
    alignments.set(key, found);
  }
  return found;
}

export interface Comparison {
  work: string;
  from: Regulation;
  to: Regulation;
}

/** Every comparison the site publishes: each pair of versions of a work, older first. */
export async function comparisons(): Promise<Comparison[]> {
  const all = await getAllVersions();
  const works = [...new Set(all.map((r) => r.work))];
  const out: Comparison[] = [];
  for (const work of works) {
    const versions = await versionsOf(work);
    for (let i = 0; i < versions.length; i++) for (let j = i + 1; j < versions.length; j++) out.push({ work, from: versions[i]!, to: versions[j]! });
  }
  return out;
}

export interface HistoryEntry {
  version: Regulation;
  /** The corresponding article in that version, or null when it has none. */
  number: number | null;
  /** What happened between this page's version and that one, read from the older to the newer. */
  kind: Pair['kind'];
  changed: boolean;
  /** The comparison this pair is a row of: [older year, newer year]. */
  compare: [string, string];
}

/**
 * An article's history: for each other version of its work, the corresponding article (by the
 * computed alignment, never by number), and whether it changed.
 */
export async function historyOf(regulation: Regulation, article: Article): Promise<HistoryEntry[]> {
  const versions = await versionsOf(regulation.work);
  if (versions.length < 2 || !regulation.year) return [];
  const out: HistoryEntry[] = [];
  for (const other of versions) {
    if (other.id === regulation.id) continue;
    const olderFirst = other.year! < regulation.year;
    const [from, to] = olderFirst ? [other.year!, regulation.year] : [regulation.year, other.year!];
    const pairs = await alignment(regulation.work, from, to);
    const pair = pairs.find((p) => (olderFirst ? p.to : p.from) === article.number)!;
    const number = olderFirst ? pair.from : pair.to;
    out.push({ version: other, number, kind: pair.kind, changed: pair.changed, compare: [from, to] });
  }
  return out;
}

/** The current version's article that corresponds to an article of a historical version. */
export async function currentCounterpart(regulation: Regulation, article: Article): Promise<{ current: Regulation; number: number | null } | undefined> {
  if (regulation.current) return undefined;
  const versions = await versionsOf(regulation.work);
  const current = versions.find((v) => v.current);
  if (!current) return undefined;
  const pairs = await alignment(regulation.work, regulation.year!, current.year!);
  return { current, number: pairs.find((p) => p.from === article.number)?.to ?? null };
}

/** The version that followed a historical one, and when it took effect. */
export async function successorOf(regulation: Regulation): Promise<Regulation | undefined> {
  const versions = await versionsOf(regulation.work);
  const i = versions.findIndex((v) => v.id === regulation.id);
  return versions[i + 1];
}
