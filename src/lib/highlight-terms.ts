/**
 * Which strings to mark on a page for a search: each query term as typed when the page contains
 * it; otherwise its words (as the segmenter splits them) that the page contains. Longest first,
 * so 责任清单 is marked whole rather than as 责任 + 清单. Single characters are never marked.
 * @example highlightTerms(['一把手 职责'], '书记的职责', (t) => [t]) // ['职责']
 */
export function highlightTerms(queries: string[], text: string, split: (t: string) => string[]): string[] {
  const out = new Set<string>();
  for (const raw of queries.flatMap((q) => q.split(/\s+/))) {
    const q = raw.replace(/^["“”]+|["“”]+$/g, '').trim();
    if (!q) continue;
    if (q.length >= 2 && text.includes(q)) {
      out.add(q);
      continue;
    }
    for (const w of split(q)) if (w.length >= 2 && text.includes(w)) out.add(w);
  }
  return [...out].sort((a, b) => b.length - a.length);
}
