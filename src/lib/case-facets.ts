/**
 * The facets a case is filtered by on /cases/ and in search: province, year, 责任主体, tag,
 * nature. One function, so the list page, its filter script and the search index agree.
 *
 * The year facet is the year the case was reported (its sources' publication years), for every
 * case alike: every case has one, and a list filtered by 2025 holds what was reported in 2025.
 * The years a source states for the practice itself (schema `years`) are shown on the case page
 * as 做法年份; they are not a facet, since half the sources state none.
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
  /** Years the case was reported in (its sources' publication years): the year facet. */
  years: number[];
  /** The same as a reader sees it: 2020年报道, 2020年、2022年报道. */
  yearLabel: string;
  /** Years the source states for the practice; empty when it states none. */
  practiceYears: number[];
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
  const years = [...new Set(c.sources.map((s) => Number(s.date.slice(0, 4))))].sort((a, b) => a - b);
  return {
    province: provinceOf(c.region),
    years,
    yearLabel: `${yearList(years)}报道`,
    practiceYears: [...c.years].sort((a, b) => a - b),
    subjects: c.subjects.map((s) => subjectByLabel(s)?.id ?? s),
    tags: c.tags,
    nature: c.nature,
  };
}

/**
 * Years as a reader writes them.
 * @example yearList([2018, 2020]) // '2018年、2020年'
 */
export const yearList = (years: readonly number[]) => years.map((y) => `${y}年`).join('、');
