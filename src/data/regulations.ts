/**
 * The one place pages get regulations from: each entry with its parsed structure. The structure
 * comes from the remark plugin (parsed once, while the MDX compiles), so pages never re-parse.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Article, Division, RegulationStructure } from '../lib/regulation-structure';
import { fileKey, versionYear } from '../lib/versions';

export interface Regulation {
  /** The key: the work's id for its current version, `work@year` for a historical one. */
  id: string;
  /** The work this is a version of (the id of its current version). */
  work: string;
  /** The version's year, where the work has dated versions on the site. */
  year?: string | undefined;
  /** The current version of its work (the one at the work's own URLs). */
  current: boolean;
  data: CollectionEntry<'regulations'>['data'];
  structure: RegulationStructure;
}

let cache: Promise<Regulation[]> | undefined;

/** Every version of every regulation: works in display order, each work's versions newest first. */
export function getAllVersions(): Promise<Regulation[]> {
  cache ??= (async () => {
    const entries = await getCollection('regulations');
    const loaded = await Promise.all(
      entries.map(async (entry): Promise<Regulation> => {
        const { remarkPluginFrontmatter } = await render(entry);
        const structure = remarkPluginFrontmatter.structure as RegulationStructure | undefined;
        if (!structure) throw new Error(`content/regulations/${entry.id}.mdx: no structure (is remark-regulation configured?)`);
        const id = fileKey(entry.id, entry.data);
        const work = entry.data.work ?? entry.id;
        const year = versionYear(entry.data);
        return { id, work, year, current: id === work, data: entry.data, structure };
      }),
    );
    return loaded.sort((a, b) => a.data.order - b.data.order || Number(b.current) - Number(a.current) || (b.year ?? '').localeCompare(a.year ?? ''));
  })();
  return cache;
}

/** The current version of every regulation, in display order. */
export async function getRegulations(): Promise<Regulation[]> {
  return (await getAllVersions()).filter((r) => r.current);
}

/** The versions of a work, oldest first (one entry for a work with a single version). */
export async function versionsOf(work: string): Promise<Regulation[]> {
  return (await getAllVersions()).filter((r) => r.work === work).sort((a, b) => (a.year ?? '').localeCompare(b.year ?? ''));
}

let byId: Promise<Map<string, Regulation>> | undefined;

/** A regulation (any version) by key, or undefined (one map per build, so lookups stay cheap at any size). */
export function findRegulation(id: string): Promise<Regulation | undefined> {
  byId ??= getAllVersions().then((list) => new Map(list.map((r) => [r.id, r])));
  return byId.then((m) => m.get(id));
}

export async function getRegulation(id: string): Promise<Regulation> {
  const reg = await findRegulation(id);
  if (!reg) throw new Error(`unknown regulation "${id}"`);
  return reg;
}

/** The divisions (编, 章, 节) that contain an article, outermost first. */
export function divisionsOf(structure: RegulationStructure, article: Article): Division[] {
  const found: Division[] = [];
  const walk = (list: Division[]) => {
    for (const d of list) {
      if (article.divisions.includes(d.anchor)) {
        found.push(d);
        walk(d.children);
      }
    }
  };
  walk(structure.divisions);
  return found;
}
