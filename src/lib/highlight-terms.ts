/**
 * Which strings to mark for a search, on an opened page and in a result's excerpt: each query
 * term as typed when the text contains it; otherwise the longest pieces of it the text contains,
 * cut where the segmenter cuts words. Longest first, so 责任清单 is marked whole rather than as
 * 责任 + 清单. Single characters are never marked: the segmenter splits 从严治党 into four, but a
 * piece is two characters or more (从严治党), so a page marks 全面 and 从严治党, not 从 or 党.
 * @example highlightTerms(['一把手 职责'], '书记的职责', (t) => [t]) // ['职责']
 */
export function highlightTerms(queries: string[], text: string, split: (t: string) => string[]): string[] {
  const out = new Set<string>();
  for (const raw of queries.flatMap((q) => q.split(/[\s\p{P}]+/u))) {
    const q = raw.trim();
    if (q.length < 2) continue;
    if (text.includes(q)) {
      out.add(q);
      continue;
    }
    for (const piece of pieces(q, text, split)) out.add(piece);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * What to mark in a text for a search: the query's words as typed (`hl`, whole or in their longest
 * pieces) and their synonyms (`hs`) only where they stand whole; longest first.
 * @example marksFor(['一把手'], ['第一责任人'], '书记是第一责任人', (t) => [t]) // ['第一责任人']
 */
export function marksFor(hl: string[], hs: string[], text: string, split: (t: string) => string[]): string[] {
  const synonyms = hs.filter((w) => w.length >= 2 && text.includes(w));
  return [...new Set([...highlightTerms(hl, text, split), ...synonyms])].sort((a, b) => b.length - a.length);
}

/** Greedy cover of a term by the longest substrings (at word boundaries, ≥ 2 characters) the text has. */
function pieces(term: string, text: string, split: (t: string) => string[]): string[] {
  const cuts = [0];
  for (const w of split(term)) {
    const at = term.indexOf(w, cuts.at(-1)!);
    if (at < 0) continue;
    if (at > cuts.at(-1)!) cuts.push(at);
    cuts.push(at + w.length);
  }
  if (cuts.at(-1) !== term.length) cuts.push(term.length);
  const out: string[] = [];
  let i = 0;
  while (i < cuts.length - 1) {
    let found = -1;
    for (let j = cuts.length - 1; j > i; j--) {
      const s = term.slice(cuts[i], cuts[j]);
      if (s.length >= 2 && text.includes(s)) {
        found = j;
        out.push(s);
        break;
      }
    }
    i = found > 0 ? found : i + 1;
  }
  return out;
}

/**
 * Marks strings in a text, longest first and never overlapping; the text is HTML-escaped already
 * (a Pagefind excerpt) and the strings are words, so they are inserted as they are.
 * @example markAll('落实主体责任', ['主体责任']) // '落实<mark>主体责任</mark>'
 */
export function markAll(html: string, terms: string[]): string {
  const list = [...new Set(terms)].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length);
  if (!list.length) return html;
  const pattern = new RegExp(list.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return html.replace(pattern, (m) => `<mark>${m}</mark>`);
}

/** Words of a text as the browser's segmenter cuts them (the whole text where there is none). */
export function segmentWords(): (t: string) => string[] {
  const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : undefined;
  return (t) => (segmenter ? [...segmenter.segment(t)].filter((s) => s.isWordLike).map((s) => s.segment) : [t]);
}
