/**
 * The compare view of cases (/cases/compare/?ids=a,b,c): which cases a URL asks for, and which
 * parts of a case it sets side by side. Shared by the case list (which gathers the ids) and the
 * compare page (which reads them).
 */

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 3;

/** The sections of a case body shown side by side, in order (then the clauses it implements). */
export const COMPARE_SECTIONS = ['背景', '做法', '成效'] as const;

export interface CompareIds {
  /** The cases to show, in the URL's order, each once, at most {@link COMPARE_MAX}. */
  ids: string[];
  /** Ids the URL names that are no case. */
  unknown: string[];
  /** Cases beyond the first {@link COMPARE_MAX}, left out. */
  dropped: string[];
}

/**
 * The cases a compare URL asks for: `?ids=a,b,c`, or `ids` repeated (as a form sends it).
 * @example readCompareIds('?ids=a,b,a,x', new Set(['a', 'b'])) // { ids: ['a', 'b'], unknown: ['x'], dropped: [] }
 */
export function readCompareIds(search: string, known: ReadonlySet<string>): CompareIds {
  const asked = new URLSearchParams(search)
    .getAll('ids')
    .flatMap((v) => v.split(/[,，\s]+/))
    .map((v) => v.trim())
    .filter(Boolean);
  const unique = [...new Set(asked)];
  const found = unique.filter((id) => known.has(id));
  return { ids: found.slice(0, COMPARE_MAX), unknown: unique.filter((id) => !known.has(id)), dropped: found.slice(COMPARE_MAX) };
}
