/**
 * The one place pages get regulations from: each entry with its parsed structure. The structure
 * comes from the remark plugin (parsed once, while the MDX compiles), so pages never re-parse.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Article, Division, RegulationStructure } from '../lib/regulation-structure';

export interface Regulation {
  id: string;
  data: CollectionEntry<'regulations'>['data'];
  structure: RegulationStructure;
}

let cache: Promise<Regulation[]> | undefined;

/** All regulations in display order. */
export function getRegulations(): Promise<Regulation[]> {
  cache ??= (async () => {
    const entries = await getCollection('regulations');
    const loaded = await Promise.all(
      entries.map(async (entry) => {
        const { remarkPluginFrontmatter } = await render(entry);
        const structure = remarkPluginFrontmatter.structure as RegulationStructure | undefined;
        if (!structure) throw new Error(`content/regulations/${entry.id}.mdx: no structure (is remark-regulation configured?)`);
        return { id: entry.id, data: entry.data, structure };
      }),
    );
    return loaded.sort((a, b) => a.data.order - b.data.order);
  })();
  return cache;
}

let byId: Promise<Map<string, Regulation>> | undefined;

/** A regulation by id, or undefined (one map per build, so lookups stay cheap at any size). */
export function findRegulation(id: string): Promise<Regulation | undefined> {
  byId ??= getRegulations().then((list) => new Map(list.map((r) => [r.id, r])));
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
