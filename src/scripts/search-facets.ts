/**
 * The search page's filter lists after each search: every option with the count it would give
 * (src/lib/search-facets.ts), （0） and disabled when it would give nothing, a plain label when
 * the count is not known exactly. Back to plain labels when there is no search.
 */
import { optionLabel } from '../lib/facet-counts';
import type { RegulationNames } from '../lib/search-query';
import { searchFacetCounts, type CountingPagefind } from '../lib/search-facets';
import type { SearchState } from '../lib/search-ui';

export function facetLists(selects: HTMLSelectElement[], regs: readonly RegulationNames[], history: () => Promise<CountingPagefind>) {
  for (const s of selects) for (const o of s.options) o.dataset.label ??= o.textContent.trim();
  let run = 0;

  const reset = () => {
    run++;
    for (const s of selects)
      for (const o of s.options) {
        o.textContent = o.dataset.label!;
        o.disabled = false;
      }
  };

  const update = async (pf: CountingPagefind, state: SearchState) => {
    const id = ++run;
    const counts = await searchFacetCounts(pf, state, regs, history).catch(() => null);
    if (id !== run) return;
    if (!counts) return reset();
    for (const s of selects) {
      const group = counts[s.dataset.filter ?? ''];
      if (!group) continue;
      for (const o of s.options) {
        if (!o.value) continue;
        const c = group.get(o.value) ?? { n: 0, exact: true };
        o.textContent = optionLabel(o.dataset.label!, c.n === 0 ? 0 : c.exact ? c.n : null);
        // The chosen option stays choosable, so the reader can see and undo the choice.
        o.disabled = c.n === 0 && o.value !== s.value;
      }
    }
  };

  return { update, reset };
}
