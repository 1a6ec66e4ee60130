/**
 * Rules that span files, checked on the raw content before Astro renders any page, so each
 * problem is reported as `file:line: reason` whichever page or schema would have met it first:
 *
 * - every frontmatter date is a calendar day, as written (YAML rolls 2024-02-30 over to 1 March);
 * - every clause id in frontmatter (related, selfCheck, clauses, readings) names a clause on the
 *   site, with the nearest valid one when it does not;
 * - ids are unique where they share a name space: one file per regulation text and version, one
 *   interpretation per article and filed under it, one entry per glossary term or alias (and none
 *   that is a regulation's name, which the citation linker owns);
 * - every reference resolves: a historical version's `work:`, a topic's cases and terms, a term's
 *   related terms, a regulation's `source:` in ../shared/sources and a page's `seed:` in
 *   ../shared/seeds (these two only where ../shared is present: the build needs no ../shared,
 *   `npm test` always has it).
 *
 * Reads the content once ({@link readContent}); the checks take what was read and the shared folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkClause, type RegulationIndex } from '../lib/citation-resolver.ts';
import { badDates } from '../lib/dates.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { fileKey, versionYear } from '../lib/versions.ts';

export interface ContentProblem {
  file: string;
  line: number;
  reason: string;
}

export interface ContentFile {
  path: string;
  /** Path relative to the working directory, as printed. */
  name: string;
  /** Path inside its collection without extension ("zhuti-zeren/7", "shanghai-si-ze-xie-tong"). */
  id: string;
  raw: string;
  data: Record<string, unknown>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The line of the first frontmatter line that matches, 1-based; the `---` line when none does.
 * @example fieldLine('---\ntitle: x\nsource: a.md\n---\n', /^source:/) // 3
 */
export function fieldLine(raw: string, pattern: RegExp): number {
  const lines = raw.split('\n');
  const end = lines.indexOf('---', 1);
  for (let i = 1; i < (end > 0 ? end : lines.length); i++) if (pattern.test(lines[i]!)) return i + 1;
  return 1;
}

/** The line where a frontmatter value is written (a list item, an inline list, a quoted scalar). */
const valueLine = (raw: string, value: string) => fieldLine(raw, new RegExp(`(^|[\\s\\[,:'"])${escape(value)}($|[\\s\\],'"])`));

/** The .md/.mdx files in a content folder, subfolders included, in a stable order. */
export function contentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export const COLLECTIONS = ['regulations', 'interpretations', 'cases', 'glossary', 'topics'] as const;
export type Content = Record<(typeof COLLECTIONS)[number], ContentFile[]>;

/** Every content file, read and its frontmatter parsed once, by collection. */
export function readContent(root: string): Content {
  const read = (name: string): ContentFile[] =>
    contentFiles(join(root, name)).map((path) => {
      const raw = readFileSync(path, 'utf8');
      return {
        path,
        name: relative(process.cwd(), path),
        id: relative(join(root, name), path)
          .replace(/\\/g, '/')
          .replace(/\.mdx?$/, ''),
        raw,
        data: splitFrontmatter(raw).data,
      };
    });
  return Object.fromEntries(COLLECTIONS.map((c) => [c, read(c)])) as Content;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strings = (v: unknown): string[] => list(v).map(String);

/** Frontmatter dates that are no calendar day, in every file of every collection. */
export function dateProblems(content: Content): ContentProblem[] {
  return COLLECTIONS.flatMap((c) =>
    content[c].flatMap((f) => badDates(f.raw).map((d) => ({ file: f.name, line: d.line, reason: `${d.value} is not a calendar date (write YYYY-MM-DD)` }))),
  );
}

/** The clause ids a file's frontmatter names, by collection. */
function clauseRefs(collectionName: string, data: Record<string, unknown>): string[] {
  switch (collectionName) {
    case 'interpretations':
      return [
        ...strings(data.related),
        ...list(data.selfCheck)
          .map((q) => (q as { clause?: unknown }).clause)
          .filter((c) => c !== undefined)
          .map(String),
      ];
    case 'cases':
      return strings(data.clauses);
    case 'topics':
      return list(data.readings)
        .map((r) => (r as { clause?: unknown }).clause)
        .filter((c) => c !== undefined)
        .map(String);
    default:
      return [];
  }
}

/** Every cross-file rule above except the dates, given the regulations' index. */
export function referenceProblems(content: Content, index: RegulationIndex, shared: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (f: ContentFile, line: number, reason: string) => problems.push({ file: f.name, line, reason });
  const collection = (name: keyof Content) => content[name];
  const sourcesDir = join(shared, 'sources');
  const seedsDir = join(shared, 'seeds');
  const sources = existsSync(sourcesDir) ? new Set(readdirSync(sourcesDir)) : undefined;
  const seeds = existsSync(seedsDir) ? new Set(readdirSync(seedsDir).flatMap((f) => /^(\d{3})_/.exec(f)?.[1] ?? [])) : undefined;

  // Regulations: one file per text and version; a version's work exists; its source is in ../shared.
  const regulations = collection('regulations');
  const keys = new Map<string, string>();
  const versions = new Map<string, string>();
  const names = new Map<string, string>();
  for (const f of regulations) {
    const key = fileKey(f.id, f.data);
    // The current file's version is its year (written, or that of its dates), like a historical one's.
    const version = `${typeof f.data.work === 'string' ? f.data.work : f.id} ${versionYear(f.data) ?? '(no year)'}`;
    const first = keys.get(key) ?? versions.get(version);
    if (first)
      add(
        f,
        fieldLine(f.raw, /^(version|work|dates):/),
        `a second file for ${version.replace(' ', ', version ')} (first: ${first}): one file per text and version`,
      );
    keys.set(key, f.name);
    versions.set(version, f.name);
    for (const n of [f.data.title, f.data.shortTitle, ...list(f.data.aliases)]) if (typeof n === 'string') names.set(n, f.name);
  }
  for (const f of regulations) {
    if (typeof f.data.work === 'string' && !keys.has(f.data.work))
      add(
        f,
        fieldLine(f.raw, /^work:/),
        `work: ${f.data.work} is not a regulation on the site (its current version must be content/regulations/${f.data.work}.mdx)`,
      );
    const source = f.data.source;
    if (sources && typeof source === 'string' && !sources.has(source))
      add(f, fieldLine(f.raw, /^source:/), `source: ${source} is not in ${relative(process.cwd(), sourcesDir)} (the only allowed source of regulation text)`);
  }

  // Interpretations: filed under their article, one per article.
  const seen = new Map<string, string>();
  for (const f of collection('interpretations')) {
    const expected = `${String(f.data.regulation)}/${String(f.data.article)}`;
    if (f.id !== expected) add(f, fieldLine(f.raw, /^article:/), `frontmatter says ${expected}; the file must be content/interpretations/${expected}.mdx`);
    if (seen.has(expected)) add(f, fieldLine(f.raw, /^article:/), `a second interpretation of ${expected} (first: ${seen.get(expected)})`);
    seen.set(expected, f.name);
  }

  // Glossary: each term and alias belongs to one entry and is no regulation's name; related terms exist.
  const glossary = collection('glossary');
  const termIds = new Set(glossary.map((f) => f.id));
  const forms = new Map<string, string>();
  for (const f of glossary) {
    for (const form of [f.data.term, ...list(f.data.aliases)].filter((x): x is string => typeof x === 'string')) {
      if (forms.has(form)) add(f, valueLine(f.raw, form), `term “${form}” is already defined in ${forms.get(form)}`);
      else if (names.has(form))
        add(f, valueLine(f.raw, form), `term “${form}” is the name of a regulation (${names.get(form)}): citations link it, not the glossary`);
      forms.set(form, f.name);
    }
    for (const r of strings(f.data.related)) if (!termIds.has(r)) add(f, valueLine(f.raw, r), `related term "${r}" does not exist in content/glossary`);
  }

  // Topics: the cases and terms they name exist.
  const caseIds = new Set(collection('cases').map((f) => f.id));
  for (const f of collection('topics')) {
    for (const c of strings(f.data.cases)) if (!caseIds.has(c)) add(f, valueLine(f.raw, c), `case "${c}" does not exist in content/cases`);
    for (const t of strings(f.data.terms)) if (!termIds.has(t)) add(f, valueLine(f.raw, t), `term "${t}" does not exist in content/glossary`);
  }

  // /cases/compare/ is the compare view: no case may take its URL.
  for (const f of collection('cases'))
    if (f.id === 'compare') add(f, 1, 'the case id “compare” is taken by /cases/compare/ (the compare view): rename the file');

  for (const c of ['interpretations', 'cases', 'glossary', 'topics'] as const) {
    for (const f of collection(c)) {
      // Links to cases in the body, [text](case:<id>), name a case that exists.
      f.raw.split('\n').forEach((text, i) => {
        for (const m of text.matchAll(/\]\(case:([^)\s]*)\)/g)) if (!caseIds.has(m[1]!)) add(f, i + 1, `case:${m[1]} does not exist in content/cases`);
      });
      // Clause ids in frontmatter resolve (the schema checks them too, but cannot give the line).
      for (const id of clauseRefs(c, f.data)) {
        const problem = checkClause(id, index);
        if (problem) add(f, valueLine(f.raw, id), `clause ${id}: ${problem.reason}${problem.nearest ? ` (nearest valid clause: ${problem.nearest})` : ''}`);
      }
      // Seeds exist in ../shared/seeds.
      if (seeds)
        for (const s of list(f.data.sources)) {
          const seed = (s as { seed?: unknown }).seed;
          if (seed !== undefined && !seeds.has(String(seed)))
            add(
              f,
              fieldLine(f.raw, new RegExp(`seed:\\s*['"]?${escape(String(seed))}\\b`)),
              `seed ${String(seed)} is not in ${relative(process.cwd(), seedsDir)}`,
            );
        }
    }
  }
  return problems;
}

export const formatContentProblems = (problems: ContentProblem[]) =>
  [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map((p) => `${p.file}:${p.line}: ${p.reason}`)
    .join('\n');
