/**
 * What the build needs to know about the whole site before any one file is rendered: the shape of
 * every regulation (for resolving citations and validating clause ids) and the glossary terms
 * (for linking a term's first occurrence). Read straight from content/ with the pure parsers,
 * once per process, so remark plugins, Zod schemas and scripts agree on one index.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildIndex, type RegulationIndex } from '../lib/citation-resolver.ts';
import { dateProblems, formatContentProblems, readContent, referenceProblems, type ContentProblem } from './content-check.ts';
import { fileKey, versionYear } from '../lib/versions.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { formatProblems, parseRegulation, type Block, type RegulationStructure } from '../lib/regulation-structure.ts';

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

/**
 * Reads one regulation file into its structure. A broken structure stops here with the same
 * `file:line: reason` list the remark plugin gives, so the message names the file whichever of the
 * two reaches the file first (the index is loaded by schemas and plugins in no fixed order).
 */
export function loadRegulationFile(file: string, raw = readFileSync(file, 'utf8')): RegulationFile {
  const { data, body, bodyLine } = splitFrontmatter(raw);
  const id = fileKey(file.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, ''), data);
  const blocks: Block[] = [];
  body.split('\n').forEach((line, i) => {
    if (line.trim()) blocks.push({ text: line.replace(/^#+ /, '').replace(/^(\d+)\\\./, '$1.'), line: bodyLine + i, heading: /^#+ /.test(line) });
  });
  const kind = data.structure === 'parts' ? 'parts' : 'articles';
  const closing = typeof data.closing === 'string' ? data.closing : undefined;
  const name = relative(process.cwd(), file);
  let parsed: ReturnType<typeof parseRegulation>;
  try {
    parsed = parseRegulation(blocks, { reg: id, kind, closing, preamble: data.preamble === true });
  } catch (e) {
    throw new Error(`Regulation structure is broken:\n${name}:${bodyLine}: ${(e as Error).message}`, { cause: e });
  }
  if (parsed.problems.length) {
    throw new Error(
      `Regulation structure is broken:\n${formatProblems(
        name,
        [...parsed.problems].sort((a, b) => a.line - b.line),
      )}`,
    );
  }
  const { structure } = parsed;
  return {
    id,
    version: versionYear(data),
    title: String(data.title),
    shortTitle: String(data.shortTitle ?? data.title),
    aliases: Array.isArray(data.aliases) ? data.aliases.map(String) : [],
    structure,
  };
}

export { contentFiles } from './content-check.ts';

let cached: SiteIndex | undefined;

const SHARED = process.env.SHARED_DIR ?? join(process.cwd(), '..', 'shared');

/**
 * The index, after the content has passed the cross-file rules (content-check.ts): the first
 * load in a build stops it with `file:line: reason` for every problem, dates first (YAML has
 * already rolled an impossible date over by the time a schema sees it).
 */
export function loadSiteIndex(root = CONTENT, shared = SHARED): SiteIndex {
  if (cached && root === CONTENT) return cached;
  const fail = (problems: ContentProblem[]) => {
    if (problems.length) throw new Error(`Content is broken:\n${formatContentProblems(problems)}`);
  };
  const content = readContent(root);
  fail(dateProblems(content));
  const regulations = content.regulations.map((f) => loadRegulationFile(f.path, f.raw));
  const terms = content.glossary.map((f) => ({
    id: f.id,
    term: String(f.data.term ?? ''),
    aliases: Array.isArray(f.data.aliases) ? f.data.aliases.map(String) : [],
  }));
  const result = { regulations, index: buildIndex(regulations), terms };
  fail(referenceProblems(content, result.index, shared));
  if (root === CONTENT) cached = result;
  return result;
}
