/**
 * Marks the words of a search (?hl=…, added by the search page to result links) in the page's
 * indexed content, and scrolls to the first one unless the link already points at an anchor.
 * Does nothing unless the URL carries ?hl=.
 */
import { marksFor, segmentWords } from '../lib/highlight-terms';

const params = new URLSearchParams(location.search);
const scope = params.has('hl') ? (document.querySelector('[data-pagefind-body]') ?? document.querySelector('main')) : null;
if (scope) {
  const text = scope.textContent ?? '';
  const split = segmentWords();
  // Synonyms of the query's words (?hs=) are marked only where they stand whole.
  const terms = marksFor(params.getAll('hl'), params.getAll('hs'), text, split);
  if (terms.length) {
    const pattern = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('script, style, .search-data, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    let first: HTMLElement | null = null;
    for (const node of nodes) {
      const value = node.nodeValue ?? '';
      pattern.lastIndex = 0;
      if (!pattern.test(value)) continue;
      pattern.lastIndex = 0;
      const frag = document.createDocumentFragment();
      let pos = 0;
      for (const m of value.matchAll(pattern)) {
        frag.append(value.slice(pos, m.index));
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = m[0];
        first ??= mark;
        frag.append(mark);
        pos = m.index + m[0].length;
      }
      frag.append(value.slice(pos));
      node.replaceWith(frag);
    }
    if (first && !location.hash) first.scrollIntoView({ block: 'center' });
  }
}
