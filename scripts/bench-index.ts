/**
 * Index designs, side by side, for the bench: each is a Pagefind index over the same built site,
 * served beside that site's pages so the search page and the bench's queries run against it.
 *
 * - `per page` (the site today): one record per article page, case, topic and term.
 * - `per text`: one record per regulation text (each article a sub-result, an `id="art-n"`
 *   heading), one per regulation for its 解读 (each 解读 a sub-result on its article), and the
 *   cases, topics and terms as they are. Article pages stay for reading but are not indexed:
 *   the record count grows with the number of texts, not with the number of articles.
 *
 * - `per chapter`: the same, with one record per 章 (or group; ten articles at a time where a
 *   text has no chapters) instead of per text: smaller records, so smaller fragments to load.
 *
 * Only for measuring: the site's own index is built by src/plugins/pagefind.ts.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { articleHeading, workShortTitle } from '../src/lib/cite.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { articleText, type Division, type RegulationStructure } from '../src/lib/regulation-structure.ts';
import { keyPath } from '../src/lib/versions.ts';
import { loadSiteIndex } from '../src/plugins/site-index.ts';
import type { GlossaryRecord } from '../src/plugins/pagefind.ts';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
/** Markdown of ours as plain text: links keep their label, markup goes. */
const plain = (md: string) =>
  md
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#+\s*/gm, '')
    .replace(/[*_`>]/g, '');

function page(title: string, kind: string, filters: Record<string, string>, sections: { id: string; heading: string; text: string }[]): string {
  const f = Object.entries(filters)
    .map(([k, v]) => `<span data-pagefind-filter="${k}:${esc(v)}"></span>`)
    .join('');
  const body = sections.map((s) => `<h2 id="${s.id}">${esc(s.heading)}</h2><p>${esc(s.text)}</p>`).join('');
  return `<!DOCTYPE html><html lang="zh-CN"><head><title>${esc(title)}</title></head><body><main data-pagefind-body><span data-pagefind-meta="title:${esc(title)}"></span><span data-pagefind-meta="kind:${kind}"></span>${f}${body}</main></body></html>`;
}

/** The article numbers of each chapter-sized part of a text (章 or group; else ten at a time). */
function chapters(structure: RegulationStructure): number[][] {
  const out: number[][] = [];
  const walk = (d: Division) => {
    if (d.kind === 'zhang' || d.kind === 'group') {
      const all = (x: Division): number[] => [...x.articles, ...x.children.flatMap(all)];
      out.push(all(d).sort((a, b) => a - b));
    } else {
      if (d.articles.length) out.push([...d.articles]);
      d.children.forEach(walk);
    }
  };
  structure.divisions.forEach(walk);
  const covered = new Set(out.flat());
  const rest = structure.articles.map((a) => a.number).filter((n) => !covered.has(n));
  for (let i = 0; i < rest.length; i += 10) out.push(rest.slice(i, i + 10));
  return out;
}

export type Design = 'per text' | 'per chapter';

/** Builds the `per text` or `per chapter` index of a built site into `out` (a pagefind/ bundle). */
export async function buildGroupedIndex(siteDir: string, dist: string, out: string, design: Design = 'per text'): Promise<{ records: number }> {
  const { regulations } = loadSiteIndex(join(siteDir, 'content'));
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start');
  let records = 0;
  for (const r of regulations) {
    const current = !r.id.includes('@');
    const filters = { type: '条文', regulation: current ? r.shortTitle : workShortTitle(r.shortTitle), version: current ? '现行' : '历史' };
    const groups = design === 'per text' ? [r.structure.articles.map((a) => a.number)] : chapters(r.structure);
    for (const [i, numbers] of groups.entries()) {
      const sections = r.structure.articles
        .filter((a) => numbers.includes(a.number))
        .map((a) => ({ id: `art-${a.number}`, heading: articleHeading(a), text: articleText(a) }));
      const url = `/regulations/${keyPath(r.id)}/${groups.length > 1 ? `?part=${i + 1}` : ''}`;
      const { errors } = await index.addHTMLFile({ url, content: page(`《${r.shortTitle}》`, '条文', filters, sections) });
      if (errors.length) throw new Error(errors.join('; '));
      records++;
    }
  }
  const interpDir = join(siteDir, 'content', 'interpretations');
  for (const reg of existsSync(interpDir) ? readdirSync(interpDir) : []) {
    const r = regulations.find((x) => x.id === reg)!;
    const sections = readdirSync(join(interpDir, reg))
      .map((f) => splitFrontmatter(readFileSync(join(interpDir, reg, f), 'utf8')))
      .map(({ data, body }) => ({
        id: `art-${String(data.article)}`,
        heading: `${String(data.title)}`,
        text: [data.summary, ...((data.points as string[] | undefined) ?? []), plain(body)].join('。'),
      }));
    const { errors } = await index.addHTMLFile({
      url: `/regulations/${reg}/#interpretations`,
      content: page(`《${r.shortTitle}》解读`, '条文', { type: '解读', regulation: r.shortTitle, version: '现行' }, sections),
    });
    if (errors.length) throw new Error(errors.join('; '));
    records++;
  }
  const practice = await index.addDirectory({ path: dist, glob: '{cases,topics}/*/index.html' });
  if (practice.errors.length) throw new Error(practice.errors.join('; '));
  records += practice.page_count;
  const glossary = JSON.parse(readFileSync(join(dist, 'data', 'glossary.json'), 'utf8')) as { terms: GlossaryRecord[] };
  for (const t of glossary.terms) {
    await index.addCustomRecord({
      url: t.url,
      content: [t.term, ...t.aliases, t.definition].join('。'),
      language: 'zh-cn',
      meta: { title: `术语 · ${t.term}`, kind: '术语' },
      filters: { type: ['术语'], category: [t.category], version: ['现行'], term: [t.term, ...t.aliases] },
    });
    records++;
  }
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
