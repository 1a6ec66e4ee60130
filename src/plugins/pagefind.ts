/**
 * Astro integration: builds the search indexes at the end of `astro build`, through Pagefind's
 * Node API (the extended binary, which segments Chinese words).
 *
 * What is indexed (issue 14: the first query's cost grows with the number of records, about
 * 9 bytes each of start-up metadata, so records are texts, not articles):
 * - each current regulation text is one record, each of its articles a section headed
 *   `id="art-n"` (a hit names its article through Pagefind's sub-results; the search page
 *   opens the article page), the article's 解读 inside its section. The records come from
 *   /search-records/*.json (src/data/search-texts.ts), which this step reads and moves out of
 *   the site (into Astro's cache dir, where the bench finds them);
 * - cases and topics, one record per page (their bodies marked data-pagefind-body);
 * - the glossary, one record per term from /data/glossary.json, landing on its anchor.
 * Historical versions go to a second index, /pagefind-history/, loaded only when a reader asks
 * for them: the everyday search carries no version filter and no old text.
 * Article pages keep their own search markup for the bench's per-page design; they are not indexed.
 *
 * In `astro dev` the index of the last build (dist/pagefind) is served, so search works in dev
 * against it; the search page says what to run when there is none.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchTextRecord } from '../data/search-texts';
import { intToCn } from '../lib/numerals.ts';
import type { SectionInfo } from '../lib/search-ui.ts';

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
  let cacheDir = 'node_modules/.astro';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
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
        const recordsDir = join(site, 'search-records');
        const main = await newIndex();
        const history = await newIndex();
        // One text at a time (at the scale of the whole system they are thousands).
        let current = 0;
        let older = 0;
        for (const f of readdirSync(recordsDir)) {
          const t = JSON.parse(readFileSync(join(recordsDir, f), 'utf8')) as SearchTextRecord;
          if (t.current) {
            await addText(main, t);
            current++;
          } else if (t.sections.length) {
            await addText(history, t);
            older++;
          }
        }
        const added = await main.addDirectory({ path: site, glob: '{cases,topics}/*/index.html' });
        if (added.errors.length) throw new Error(`Pagefind indexing failed:\n${added.errors.join('\n')}`);
        const glossary = JSON.parse(readFileSync(join(site, 'data', 'glossary.json'), 'utf8')) as { terms: GlossaryRecord[] };
        for (const t of glossary.terms) {
          const { errors } = await main.addCustomRecord({
            url: t.url,
            content: [t.term, ...t.aliases, t.definition].join('。'),
            language: 'zh-cn',
            meta: { title: `术语 · ${t.term}`, kind: '术语' },
            // `term`: every name of the term, so a query that is one finds its definition first.
            filters: { type: ['术语'], category: [t.category], term: [t.term, ...t.aliases] },
          });
          if (errors.length) throw new Error(`Pagefind could not index term ${t.id}: ${errors.join('; ')}`);
        }
        await write(main, join(site, 'pagefind'));
        await write(history, join(site, 'pagefind-history'));
        await pagefind.close();
        // Out of the published site; kept in Astro's cache for the bench's other index designs.
        const kept = join(cacheDir, 'search-records');
        rmSync(kept, { recursive: true, force: true });
        mkdirSync(cacheDir, { recursive: true });
        try {
          renameSync(recordsDir, kept);
        } catch {
          cpSync(recordsDir, kept, { recursive: true });
          rmSync(recordsDir, { recursive: true });
        }
        const kb = (d: string) => (dirSize(join(site, d)) / 1024).toFixed(0);
        logger.info(
          `search: ${current} texts, ${added.page_count} cases and topics, ${glossary.terms.length} terms indexed (index ${kb('pagefind')} KB); ` +
            `${older} historical texts in pagefind-history (${kb('pagefind-history')} KB); ${Date.now() - started} ms`,
        );
      },
    },
  };
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

async function write(index: pagefind.PagefindIndex, outputPath: string) {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}:\n${written.errors.join('\n')}`);
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * One text as one record: each article a section with its heading's `id`, then its 解读; what the
 * sections say beyond their text goes in the `sections` meta ({@link SectionInfo}), which Pagefind
 * keeps in the record's fragment, loaded with its excerpts.
 */
export function textRecordHtml(t: SearchTextRecord): string {
  const info: SectionInfo = {};
  const year = t.sections[0]?.editions[0];
  for (const s of t.sections) {
    const i: SectionInfo[string] = {};
    if (s.interpretationTitle) i.t = s.interpretationTitle;
    if (s.subjects.length) i.s = s.subjects;
    if (s.olderKeys.length) i.e = s.olderKeys;
    if (s.version !== t.version) i.v = s.version;
    if (s.heading !== `第${intToCn(s.number)}条`) i.h = s.heading;
    if (Object.keys(i).length) info[s.number] = i;
  }
  const uniq = (xs: string[]) => [...new Set(xs)];
  const filters: Record<string, string[]> = {
    type: ['条文', ...(t.sections.some((s) => s.interpretation) ? ['解读'] : [])],
    regulation: [t.regulation],
    subject: uniq(t.sections.flatMap((s) => s.subjects)),
    edition: uniq(t.sections.flatMap((s) => s.editions)),
  };
  const spans = [
    ...Object.entries({ title: t.title, kind: '条文', version: t.version, ...(year ? { year } : {}), sections: JSON.stringify(info) }).map(
      ([k, v]) => `<span data-pagefind-meta="${k}:${esc(v)}"></span>`,
    ),
    ...Object.entries(filters).flatMap(([k, vs]) => vs.map((v) => `<span data-pagefind-filter="${k}:${esc(v)}"></span>`)),
    `<span data-pagefind-sort="order:${t.order}"></span>`,
  ].join('');
  const para = (text: string) =>
    text
      .split('\n')
      .filter(Boolean)
      .map((l) => `<p>${esc(l)}</p>`)
      .join('');
  const body = t.sections.map((s) => `<section><h2 id="art-${s.number}">${esc(s.heading)}</h2>${para(s.text)}${para(s.interpretation)}</section>`).join('');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(t.title)}</title></head><body><main data-pagefind-body>${spans}${body}</main></body></html>`;
}

/**
 * The most text one record holds (characters of official text and 解读): a longer text is cut
 * into parts of whole articles. A record's excerpts are computed over its whole text on every
 * hit, so a 30,000-character text makes every query that touches it slow; a part costs one more
 * record of start-up metadata. Chosen with `npm run bench` (issue 14).
 */
export const PART_CHARS = 8000;

/** A text's records: itself, or its parts of whole articles (each at most `limit` characters, unless one article is longer). */
export function textParts(t: SearchTextRecord, limit = PART_CHARS): SearchTextRecord[] {
  const parts: SearchTextRecord[] = [];
  let size = 0;
  for (const s of t.sections) {
    const n = s.heading.length + s.text.length + s.interpretation.length;
    if (!parts.length || size + n > limit) {
      parts.push({ ...t, sections: [] });
      size = 0;
    }
    parts.at(-1)!.sections.push(s);
    size += n;
  }
  return parts.length ? parts : [t];
}

async function addText(index: pagefind.PagefindIndex, t: SearchTextRecord, limit = PART_CHARS) {
  const parts = textParts(t, limit);
  for (const [i, part] of parts.entries()) {
    // Every part opens at the full text; its sections, at their article pages.
    const url = parts.length > 1 ? `${t.path}?part=${i + 1}` : t.path;
    const { errors } = await index.addHTMLFile({ url, content: textRecordHtml(part) });
    if (errors.length) throw new Error(`Pagefind could not index ${t.id}: ${errors.join('; ')}`);
  }
}
