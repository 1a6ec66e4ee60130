/**
 * npm run refs — the citation report, without a build: every authored content file is parsed
 * and linked exactly as the build does (src/plugins/remark-content.ts), then this prints
 *
 * - per content type, how many clause links and glossary links were made;
 * - every automatic match that did not resolve or resolved with a warning (e.g. the colloquial
 *   第七条第三款 read as 第（三）项), with file:line, for a human to look at;
 * - every explicit reference that does not resolve (these fail the build), with the nearest
 *   valid clause.
 *
 * `--json` prints the full report as JSON instead. Exit code 1 if any explicit reference fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { linkInternalCitations } from '../src/lib/citation-links.ts';
import { linkContentFile } from '../src/plugins/remark-content.ts';
import { contentFiles, loadSiteIndex } from '../src/plugins/site-index.ts';

const CONTENT = join(process.cwd(), 'content');

const parser = unified().use(remarkParse).use(remarkGfm);
const reports = ['interpretations', 'cases', 'topics', 'glossary'].flatMap((dir) =>
  contentFiles(join(CONTENT, dir)).map((path) => {
    const source = readFileSync(path, 'utf8');
    const { data } = splitFrontmatter(source);
    // Parse the whole file so line numbers are the file's own; the frontmatter becomes a thematic
    // break and a paragraph that the linker never reaches (no citations live there).
    const tree = parser.parse(source.replace(/^---\n[\s\S]*?\n---\n/, (m) => '\n'.repeat(m.split('\n').length - 1)));
    return linkContentFile(tree, path, data);
  }),
);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(reports, null, 2));
} else {
  const kinds = ['interpretations', 'cases', 'topics', 'glossary'] as const;
  const label = { interpretations: '解读', cases: '案例', topics: '专题', glossary: '术语' };
  console.log(`${'type'.padEnd(24)}files  clause links  explicit  targets  term links  issues`);
  for (const k of kinds) {
    const list = reports.filter((r) => r.kind === k);
    const cites = list.flatMap((r) => r.citations);
    const row = [
      `${label[k]} (${k})`.padEnd(24),
      String(list.length).padStart(5),
      String(cites.filter((c) => !c.unlinked).length).padStart(13),
      String(cites.filter((c) => c.explicit).length).padStart(9),
      String(new Set(cites.map((c) => c.to)).size).padStart(8),
      String(list.reduce((n, r) => n + r.terms.length, 0)).padStart(11),
      String(list.reduce((n, r) => n + r.issues.length, 0)).padStart(7),
    ];
    console.log(row.join(''));
  }
  const { regulations } = loadSiteIndex();
  const internal = regulations
    .map((r) => [r.shortTitle, linkInternalCitations(r.structure, r.title, r.aliases).citations.length] as const)
    .filter(([, n]) => n);
  console.log(
    `条文 (regulations): ${internal.reduce((n, [, c]) => n + c, 0)} internal references linked (${internal.map(([t, n]) => `${t} ${n}`).join('，')})`,
  );

  const issues = reports.flatMap((r) => r.issues.map((i) => `${r.file}:${i.line}: ${i.raw} — ${i.reason}${i.nearest ? ` (nearest: ${i.nearest})` : ''}`));
  console.log(`\nAutomatic matches to look at (${issues.length}):`);
  console.log(issues.length ? issues.map((l) => `  ${l}`).join('\n') : '  none');
  const errors = reports.flatMap((r) =>
    r.errors.map((e) => `${r.file}:${e.line}: ${e.raw} — ${e.reason}${e.nearest ? ` (nearest valid clause: ${e.nearest})` : ''}`),
  );
  console.log(`\nExplicit references that do not resolve (${errors.length}; the build fails on these):`);
  console.log(errors.length ? errors.map((l) => `  ${l}`).join('\n') : '  none');
  process.exitCode = errors.length ? 1 : 0;
}
