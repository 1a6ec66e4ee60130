/**
 * Astro integration: builds the Pagefind search index at the end of `astro build`, through
 * Pagefind's Node API (the extended binary, which segments Chinese words).
 *
 * What is indexed is decided by the pages: each article, case and topic page marks its body with
 * data-pagefind-body (with meta, filters and sort keys); the glossary is one page, so each term
 * becomes its own record from /data/glossary.json, landing on its anchor. Navigation, footers,
 * previews and backlinks are outside the bodies and never indexed.
 *
 * In `astro dev` the index of the last build (dist/pagefind) is served, so search works in dev
 * against it; the search page says what to run when there is none.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface GlossaryRecord {
  id: string;
  url: string;
  term: string;
  aliases: string[];
  category: string;
  definition: string;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

function dirSize(dir: string): number {
  return readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? dirSize(p) : statSync(p).size);
  }, 0);
}

export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  let outDir = 'dist';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, 'pagefind');
        if (!existsSync(bundle)) logger.warn(`no search index in ${bundle}: run \`npm run build\` once, then search works in dev too`);
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (!path.startsWith(`${base}pagefind/`)) return next();
          const file = join(bundle, decodeURIComponent(path.slice(`${base}pagefind/`.length)));
          if (!file.startsWith(bundle) || !existsSync(file) || statSync(file).isDirectory()) {
            res.statusCode = 404;
            res.end('No search index: run `npm run build` first (dev mode serves the index of the last build).');
            return;
          }
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.end(readFileSync(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = Date.now();
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed:\n${added.errors.join('\n')}`);
        const glossary = JSON.parse(readFileSync(join(site, 'data', 'glossary.json'), 'utf8')) as { terms: GlossaryRecord[] };
        for (const t of glossary.terms) {
          const { errors } = await index.addCustomRecord({
            url: t.url,
            content: [t.term, ...t.aliases, t.definition].join('。'),
            language: 'zh-cn',
            meta: { title: `术语 · ${t.term}`, kind: '术语' },
            // `term`: every name of the term, so a query that is one finds its definition first.
            filters: { type: ['术语'], category: [t.category], version: ['现行'], term: [t.term, ...t.aliases] },
          });
          if (errors.length) throw new Error(`Pagefind could not index term ${t.id}: ${errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write the index:\n${written.errors.join('\n')}`);
        await pagefind.close();
        const kb = (dirSize(join(site, 'pagefind')) / 1024).toFixed(0);
        logger.info(`search: ${added.page_count} pages and ${glossary.terms.length} terms indexed in ${Date.now() - started} ms (index ${kb} KB)`);
      },
    },
  };
}
