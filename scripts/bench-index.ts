/**
 * Index designs, side by side, for the bench: each is a Pagefind index over the same built site,
 * served beside that site's pages so the search page and the bench's queries run against it.
 *
 * - `per part` (the site's own, src/plugins/pagefind.ts): one record per regulation text, or per
 *   part of at most PART_CHARS characters of a long one, each article a section with its 解读;
 *   cases, topics and terms one record each; historical texts in a second index. The record
 *   count grows with the amount of text, not with the number of articles.
 * - `per text`: the same with every text one record, however long.
 * - `per page` (the site until issue 14): one record per article page of every version, case,
 *   topic and term (the article pages still carry their search markup for this).
 * - `per chapter`: the site's records cut into parts of ten articles: smaller records, so
 *   smaller fragments to load, but ten times the records.
 *
 * Only for measuring: the site's own index is built by src/plugins/pagefind.ts.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { textParts, textRecordHtml, type GlossaryRecord } from '../src/plugins/pagefind.ts';
import type { SearchTextRecord } from '../src/data/search-texts.ts';

export type Design = 'per page' | 'per text' | 'per chapter';

/**
 * The text records of a project's build: the copy the bench keeps beside a scale's build, else
 * the last build's (the integration keeps them in Astro's cache).
 */
function textRecords(siteDir: string): SearchTextRecord[] {
  const kept = join(siteDir, 'search-records');
  const dir = existsSync(kept) ? kept : join(siteDir, 'node_modules', '.astro', 'search-records');
  return readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SearchTextRecord);
}

async function addGlossary(index: pagefind.PagefindIndex, dist: string) {
  const glossary = JSON.parse(readFileSync(join(dist, 'data', 'glossary.json'), 'utf8')) as { terms: GlossaryRecord[] };
  for (const t of glossary.terms) {
    await index.addCustomRecord({
      url: t.url,
      content: [t.term, ...t.aliases, t.definition].join('。'),
      language: 'zh-cn',
      meta: { title: `术语 · ${t.term}`, kind: '术语' },
      filters: { type: ['术语'], category: [t.category], term: [t.term, ...t.aliases] },
    });
  }
  return glossary.terms.length;
}

/** Builds a candidate design's index of a built site into `out` (a pagefind/ bundle). */
export async function buildIndexDesign(siteDir: string, dist: string, out: string, design: Design): Promise<{ records: number }> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start');
  let records = 0;
  if (design === 'per page') {
    // Every page with a search body: article pages of every version, cases, topics.
    const pages = await index.addDirectory({ path: dist });
    if (pages.errors.length) throw new Error(pages.errors.join('; '));
    records += pages.page_count;
  } else {
    const size = design === 'per text' ? Number.POSITIVE_INFINITY : 10;
    for (const t of textRecords(siteDir).filter((x) => x.current)) {
      for (let i = 0; i < t.sections.length; i += size) {
        const part = { ...t, sections: t.sections.slice(i, i + size) };
        const url = design === 'per text' ? t.path : `${t.path}?part=${i / size + 1}`;
        const { errors } = await index.addHTMLFile({ url, content: textRecordHtml(part) });
        if (errors.length) throw new Error(errors.join('; '));
        records++;
      }
    }
    const practice = await index.addDirectory({ path: dist, glob: '{cases,topics}/*/index.html' });
    if (practice.errors.length) throw new Error(practice.errors.join('; '));
    records += practice.page_count;
  }
  records += await addGlossary(index, dist);
  rmSync(out, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await pagefind.close();
  return { records };
}

/**
 * The site's own index (per part) at `factor` times a built scale's content, without building
 * the pages: every current text record and every case added `factor` times, each copy under its
 * own URL, title and regulation name (as scripts/gen-fixtures.ts copies them); topics and terms
 * once. For a scale whose build does not fit in this machine's memory (400×).
 */
export async function buildScaledIndex(siteDir: string, dist: string, out: string, factor: number): Promise<{ records: number }> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start');
  let records = 0;
  const texts = textRecords(siteDir).filter((x) => x.current);
  const cases = readdirSync(join(dist, 'cases'), { withFileTypes: true }).filter((d) => d.isDirectory());
  for (let k = 1; k <= factor; k++) {
    const tag = k === 1 ? '' : `-c${k}`;
    for (const t of texts) {
      const copy = {
        ...t,
        path: t.path.replace(/\/$/, `${tag}/`),
        title: k === 1 ? t.title : t.title.replace(/》$/, `（副本${k}）》`),
        regulation: `${t.regulation}${tag}`,
      };
      const parts = textParts(copy);
      for (const [i, part] of parts.entries()) {
        const url = parts.length > 1 ? `${copy.path}?part=${i + 1}` : copy.path;
        const { errors } = await index.addHTMLFile({ url, content: textRecordHtml(part) });
        if (errors.length) throw new Error(errors.join('; '));
        records++;
      }
    }
    for (const c of cases) {
      const content = readFileSync(join(dist, 'cases', c.name, 'index.html'), 'utf8');
      const { errors } = await index.addHTMLFile({ url: `/cases/${c.name}${tag}/`, content });
      if (errors.length) throw new Error(errors.join('; '));
      records++;
    }
  }
  const topics = await index.addDirectory({ path: dist, glob: 'topics/*/index.html' });
  records += topics.page_count + (await addGlossary(index, dist));
  rmSync(out, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await pagefind.close();
  return { records };
}

/**
 * A folder that serves the built site with another index in place of dist/pagefind: every entry
 * of dist/ linked, `pagefind` pointing at the candidate's bundle.
 */
export function siteWithIndex(dist: string, bundle: string, root: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const name of readdirSync(dist)) if (name !== 'pagefind') symlinkSync(resolve(dist, name), join(root, name));
  symlinkSync(resolve(bundle), join(root, 'pagefind'));
  return root;
}
