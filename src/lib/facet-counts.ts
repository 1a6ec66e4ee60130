/**
 * Faceted-search counts that follow the reader's choices. Each facet is one group of options, a
 * reader picks at most one option per group, and the groups combine with AND. The count shown for
 * an option is the number of results the reader would get by choosing it, given what is chosen in
 * the other groups: for its own group the current choice is replaced, not added to. An option
 * whose count is 0 stays in the list, marked (see {@link optionLabel}).
 */

/** The reader's choice per group (`''` or missing: the whole group). */
export type Selection = Record<string, string>;

/** What one result carries, per group: the values it would be found under. */
export type FacetValues = Record<string, readonly string[]>;

/** Counts per group, per option value. */
export type FacetCounts = Record<string, Map<string, number>>;

/**
 * Whether an item matches every chosen group, except `skip` (the group being counted).
 * @example matchesSelection({ tag: ['责任清单'], province: ['河南省'] }, { tag: '责任清单' }) // true
 */
export function matchesSelection(item: FacetValues, selection: Selection, skip?: string): boolean {
  return Object.entries(selection).every(([group, value]) => !value || group === skip || (item[group] ?? []).includes(value));
}

/**
 * For every group and every option in it, how many items the option would give with the other
 * groups' choices kept: the numbers a filter list shows next to its options.
 * @example
 * const items = [{ tag: ['责任清单'], province: ['河南省'] }, { tag: ['问责'], province: ['福建省'] }];
 * facetCounts(items, { tag: '责任清单' }, { tag: ['责任清单', '问责'], province: ['河南省', '福建省'] })
 * // { tag: Map { 责任清单 → 1, 问责 → 1 }, province: Map { 河南省 → 1, 福建省 → 0 } }
 */
export function facetCounts(items: readonly FacetValues[], selection: Selection, options: Record<string, readonly string[]>): FacetCounts {
  const out: FacetCounts = {};
  for (const [group, values] of Object.entries(options)) {
    const counts = new Map(values.map((v) => [v, 0]));
    for (const item of items) {
      if (!matchesSelection(item, selection, group)) continue;
      for (const v of new Set(item[group] ?? [])) if (counts.has(v)) counts.set(v, counts.get(v)! + 1);
    }
    out[group] = counts;
  }
  return out;
}

/**
 * An option's text in a filter list: its label with the count in full-width brackets, the count
 * left out when it is not known exactly (`null`). A 0 is always written, so a reader (and a
 * screen reader, for which the option is also disabled) hears that it gives nothing.
 * @example optionLabel('福建省', 0) // '福建省（0）'
 * @example optionLabel('条文', null) // '条文'
 */
export function optionLabel(label: string, count: number | null): string {
  return count === null ? label : `${label}（${count}）`;
}
