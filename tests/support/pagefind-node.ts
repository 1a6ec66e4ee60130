/**
 * Pagefind's own search bundle (dist/pagefind/pagefind.js), run in Node: the built index is
 * served over local HTTP, the page language is zh-CN (so queries are segmented into Chinese
 * words as in the browser), and there is no Web Worker (Pagefind then searches in-thread).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { RANKING } from '../../src/lib/search-ui.ts';

export interface PagefindResult {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string; anchor?: { id?: string }; weighted_locations?: { balanced_score: number }[] }[];
  anchors: { element: string; id: string; text: string; location: number }[];
}

export interface NodePagefind {
  search: (
    q: string | null,
    options?: { filters?: Record<string, string | string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: { id: string; score: number; data: () => Promise<PagefindResult> }[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  close: () => Promise<void>;
}

/** One of the built site's indexes: `pagefind` (everyday) or `pagefind-history` (historical texts). */
export async function loadPagefind(root = 'dist', bundle = 'pagefind'): Promise<NodePagefind> {
  const server = await serve({ root, base: '/', port: 0 });
  (globalThis as { document?: unknown }).document ??= {
    currentScript: null,
    querySelector: (sel: string) => (sel === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? 'zh-CN' : null) } : null),
  };
  const dir = resolve('.tmp/pagefind-node');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `pagefind-${Date.now()}-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, readFileSync(join(root, bundle, 'pagefind.js'), 'utf8'));
  const pf = await import(pathToFileURL(file).href);
  await pf.options({ basePath: `${server.url}${bundle}/`, baseUrl: '/', ranking: RANKING });
  await pf.init();
  return { search: pf.search, filters: pf.filters, close: async () => (await pf.destroy(), server.close()) };
}
