/**
 * Remark plugin for content/regulations/*.mdx: reads the official text block by block, parses
 * it into 编/章/节/条/款/项/目 (or the 准则's parts) with the pure parser in src/lib, and hands the
 * structure to pages as `remarkPluginFrontmatter.structure`. A structural problem (duplicate or
 * out-of-order article, item outside an article, unreadable number) fails the build with
 * `file:line: reason` for every problem found.
 *
 * Other content passes through untouched.
 */
import { relative } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { linkInternalCitations } from '../lib/citation-links';
import { formatProblems, parseRegulation, type Block, type StructureKind } from '../lib/regulation-structure';
import { fileKey } from '../lib/versions';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

const REGULATION_FILE = /(?:^|[\\/])content[\\/]regulations[\\/]([a-z0-9-]+)\.mdx?$/;

export default function remarkRegulation() {
  return (tree: Root, file: VFile) => {
    const match = REGULATION_FILE.exec(file.path ?? '');
    if (!match) return;
    const data = file.data as AstroData;
    const frontmatter = data.astro?.frontmatter ?? {};
    // A historical version's units are keyed by its version: jilv-chufen@2018:67.
    const reg = fileKey(match[1]!, frontmatter);
    const kind: StructureKind = frontmatter.structure === 'parts' ? 'parts' : 'articles';
    const closing = typeof frontmatter.closing === 'string' ? frontmatter.closing : undefined;
    const preamble = frontmatter.preamble === true;

    const blocks: Block[] = [];
    const problems: { line: number; reason: string }[] = [];
    for (const node of tree.children) {
      const line = node.position?.start.line ?? 0;
      if (node.type === 'heading' || node.type === 'paragraph') {
        blocks.push({ text: toString(node), line, heading: node.type === 'heading' });
      } else if (!isIgnorable(node)) {
        problems.push({ line, reason: `unexpected ${node.type} in official text: write every unit as a plain paragraph (escape a leading "1." as "1\\.")` });
      }
    }
    const result = parseRegulation(blocks, { reg, kind, closing, preamble });
    problems.push(...result.problems);
    if (problems.length) {
      const message = formatProblems(
        relative(process.cwd(), file.path),
        problems.sort((a, b) => a.line - b.line),
      );
      throw new Error(`Regulation structure is broken:\n${message}`);
    }
    const title = typeof frontmatter.title === 'string' ? frontmatter.title : reg;
    const aliases = Array.isArray(frontmatter.aliases) ? frontmatter.aliases.map(String) : [];
    const { citations, issues } = linkInternalCitations(result.structure, title, aliases);
    result.structure.citations = citations;
    result.structure.citationIssues = issues;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.structure = result.structure;
  };
}

/** MDX comments and ESM imports may sit between paragraphs without being part of the text. */
function isIgnorable(node: RootContent): boolean {
  const type: string = node.type;
  return type === 'mdxFlowExpression' || type === 'mdxjsEsm' || type === 'thematicBreak';
}
