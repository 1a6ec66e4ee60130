/**
 * The last step of the site's ranking, over the results of one page: Pagefind ranks records (a
 * regulation text is one record, its articles inside it), and this orders what the reader sees —
 * articles and other results — by how much of the query each one holds:
 * 1. its tier: an article asked for by number or a term's definition (0), the texts of a
 *    regulation the query names (1), the rest (2);
 * 2. coverage: how many of the query's parts (split at spaces) it contains whole, as typed or
 *    as a synonym ({@link SYNONYM_GROUPS}) — so a verbatim phrase finds the article that has it,
 *    and 班子成员 分管 the one that has both;
 * 3. the parts side by side, in order (一把手 职责 → “第一责任人职责”);
 * 4. coverage in its own text: an article's words before the 解读 that quotes them; and for a
 *    phrase (one part of six characters or more), an article before the cases and topics that quote it;
 * 5. a glossary definition, which quotes texts and cases, after them (a query that is a term
 *    already put its definition first, in tier 0);
 * 6. the parts in its title (a case named for the practice asked about);
 * 7. how often, BM25-style (occurrences saturate; long texts need more of them; a synonym's
 *    count for 0.6);
 * 8. Pagefind's order.
 * Pure: the search page and the relevance suite run the same.
 */
import { SYNONYM_GROUPS } from './search-keywords.ts';

export interface Candidate {
  /** The candidate's own text: an article's official text, or a page's content. */
  text: string;
  /** Text about it that also counts, after its own: an article's 解读. */
  extra?: string;
  /** 条文, 案例, 专题, 术语. */
  kind: string;
  /** The result's title, whose words count before how often the text repeats them. */
  title?: string;
  /** 0 direct, 1 named regulation, 2 the rest. */
  tier: number;
  /** Pagefind's order (record, then section by match weight). */
  order: number;
  /** The query this candidate was found with (the words left after a regulation's name). */
  q: string;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * Each part of a query with its other forms: the part itself (weight 1) and, for a word of a
 * synonym group, the part with that word replaced by each other (0.6).
 * @example queryParts('一把手 职责') // [[['一把手', 1], ['主要负责人', 0.6], ['第一责任人', 0.6]], [['职责', 1]]]
 */
export function queryParts(q: string): [string, number][][] {
  return q
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const forms: [string, number][] = [[squeeze(part), 1]];
      for (const group of SYNONYM_GROUPS) {
        const word = [...group].sort((a, b) => b.length - a.length).find((w) => part.includes(w));
        if (!word) continue;
        for (const other of group) if (other !== word && !other.includes(word) && !word.includes(other)) forms.push([part.replace(word, other), 0.6]);
      }
      return forms;
    });
}

const count = (text: string, word: string) => {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
};

/** How well a text holds the query's parts: coverage, parts side by side, frequency (`avgLen`: of all candidates' texts). */
export function scoreOf(text: string, parts: [string, number][][], avgLen: number): { coverage: number; adjacent: number; frequency: number } {
  const t = squeeze(text);
  let coverage = 0;
  let frequency = 0;
  const norm = 1.2 * (0.25 + (0.75 * t.length) / Math.max(avgLen, 1));
  for (const forms of parts) {
    let best: [number, number] = [0, 0];
    for (const [form, weight] of forms) {
      const n = count(t, form);
      if (n && weight > best[0]) best = [weight, n];
    }
    if (best[0]) coverage++;
    frequency += best[0] * (best[1] / (best[1] + norm));
  }
  // Several parts, written side by side in some of their forms (at most 32 combinations tried).
  let adjacent = 0;
  if (parts.length > 1 && coverage === parts.length) {
    let joined = [''];
    for (const forms of parts) joined = joined.flatMap((j) => forms.map(([f]) => j + f)).slice(0, 32);
    adjacent = joined.some((j) => t.includes(j)) ? 1 : 0;
  }
  return { coverage, adjacent, frequency };
}

export function rerank<T extends Candidate>(candidates: T[]): T[] {
  const whole = (c: T) => (c.extra ? `${c.text}${c.extra}` : c.text);
  const avgLen = candidates.reduce((n, c) => n + squeeze(whole(c)).length, 0) / Math.max(candidates.length, 1);
  const parts = new Map<string, [string, number][][]>();
  const scored = candidates.map((c) => {
    if (!parts.has(c.q)) parts.set(c.q, queryParts(c.q));
    const p = parts.get(c.q)!;
    const all = scoreOf(whole(c), p, avgLen);
    const own = c.extra ? scoreOf(c.text, p, avgLen).coverage : all.coverage;
    const phrase = p.length === 1 && p[0]![0]![0].length >= 6;
    const title = c.title ? scoreOf(c.title, p, avgLen).coverage : 0;
    return { c, ...all, own, source: phrase && c.kind === '条文' && own ? 1 : 0, glossary: c.kind === '术语' ? 1 : 0, title };
  });
  return scored
    .sort(
      (a, b) =>
        a.c.tier - b.c.tier ||
        b.coverage - a.coverage ||
        b.adjacent - a.adjacent ||
        b.own - a.own ||
        b.source - a.source ||
        a.glossary - b.glossary ||
        b.title - a.title ||
        b.frequency - a.frequency ||
        a.c.order - b.c.order,
    )
    .map((s) => s.c);
}
