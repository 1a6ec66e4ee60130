/**
 * Links an authored page (解读, 案例, 专题, 术语) in one pass over its Markdown tree:
 *
 * - natural citations in running text (《规定》第十一条, 第八条第二款, 第十九条至第二十二条) become
 *   links to the cited clause, resolved against the site's regulations;
 * - the explicit form `[text](clause:zhuti-zeren:8.2)` links exactly that clause, and fails
 *   (an error, not a warning) when the clause does not exist, naming the nearest valid one;
 * - the first occurrence of each glossary term links to its definition;
 * - `[text](case:anyang-shuang-qingdan-shuang-jiaoban)` links a practice case; each is recorded
 *   with the heading it stands under, so the case page can link back to that section (the
 *   content check fails the build on a case that does not exist).
 *
 * Pure: it mutates the given mdast tree and returns what it found. The remark plugin turns errors
 * into a failed build and records citations for the graph; `npm run refs` prints the issues.
 */
import type { Link, Parent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseClauseId, type ClauseId } from './clause-id.ts';
import { canonicalClause, checkClause, type CitationContext, type RegulationIndex } from './citation-resolver.ts';
import { readCitations, type CarryState } from './citation-run.ts';
import { casePath, clausePath } from './url.ts';

export interface TermForm {
  id: string;
  term: string;
  aliases: string[];
}

export interface ContentLinkOptions {
  index: RegulationIndex;
  terms?: TermForm[];
  /** The regulation a page is about: bare 第X条 and shared short names resolve to it. */
  defaultReg?: string | undefined;
  /** For an interpretation: the article it explains, so 本条 and 第二款 resolve within it. */
  article?: number | undefined;
  /** The page's own term (a glossary entry does not link to itself). */
  selfTerm?: string | undefined;
  /** Turns a site path into a URL (adds the base path). */
  href: (path: string) => string;
  /** Site path of a term's definition. */
  termPath: (id: string) => string;
}

export interface ContentCitation {
  to: ClauseId;
  /** The citation as written (the link text for the explicit form). */
  text: string;
  /** The sentence around it. */
  context: string;
  line: number;
  explicit: boolean;
  /** The clause is cited but not written out (the middle of a range): counted, not linked. */
  unlinked?: boolean;
  warning?: string;
}

/** A link to a practice case in the body: which case, and the heading it stands under. */
export interface CaseMention {
  id: string;
  text: string;
  line: number;
  /** The nearest heading above the link (its text), if any. */
  heading?: string;
}

export interface ContentIssue {
  line: number;
  raw: string;
  reason: string;
  nearest?: ClauseId | undefined;
}

export interface ContentLinks {
  citations: ContentCitation[];
  /** Explicit references that do not resolve: the build fails on these. */
  errors: ContentIssue[];
  /** Automatic matches that did not resolve or resolved with a warning: listed by `npm run refs`. */
  issues: ContentIssue[];
  /** Glossary terms linked, in order of first occurrence. */
  terms: string[];
  /** Links to practice cases (`case:<id>`), in order. */
  cases: CaseMention[];
}

const BLOCKS = new Set(['paragraph', 'listItem', 'tableCell', 'blockquote']);
const SKIP = new Set(['link', 'linkReference', 'heading', 'inlineCode', 'code', 'definition', 'html']);

interface Span {
  start: number;
  end: number;
  node: Link;
}

export function linkContent(tree: Root, options: ContentLinkOptions): ContentLinks {
  const result: ContentLinks = { citations: [], errors: [], issues: [], terms: [], cases: [] };
  let heading: string | undefined;
  const ctx: CitationContext = options.article
    ? { reg: options.defaultReg, article: options.article, defaultReg: options.defaultReg }
    : { defaultReg: options.defaultReg };
  const termPattern = buildTermPattern(options.terms ?? [], options.selfTerm);
  const linkedTerms = new Set<string>();
  // “《规定》第十五条……，第二十一条……”: a bare citation after a named one, in the same sentence,
  // cites the same document (citation-run.ts). The carried regulation ends at 。 and at every block.
  const carry: CarryState = {};

  const clauseLink = (id: ClauseId, text: string, warning?: string): Link => {
    const ref = parseClauseId(id)!;
    const kind = options.index.regulations.get(ref.reg)?.kind ?? 'articles';
    return {
      type: 'link',
      url: options.href(clausePath(ref, kind)),
      title: warning ?? null,
      children: [{ type: 'text', value: text }],
      data: { hProperties: { className: ['cref'], dataClause: id } },
    };
  };

  const visitText = (node: Text): RootContent[] | null => {
    const value = node.value;
    const baseLine = node.position?.start.line ?? 0;
    const lineAt = (offset: number) => baseLine + (value.slice(0, offset).match(/\n/g)?.length ?? 0);
    const spans: Span[] = [];

    for (const { match, resolution } of readCitations(value, ctx, options.index, carry)) {
      if (!resolution) continue; // a document not on the site
      if (match.doc.kind !== 'none' && !match.parts.length) continue; // 《规定》 alone names the document
      const line = lineAt(match.start);
      // A citation that names a regulation on the site and a clause it does not have is an error,
      // as for the explicit form; what cannot be told apart (no regulation named, a shared short
      // name) stays in the report for a person to look at.
      for (const p of resolution.problems) (p.nearest ? result.errors : result.issues).push({ line, raw: match.raw, reason: p.reason, nearest: p.nearest });
      for (const t of resolution.targets) {
        const written = t.start !== undefined && t.end !== undefined;
        // Target offsets are positions in the text node, like the match's own.
        const text = written ? value.slice(t.start!, t.end!) : match.raw;
        result.citations.push({
          to: t.id,
          text: match.raw,
          context: sentenceAround(value, match.start, match.end),
          line,
          explicit: false,
          ...(written ? {} : { unlinked: true }),
          ...(t.warning ? { warning: t.warning } : {}),
        });
        if (t.warning) result.issues.push({ line, raw: match.raw, reason: t.warning });
        if (written) spans.push({ start: t.start!, end: t.end!, node: clauseLink(t.id, text, t.warning) });
      }
    }

    if (termPattern) {
      termPattern.lastIndex = 0;
      for (let m = termPattern.exec(value); m; m = termPattern.exec(value)) {
        const id = termPattern.ids.get(m[0])!;
        const start = m.index;
        const end = start + m[0].length;
        if (linkedTerms.has(id) || spans.some((s) => start < s.end && end > s.start) || insideBookTitle(value, start)) continue;
        linkedTerms.add(id);
        result.terms.push(id);
        spans.push({
          start,
          end,
          node: {
            type: 'link',
            url: options.href(options.termPath(id)),
            children: [{ type: 'text', value: m[0] }],
            data: { hProperties: { className: ['term'], dataTerm: id } },
          },
        });
      }
    }

    if (!spans.length) return null;
    spans.sort((a, b) => a.start - b.start);
    const out: RootContent[] = [];
    let pos = 0;
    for (const s of spans) {
      if (s.start < pos) continue;
      if (s.start > pos) out.push({ type: 'text', value: value.slice(pos, s.start) });
      out.push(s.node);
      pos = s.end;
    }
    if (pos < value.length) out.push({ type: 'text', value: value.slice(pos) });
    return out;
  };

  const visitExplicit = (node: Link, context: string) => {
    const written = node.url.slice('clause:'.length).trim();
    // jilv-chufen@2023:74 names the current version: it links (and counts) as jilv-chufen:74.
    const id = canonicalClause(written, options.index);
    const line = node.position?.start.line ?? 0;
    const text = toString(node);
    const problem = checkClause(id, options.index);
    if (problem) {
      result.errors.push({ line, raw: `[${text}](${node.url})`, reason: problem.reason, nearest: problem.nearest });
      return;
    }
    const link = clauseLink(id as ClauseId, text);
    node.url = link.url;
    node.data = link.data!;
    result.citations.push({ to: id as ClauseId, text, context, line, explicit: true });
  };

  const walk = (parent: Parent) => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i]!;
      if (child.type === 'link' && child.url.startsWith('clause:')) {
        visitExplicit(child, sentenceOf(parent, child));
        continue;
      }
      if (child.type === 'link' && child.url.startsWith('case:')) {
        const id = child.url.slice('case:'.length).trim();
        result.cases.push({ id, text: toString(child), line: child.position?.start.line ?? 0, ...(heading ? { heading } : {}) });
        child.url = options.href(casePath(id));
        continue;
      }
      if (child.type === 'heading') heading = toString(child);
      if (SKIP.has(child.type)) continue;
      if (BLOCKS.has(child.type)) carry.carry = undefined;
      if (child.type === 'text') {
        const replaced = visitText(child);
        if (replaced) {
          parent.children.splice(i, 1, ...(replaced as typeof parent.children));
          i += replaced.length - 1;
        }
        continue;
      }
      if ('children' in child) walk(child as Parent);
    }
  };
  walk(tree);
  return result;
}

/** One regex over every term form, longest first so 不敢腐不能腐不想腐 wins over shorter forms. */
function buildTermPattern(terms: TermForm[], selfTerm?: string): (RegExp & { ids: Map<string, string> }) | null {
  const ids = new Map<string, string>();
  for (const t of terms) {
    if (t.id === selfTerm) continue;
    for (const form of [t.term, ...t.aliases]) if (form.length >= 2 && !ids.has(form)) ids.set(form, t.id);
  }
  if (!ids.size) return null;
  const forms = [...ids.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return Object.assign(new RegExp(forms.join('|'), 'g'), { ids });
}

/** A term inside a document title (《中国共产党党内监督条例》) is part of the title, not a use. */
function insideBookTitle(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

const SENTENCE_END = /[。！？；\n]/;

/** The sentence of `text` that contains [start, end). */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return text.slice(from, to).trim();
}

/** The sentence around an explicit link, read from its paragraph. */
function sentenceOf(parent: Parent, link: Link): string {
  const before = parent.children
    .slice(0, parent.children.indexOf(link))
    .map((n) => toString(n))
    .join('');
  const whole = toString(parent);
  return sentenceAround(whole, before.length, before.length + toString(link).length);
}
