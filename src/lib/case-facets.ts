/**
 * The facets a case is filtered by on /cases/ (and later in search): province, year, 责任主体,
 * tag, nature. One function, so the list page, its filter script and the search index agree.
 */
import { divisionLabel, resolvePlace } from './divisions.ts';
import { subjectByLabel } from './subjects.ts';

export interface CaseFacetInput {
  region: { province?: string | undefined; city?: string | undefined; county?: string | undefined };
  years: number[];
  nature: '实践做法' | '对策建议';
  subjects: readonly string[];
  tags: string[];
  sources: { date: string }[];
}

export interface CaseFacets {
  /** The province, derived from the GB/T 2260 divisions when the source names only a city or county. */
  province: string;
  /** Years the source states for the practice, or else the year it was reported. */
  years: number[];
  yearLabel: string;
  /** Subject ids (ASCII, for data attributes and URLs). */
  subjects: string[];
  tags: string[];
  nature: '实践做法' | '对策建议';
}

/**
 * The place from its province down, after the GB/T 2260 divisions (src/lib/divisions.ts). The
 * case schema has already refused a place that does not resolve.
 * @example regionLabel({ county: '宜兴市' }) // '江苏省无锡市宜兴市'
 */
export function regionLabel(region: CaseFacetInput['region']): string {
  const r = resolvePlace(region);
  if ('error' in r) throw new Error(r.error);
  return divisionLabel(r.division);
}

function provinceOf(region: CaseFacetInput['region']): string {
  const r = resolvePlace(region);
  if ('error' in r) throw new Error(r.error);
  return r.division.province;
}

export function caseFacets(c: CaseFacetInput): CaseFacets {
  const reported = [...new Set(c.sources.map((s) => Number(s.date.slice(0, 4))))].sort();
  const years = c.years.length ? [...c.years].sort() : reported;
  const span = years.map((y) => `${y}年`).join('、');
  return {
    province: provinceOf(c.region),
    years,
    yearLabel: c.years.length ? span : `${span}报道`,
    subjects: c.subjects.map((s) => subjectByLabel(s)?.id ?? s),
    tags: c.tags,
    nature: c.nature,
  };
}
