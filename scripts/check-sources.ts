/**
 * npm run check:sources — checks authored content against the published sources in ../shared:
 *
 * - every figure in a case's frontmatter (value + unit, e.g. 55项) occurs in a seed article the
 *   case cites, and every Arabic number in a case's text is one of its figures (years aside);
 * - every “quotation” in any content page occurs in an official text or in a seed it cites;
 * - every cited seed exists, and its publication date agrees with the seeds README;
 * - no sentence of ours is a near-copy of a seed sentence (src/lib/near-copy.ts; threshold in
 *   docs/CONTENT.md): the share of its letters in runs shared with a seed, quotations, titles,
 *   names and the official texts' own phrases left out, stays below THRESHOLD;
 * - a case's 做法 section reports what the source says and cites no clause (relating a practice
 *   to a clause is commentary and belongs in 可借鉴之处).
 *
 * Prints each problem as `file:line: reason` and exits 1 if there is any. Needs ../shared (the
 * seeds are not part of this repository); without it, it says so and exits 2.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { fieldLine } from '../src/plugins/content-check.ts';
import { buildCopyIndex, copyScore, isNearCopy, proseOf, splitSentences, MIN_LETTERS, THRESHOLD, type CopyScore } from '../src/lib/near-copy.ts';
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

export interface ScoredSentence extends CopyScore {
  file: string;
  line: number;
  type: string;
  text: string;
}

export function checkSources(
  contentDir = CONTENT_DIR,
  seedsDir = SEEDS_DIR,
  threshold = THRESHOLD,
): { problems: Problem[]; checked: { quotes: number; figures: number; files: number; sentences: number }; scored: ScoredSentence[] } {
  const seedFiles = new Map<string, string>();
  const seedTexts: { id: string; text: string }[] = [];
  for (const f of readdirSync(seedsDir)) {
    const m = /^(\d{3})_.*\.txt$/.exec(f);
    if (!m) continue;
    const text = readFileSync(join(seedsDir, f), 'utf8');
    seedFiles.set(m[1]!, squeeze(text));
    seedTexts.push({ id: m[1]!, text });
  }
  const readme = readFileSync(join(seedsDir, 'README.md'), 'utf8');
  const official = readdirSync(join(contentDir, 'regulations'))
    .map((f) => squeeze(splitFrontmatter(readFileSync(join(contentDir, 'regulations', f), 'utf8')).body.replace(/\\\./g, '.')))
    .join('\n');

  const problems: Problem[] = [];
  const checked = { quotes: 0, figures: 0, files: 0, sentences: 0 };
  const scored: ScoredSentence[] = [];
  const files = ['interpretations', 'cases', 'glossary', 'topics'].flatMap((dir) => contentFiles(join(contentDir, dir)));
  // Official wording: the texts on the site and the official copies in ../shared/sources (their
  // header notes name issuers and dates in the official wording too).
  const sourcesDir = join(seedsDir, '..', 'sources');
  const copyIndex = buildCopyIndex(seedTexts, [
    ...readdirSync(join(contentDir, 'regulations')).map((f) => readFileSync(join(contentDir, 'regulations', f), 'utf8')),
    ...(existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((f) => f.endsWith('.md') && f !== 'README.md') : []).map((f) =>
      readFileSync(join(sourcesDir, f), 'utf8'),
    ),
  ]);
  // Each file is read once: its frontmatter feeds the names, then the checks below.
  const fileTexts = new Map(files.map((path) => [path, readFileSync(path, 'utf8')]));
  const names = siteNames([...fileTexts.values()]);
  for (const path of files) {
    const file = relative(ROOT, path);
    const source = fileTexts.get(path)!;
    const { data, body, bodyLine } = splitFrontmatter(source);
    checked.files++;
    const lineOf = (index: number) => bodyLine + (body.slice(0, index).match(/\n/g)?.length ?? 0);
    const sources = (Array.isArray(data.sources) ? data.sources : []) as { seed?: string; date?: unknown; title?: string }[];
    const seeds: string[] = [];
    for (const s of sources) {
      if (!s.seed) continue;
      const text = seedFiles.get(s.seed);
      const seedLine = fieldLine(source, new RegExp(`seed:\\s*['"]?${s.seed}\\b`));
      if (!text) {
        problems.push({ file, line: seedLine, reason: `source seed ${s.seed} does not exist in ${relative(ROOT, seedsDir)}` });
        continue;
      }
      seeds.push(text);
      const date = s.date instanceof Date ? s.date.toISOString().slice(0, 10) : String(s.date);
      const row = readme.split('\n').find((l) => l.includes(`${s.seed}_`));
      if (row && !row.includes(date))
        problems.push({ file, line: seedLine, reason: `source seed ${s.seed}: date ${date} is not the date in the seeds README` });
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

    // Near-copies of seed sentences, in the body and in the prose fields of the frontmatter.
    const type = relative(contentDir, path).split(/[\\/]/)[0]!;
    for (const p of proseOf(source, data, body, bodyLine)) {
      for (const sentence of splitSentences(p.text)) {
        const score = copyScore(sentence.text, copyIndex, names);
        if (score.letters < MIN_LETTERS) continue;
        checked.sentences++;
        scored.push({ file, line: p.line, type, text: sentence.text, ...score });
        if (!isNearCopy(score, threshold)) continue;
        problems.push({
          file,
          line: p.line,
          reason: `near-copy (${Math.round(score.score * 100)}% of its wording from seed ${score.match?.seed}): “${sentence.text}” ⇐ seed sentence “${score.match?.text}”. Say it in our own words, or quote the seed in “”`,
        });
      }
    }

    if (type !== 'cases') continue;

    // 做法 reports the practice; a clause citation there is commentary out of place.
    const lines = body.split('\n');
    let section = '';
    lines.forEach((l, i) => {
      const h = /^##\s+(.+)/.exec(l);
      if (h) section = h[1]!.trim();
      // A source that itself names a clause (该文援引《规定》第五条) is reported as such.
      else if (section === '做法' && !/援引|引述|引用/.test(l) && /(?:《[^》]+》)?第[一二三四五六七八九十百零〇\d]+条|\(clause:/.test(l))
        problems.push({
          file,
          line: bodyLine + i,
          reason: 'a clause is cited inside 做法: relate the practice to a clause in 可借鉴之处 (本站评述), not in what the source reports',
        });
    });

    const figures = (Array.isArray(data.figures) ? data.figures : []) as { value: unknown; unit: string }[];
    const figureValues = new Set(figures.map((f) => /\d+(?:\.\d+)?/.exec(String(f.value))?.[0]));
    for (const f of figures) {
      checked.figures++;
      const written = squeeze(`${f.value}${f.unit}`);
      const at = fieldLine(source, new RegExp(`value:\\s*['"]?${String(f.value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*,\\s*unit:\\s*['"]?${f.unit}`));
      if (!seeds.some((s) => s.includes(written))) problems.push({ file, line: at, reason: `figure ${written} occurs in no seed the case cites` });
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
  return { problems, checked, scored };
}

/**
 * Names a summary must repeat as written, so they do not count as borrowed wording: places and
 * bodies of the cases, the authors and publications of sources, glossary terms and their aliases,
 * and case tags.
 */
function siteNames(texts: string[]): string[] {
  const names = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string') for (const part of v.split(/[、，]/)) if (part.trim().length >= 2) names.add(part.trim());
  };
  for (const text of texts) {
    const { data } = splitFrontmatter(text);
    add(data.term);
    add(data.organization);
    for (const a of Array.isArray(data.aliases) ? data.aliases : []) add(a);
    for (const t of Array.isArray(data.tags) ? data.tags : []) add(t);
    const region = (data.region ?? {}) as Record<string, unknown>;
    for (const v of Object.values(region)) add(v);
    for (const s of (Array.isArray(data.sources) ? data.sources : []) as Record<string, unknown>[]) {
      add(s.author);
      add(s.publication);
    }
  }
  // Longest first, so a longer name is masked before a shorter one inside it.
  return [...names].sort((a, b) => b.length - a.length);
}

if (import.meta.main) {
  if (!existsSync(SEEDS_DIR)) {
    console.error(`check:sources needs the seed articles in ${SEEDS_DIR} (set SHARED_DIR to their parent folder).`);
    process.exit(2);
  }
  const at = process.argv.indexOf('--threshold');
  const { problems, checked, scored } = checkSources(CONTENT_DIR, SEEDS_DIR, at > 0 ? Number(process.argv[at + 1]) : THRESHOLD);
  if (process.argv.includes('--copy-report')) {
    // Near-copy counts per content type at several thresholds, to choose and report the threshold.
    const steps = [0.3, 0.35, 0.4, 0.45, 0.5, 0.6];
    const types = [...new Set(scored.map((s) => s.type))];
    console.log(['type', 'sentences', ...steps.map((t) => `≥${t}`)].join('\t'));
    for (const type of [...types, 'all']) {
      const rows = scored.filter((s) => type === 'all' || s.type === type);
      console.log([type, rows.length, ...steps.map((t) => rows.filter((s) => s.score >= t).length)].join('\t'));
    }
  }
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.reason}`);
  console.log(
    `check:sources: ${checked.files} files, ${checked.quotes} quotations, ${checked.figures} figures, ${checked.sentences} sentences checked; ${problems.length ? `${problems.length} problems` : 'all found in the sources, no near-copy'}`,
  );
  process.exit(problems.length ? 1 : 0);
}
