/**
 * Reads the citations of running text the way authors write them: a bare citation after a named
 * one, in the same sentence, cites the same document (“《规定》第十五条……，第二十一条……”). The
 * carried regulation ends at 。 and wherever the caller starts a new block (a fresh state).
 *
 * One rule for the build's content pages (content-links.ts) and the 引文核验 tool (cite-check.ts).
 */
import { findCitations, type CitationMatch } from './citation-parser.ts';
import { normaliseName, resolveCitation, type CitationContext, type RegulationIndex, type Resolution } from './citation-resolver.ts';

export interface ReadCitation {
  match: CitationMatch;
  /** Null for a document that is not on the site: named only, not ours to resolve. */
  resolution: Resolution | null;
  /** The regulation carried from earlier in the sentence, if this bare citation was read by it. */
  carried?: string;
}

/** What carries from one piece of text to the next within a block. */
export interface CarryState {
  carry?: string | undefined;
}

/**
 * The citations of `text`, left to right, each resolved. `ctx` is read afresh for every citation,
 * so a caller may change it between them (the tool makes a regulation named earlier the default).
 * @example [...readCitations('《规定》第十五条、第二十一条作出规定', {}, index)].map((c) => c.resolution?.targets.map((t) => t.id))
 * // [['zhuti-zeren:15', 'zhuti-zeren:21']]
 */
export function* readCitations(text: string, ctx: CitationContext, index: RegulationIndex, state: CarryState = {}): Generator<ReadCitation> {
  let carryEnd = 0;
  for (const match of findCitations(text)) {
    if (text.slice(carryEnd, match.start).includes('。')) state.carry = undefined;
    carryEnd = match.end;
    if (match.doc.kind === 'named' && !index.names.has(normaliseName(match.doc.name))) {
      state.carry = undefined; // a document not on the site: what follows is not ours to resolve
      yield { match, resolution: null };
      continue;
    }
    const carried = match.doc.kind === 'none' && state.carry && state.carry !== ctx.reg ? state.carry : undefined;
    let resolution = resolveCitation(match, carried ? { defaultReg: carried } : ctx, index);
    // 第十五条 after 《准则》 (which has parts, not 条) goes back to the page's own regulation.
    const fellBack = carried !== undefined && !resolution.targets.length;
    if (fellBack) resolution = resolveCitation(match, ctx, index);
    if (match.doc.kind !== 'none' && resolution.reg) state.carry = resolution.reg;
    yield { match, resolution, ...(carried && !fellBack ? { carried } : {}) };
  }
  if (text.slice(carryEnd).includes('。')) state.carry = undefined;
}
