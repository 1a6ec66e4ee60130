/**
 * What the build needs to know about the whole site before any one file is rendered: the shape of
 * every regulation (for resolving citations and validating clause ids) and the glossary terms
 * (for linking a term's first occurrence). Read straight from content/ with the pure parsers,
 * once per process, so remark plugins, Zod schemas and scripts agree on one index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { badDates } from '../lib/dates.ts';
import { buildIndex, type RegulationIndex } from '../lib/citation-resolver.ts';
import { fileKey, versionYear } from '../lib/versions.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { parseRegulation, type Block, type RegulationStructure } from '../lib/regulation-structure.ts';

export interface RegulationFile {
  /** The key: the work's id for a current version, `work@year` for a historical one. */
  id: string;
  /** The year of the version this file holds, if it has one. */
  version?: string | undefined;
  title: string;
  shortTitle: string;
  aliases: string[];
  structure: RegulationStructure;
}

export interface TermEntry {
  id: string;
  term: string;
  aliases: string[];
}

export interface SiteIndex {
  regulations: RegulationFile[];
  index: RegulationIndex;
  terms: TermEntry[];
}

const CONTENT = join(process.cwd(), 'content');

export function loadRegulationFile(file: string): RegulationFile {
  const { data, body, bodyLine } = splitFrontmatter(readFileSync(file, 'utf8'));
  const id = fileKey(file.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, ''), data);
  const blocks: Block[] = [];
  body.split('\n').forEach((line, i) => {
    if (line.trim()) blocks.push({ text: line.replace(/^#+ /, '').replace(/^(\d+)\\\./, '$1.'), line: bodyLine + i, heading: /^#+ /.test(line) });
  });
  const kind = data.structure === 'parts' ? 'parts' : 'articles';
  const closing = typeof data.closing === 'string' ? data.closing : undefined;
  const { structure } = parseRegulation(blocks, { reg: id, kind, closing, preamble: data.preamble === true });
  return {
    id,
    version: versionYear(data),
    title: String(data.title),
    shortTitle: String(data.shortTitle ?? data.title),
    aliases: Array.isArray(data.aliases) ? data.aliases.map(String) : [],
    structure,
  };
}

/** The .md/.mdx files in a content folder, subfolders included, in a stable order. */
export function contentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

let cached: SiteIndex | undefined;

/**
 * Dates in the frontmatter of every content file are real calendar days: the build stops at the
 * first load of the index with `file:line` for each that is not (YAML would roll 2024-02-30 over
 * to 1 March and the schema would never see it).
 */
export function checkContentDates(root = CONTENT): void {
  const problems = contentFiles(root).flatMap((file) =>
    badDates(readFileSync(file, 'utf8')).map((d) => `${relative(process.cwd(), file)}:${d.line}: ${d.value} is not a calendar date (write YYYY-MM-DD)`),
  );
  if (problems.length) throw new Error(`Impossible dates in frontmatter:\n${problems.join('\n')}`);
}

export function loadSiteIndex(root = CONTENT): SiteIndex {
  if (cached && root === CONTENT) return cached;
  checkContentDates(root);
  const regulations = contentFiles(join(root, 'regulations')).map(loadRegulationFile);
  const terms = contentFiles(join(root, 'glossary')).map((file) => {
    const { data } = splitFrontmatter(readFileSync(file, 'utf8'));
    return {
      id: file.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, ''),
      term: String(data.term ?? ''),
      aliases: Array.isArray(data.aliases) ? data.aliases.map(String) : [],
    };
  });
  const result = { regulations, index: buildIndex(regulations), terms };
  if (root === CONTENT) cached = result;
  return result;
}
