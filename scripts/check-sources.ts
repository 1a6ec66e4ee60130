/**
 * npm run check:sources — checks authored content against the published sources in ../shared:
 *
 * - every figure in a case's frontmatter (value + unit, e.g. 55项) occurs in a seed article the
 *   case cites, and every Arabic number in a case's text is one of its figures (years aside);
 * - every “quotation” in any content page occurs in an official text or in a seed it cites;
 * - every cited seed exists, and its publication date agrees with the seeds README.
 *
 * Prints each problem as `file:line: reason` and exits 1 if there is any. Needs ../shared (the
 * seeds are not part of this repository); without it, it says so and exits 2.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { contentFiles } from '../src/plugins/site-index.ts';

const ROOT = process.cwd();
const SHARED = process.env.SHARED_DIR ?? join(ROOT, '..', 'shared');
const SEEDS_DIR = join(SHARED, 'seeds');
const CONTENT_DIR = join(ROOT, 'content');

const squeeze = (t: string) => t.replace(/\s+/g, '');

interface Problem {
  file: string;
  line: number;
  reason: string;
}

export function checkSources(
  contentDir = CONTENT_DIR,
  seedsDir = SEEDS_DIR,
): { problems: Problem[]; checked: { quotes: number; figures: number; files: number } } {
  const seedFiles = new Map<string, string>();
  for (const f of readdirSync(seedsDir)) {
    const m = /^(\d{3})_.*\.txt$/.exec(f);
    if (m) seedFiles.set(m[1]!, squeeze(readFileSync(join(seedsDir, f), 'utf8')));
  }
  const readme = readFileSync(join(seedsDir, 'README.md'), 'utf8');
  const official = readdirSync(join(contentDir, 'regulations'))
    .map((f) => squeeze(splitFrontmatter(readFileSync(join(contentDir, 'regulations', f), 'utf8')).body.replace(/\\\./g, '.')))
    .join('\n');

  const problems: Problem[] = [];
  const checked = { quotes: 0, figures: 0, files: 0 };
  const files = ['interpretations', 'cases', 'glossary', 'topics'].flatMap((dir) => contentFiles(join(contentDir, dir)));
  for (const path of files) {
    const file = relative(ROOT, path);
    const source = readFileSync(path, 'utf8');
    const { data, body, bodyLine } = splitFrontmatter(source);
    checked.files++;
    const lineOf = (index: number) => bodyLine + (body.slice(0, index).match(/\n/g)?.length ?? 0);
    const sources = (Array.isArray(data.sources) ? data.sources : []) as { seed?: string; date?: unknown; title?: string }[];
    const seeds: string[] = [];
    for (const s of sources) {
      if (!s.seed) continue;
      const text = seedFiles.get(s.seed);
      if (!text) {
        problems.push({ file, line: 1, reason: `source seed ${s.seed} does not exist in ${relative(ROOT, seedsDir)}` });
        continue;
      }
      seeds.push(text);
      const date = s.date instanceof Date ? s.date.toISOString().slice(0, 10) : String(s.date);
      const row = readme.split('\n').find((l) => l.includes(`${s.seed}_`));
      if (row && !row.includes(date)) problems.push({ file, line: 1, reason: `source seed ${s.seed}: date ${date} is not the date in the seeds README` });
    }

    // Quotations: innermost “…” spans of the body and of frontmatter text.
    const texts: { text: string; line: number }[] = [{ text: body, line: bodyLine }];
    for (const value of [data.summary, ...(Array.isArray(data.points) ? data.points : [])]) if (typeof value === 'string') texts.push({ text: value, line: 1 });
    for (const { text, line } of texts) {
      for (const m of text.matchAll(/“([^“”]+)”/g)) {
        const quote = squeeze(m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*/g, ''));
        if (quote.length < 2) continue;
        checked.quotes++;
        if (official.includes(quote) || seeds.some((s) => s.includes(quote))) continue;
        const where = line === bodyLine ? lineOf(m.index) : line;
        problems.push({
          file,
          line: where,
          reason: `quotation “${m[1]}” occurs in no official text${seeds.length ? ' and in no cited seed' : ' (the page cites no seed)'}`,
        });
      }
    }

    if (!relative(contentDir, path).startsWith('cases')) continue;
    const figures = (Array.isArray(data.figures) ? data.figures : []) as { value: unknown; unit: string }[];
    const figureValues = new Set(figures.map((f) => /\d+(?:\.\d+)?/.exec(String(f.value))?.[0]));
    for (const f of figures) {
      checked.figures++;
      const written = squeeze(`${f.value}${f.unit}`);
      if (!seeds.some((s) => s.includes(written))) problems.push({ file, line: 1, reason: `figure ${written} occurs in no seed the case cites` });
    }
    // Link targets (clause:zhuti-zeren:9.4) are blanked, keeping offsets, so line numbers stay right.
    const prose = [body, String(data.summary ?? ''), String(data.title ?? '')].join('\n').replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length));
    for (const m of prose.matchAll(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g)) {
      const n = m[0];
      const next = prose.slice(m.index + n.length, m.index + n.length + 1);
      const isYear = /^(19|20)\d\d$/.test(n) && next === '年';
      // Dates (2019年11月, 1月至9月) are checked by the second reader, not as figures.
      if (isYear || next === '月' || next === '日' || figureValues.has(n)) continue;
      if (/^(19|20)\d\d$/.test(n) && seeds.some((s) => s.includes(n))) continue;
      problems.push({ file, line: m.index < body.length ? lineOf(m.index) : 1, reason: `number ${n} in the text is not one of the case's figures` });
    }
  }
  return { problems, checked };
}

if (import.meta.main) {
  if (!existsSync(SEEDS_DIR)) {
    console.error(`check:sources needs the seed articles in ${SEEDS_DIR} (set SHARED_DIR to their parent folder).`);
    process.exit(2);
  }
  const { problems, checked } = checkSources();
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.reason}`);
  console.log(
    `check:sources: ${checked.files} files, ${checked.quotes} quotations, ${checked.figures} figures checked; ${problems.length ? `${problems.length} problems` : 'all found in the sources'}`,
  );
  process.exit(problems.length ? 1 : 0);
}
