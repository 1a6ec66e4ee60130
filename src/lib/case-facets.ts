/**
 * The facets a case is filtered by on /cases/ (and later in search): province, year, 责任主体,
 * tag, nature. One function, so the list page, its filter script and the search index agree.
 */
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
  /** The province, or the highest level the source names when it names no province. */
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
 * @example regionLabel({ province: '江苏省', county: '宜兴市' }) // '江苏省宜兴市'
 */
export function regionLabel(region: CaseFacetInput['region']): string {
  const parts = [region.province, region.city, region.county].filter((p): p is string => Boolean(p));
  return parts.filter((p, i) => p !== parts[i - 1]).join('');
}

export function caseFacets(c: CaseFacetInput): CaseFacets {
  const reported = [...new Set(c.sources.map((s) => Number(s.date.slice(0, 4))))].sort();
  const years = c.years.length ? [...c.years].sort() : reported;
  const span = years.map((y) => `${y}年`).join('、');
  return {
    province: c.region.province ?? c.region.city ?? c.region.county!,
    years,
    yearLabel: c.years.length ? span : `${span}报道`,
    subjects: c.subjects.map((s) => subjectByLabel(s)?.id ?? s),
    tags: c.tags,
    nature: c.nature,
  };
}
