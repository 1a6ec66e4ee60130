/** Splits a Markdown/MDX file into its YAML frontmatter and body, keeping body line numbers. */
import { parse } from 'yaml';

export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line number of the body's first line in the file. */
  bodyLine: number;
}

export function splitFrontmatter(source: string): SplitFile {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { data: {}, body: source, bodyLine: 1 };
  const data = (parse(m[1]!) ?? {}) as Record<string, unknown>;
  return { data, body: source.slice(m[0].length), bodyLine: m[0].split('\n').length };
}
