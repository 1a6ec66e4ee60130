/**
 * Citations inside a regulation's own text ("依照本条例第六十三条", "前款", "第一款"): found,
 * resolved against the regulation itself, and attached to each 款 and 项 as link spans.
 * Run once by the remark plugin; pages only render the spans.
 */
import type { ClauseId } from './clause-id.ts';
import { findCitations } from './citation-parser.ts';
import { buildIndex, resolveCitation } from './citation-resolver.ts';
import type { RegulationStructure, TextLink } from './regulation-structure.ts';

export type LinkSpan = TextLink;

export interface InternalCitation {
  /** Clause id of the 款 or 项 that cites. */
  from: ClauseId;
  to: ClauseId;
  raw: string;
  warning?: string;
}

export interface CitationIssue {
  line: number;
  raw: string;
  reason: string;
}

/**
 * Adds `links` to every 款 and 项 of the structure and returns the citations and the issues
 * (citations naming documents not on the site, or clauses that do not exist).
 */
export function linkInternalCitations(
  structure: RegulationStructure,
  title: string,
  aliases: string[],
): { citations: InternalCitation[]; issues: CitationIssue[] } {
  const index = buildIndex([{ id: structure.reg, title, aliases, structure }]);
  const citations: InternalCitation[] = [];
  const issues: CitationIssue[] = [];
  for (const article of structure.articles) {
    for (const paragraph of article.paragraphs) {
      const units = [paragraph, ...paragraph.items];
      for (const unit of units) {
        // The first 款 opens with its own label (第七条　…), which is not a citation.
        const skip = unit === article.paragraphs[0] && article.kind === 'article' ? article.label.length : 0;
        const links: LinkSpan[] = [];
        for (const match of findCitations(unit.text)) {
          if (match.end <= skip) continue;
          if (match.doc.kind === 'named' && !index.names.has(match.doc.name)) continue; // another document, named only
          const resolution = resolveCitation(match, { reg: structure.reg, article: article.number, paragraph: paragraph.number }, index);
          for (const p of resolution.problems) issues.push({ line: unit.line, raw: match.raw, reason: p.reason });
          for (const t of resolution.targets) {
            citations.push({ from: unit.id, to: t.id, raw: match.raw, ...(t.warning ? { warning: t.warning } : {}) });
            if (t.start !== undefined && t.end !== undefined)
              links.push({ start: t.start, end: t.end, target: t.id, raw: unit.text.slice(t.start, t.end), ...(t.warning ? { warning: t.warning } : {}) });
          }
        }
        if (links.length) unit.links = links;
      }
    }
  }
  return { citations, issues };
}
