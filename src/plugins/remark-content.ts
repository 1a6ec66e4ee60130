/**
 * Remark plugin for authored content (content/interpretations, cases, topics, glossary): links
 * citations and glossary terms through {@link linkContent}, fails the build on an explicit
 * reference that does not resolve (`file:line: reason (nearest: …)`), and hands the page's
 * citations to Astro as `remarkPluginFrontmatter.citations` for the citation graph (and its links
 * to cases as `remarkPluginFrontmatter.caseLinks`, for the case pages' 相关专题).
 *
 * Automatic matches that did not resolve, and warnings, are kept in {@link contentReport} for the
 * build summary and `npm run refs`.
 */
import { relative } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { linkContent, type CaseMention, type ContentCitation, type ContentIssue } from '../lib/content-links.ts';
import { glossaryPath, joinBase } from '../lib/url.ts';
import { loadSiteIndex } from './site-index.ts';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export type ContentKind = 'interpretations' | 'cases' | 'topics' | 'glossary';

const CONTENT_FILE = /(?:^|[\\/])content[\\/](interpretations|cases|topics|glossary)[\\/](?:([a-z0-9-]+)[\\/])?([a-z0-9-]+)\.mdx?$/;

export interface FileReport {
  file: string;
  kind: ContentKind;
  citations: ContentCitation[];
  issues: ContentIssue[];
  terms: string[];
  cases: CaseMention[];
}

/** Every authored file linked in this process, by path. */
export const contentReport = new Map<string, FileReport>();

export interface RemarkContentOptions {
  base?: string;
}

export function linkContentFile(tree: Root, path: string, frontmatter: Record<string, unknown>, base = '/'): FileReport & { errors: ContentIssue[] } {
  const match = CONTENT_FILE.exec(path)!;
  const kind = match[1] as ContentKind;
  const { index, terms } = loadSiteIndex();
  const defaultReg = typeof frontmatter.regulation === 'string' ? frontmatter.regulation : undefined;
  const article = kind === 'interpretations' && typeof frontmatter.article === 'number' ? frontmatter.article : undefined;
  const links = linkContent(tree, {
    index,
    terms,
    defaultReg,
    article,
    selfTerm: kind === 'glossary' ? match[3] : undefined,
    href: (p) => joinBase(base, p),
    termPath: glossaryPath,
  });
  if (kind === 'cases') markCommentary(tree);
  return { file: relative(process.cwd(), path), kind, ...links };
}

const COMMENTARY = /^(可借鉴之处|本站评述)$/;

/**
 * A case's 可借鉴之处 is our commentary, not what the source reports: the section (heading to the
 * next heading of the same level) is wrapped in <section class="commentary"> with a note saying so.
 */
export function markCommentary(tree: Root): void {
  const children = tree.children;
  const start = children.findIndex((n) => n.type === 'heading' && n.depth === 2 && COMMENTARY.test(toString(n)));
  if (start < 0) return;
  let end = children.findIndex((n, i) => i > start && n.type === 'heading' && n.depth <= 2);
  if (end < 0) end = children.length;
  const note = {
    type: 'paragraph',
    data: { hProperties: { className: ['commentary__note'] } },
    children: [{ type: 'text', value: '本节为本站编写的评述，不是来源报道的内容。' }],
  } as RootContent;
  const [heading, ...rest] = children.slice(start, end);
  const section = {
    type: 'commentary',
    data: { hName: 'section', hProperties: { className: ['commentary'], ariaLabel: '本站评述' } },
    children: [heading!, note, ...rest],
  } as unknown as RootContent;
  children.splice(start, end - start, section);
}

export default function remarkContent(options: RemarkContentOptions = {}) {
  return (tree: Root, file: VFile) => {
    if (!CONTENT_FILE.test(file.path ?? '')) return;
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    const report = linkContentFile(tree, file.path, data.astro.frontmatter, options.base);
    if (report.errors.length) {
      const lines = report.errors.map((e) => `${report.file}:${e.line}: ${e.raw}: ${e.reason}${e.nearest ? ` (nearest valid clause: ${e.nearest})` : ''}`);
      throw new Error(`Unresolved clause reference:\n${lines.join('\n')}`);
    }
    const { errors: _errors, ...kept } = report;
    contentReport.set(report.file, kept);
    data.astro.frontmatter.citations = report.citations;
    data.astro.frontmatter.linkedTerms = report.terms;
    data.astro.frontmatter.caseLinks = report.cases;
  };
}

/** One paragraph for the build log: how much was linked, and what needs a look. */
export function summariseReport(reports: Iterable<FileReport>): string {
  let files = 0;
  let links = 0;
  const issues: string[] = [];
  for (const r of reports) {
    files++;
    links += r.citations.filter((c) => !c.unlinked).length;
    for (const i of r.issues) issues.push(`  ${r.file}:${i.line}: ${i.raw}: ${i.reason}`);
  }
  const head = `citations: ${links} clause links in ${files} content files; ${issues.length} automatic matches need a look`;
  return issues.length ? `${head} (npm run refs lists them):\n${issues.slice(0, 10).join('\n')}${issues.length > 10 ? '\n  …' : ''}` : head;
}
