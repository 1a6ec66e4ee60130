/**
 * The case list's logic without a browser: filter counts that follow the other filters, the
 * related cases of a case and why, the ids a compare URL asks for, and the search page's counts
 * read from Pagefind's answers.
 */
import { describe, expect, test } from 'vitest';
import { COMPARE_MAX, readCompareIds } from '../../src/lib/case-compare';
import { caseFacets } from '../../src/lib/case-facets';
import { facetCounts, matchesSelection, optionLabel } from '../../src/lib/facet-counts';
import { relatedCases, relatedReason } from '../../src/lib/related-cases';
import { searchFacetCounts, type CountingPagefind } from '../../src/lib/search-facets';

const CASES = [
  { province: ['河南省'], tag: ['责任清单', '监督'], year: ['2025'] },
  { province: ['广东省'], tag: ['责任清单'], year: ['2025'] },
  { province: ['福建省'], tag: ['专题会商', '监督'], year: ['2025'] },
  { province: ['江苏省'], tag: ['责任清单'], year: ['2020'] },
];
const OPTIONS = { province: ['河南省', '广东省', '福建省', '江苏省'], tag: ['责任清单', '监督', '专题会商'], year: ['2025', '2020'] };
const counts = (sel: Record<string, string>) =>
  Object.fromEntries(Object.entries(facetCounts(CASES, sel, OPTIONS)).map(([g, m]) => [g, Object.fromEntries(m)]));

describe('filter counts follow the other filters', () => {
  test('with nothing chosen, each option counts the whole list', () => {
    expect(counts({})).toEqual({
      province: { 河南省: 1, 广东省: 1, 福建省: 1, 江苏省: 1 },
      tag: { 责任清单: 3, 监督: 2, 专题会商: 1 },
      year: { 2025: 3, 2020: 1 },
    });
  });

  test('after choosing 责任清单, 福建省 gives nothing, and the tag group still counts as if chosen instead', () => {
    const c = counts({ tag: '责任清单' });
    expect(c.province).toEqual({ 河南省: 1, 广东省: 1, 福建省: 0, 江苏省: 1 });
    expect(c.tag).toEqual({ 责任清单: 3, 监督: 2, 专题会商: 1 });
    expect(c.year).toEqual({ 2025: 2, 2020: 1 });
  });

  test('two groups chosen: each counts against the other only', () => {
    const c = counts({ tag: '责任清单', year: '2025' });
    expect(c.tag).toEqual({ 责任清单: 2, 监督: 2, 专题会商: 1 });
    expect(c.year).toEqual({ 2025: 2, 2020: 1 });
    expect(c.province).toEqual({ 河南省: 1, 广东省: 1, 福建省: 0, 江苏省: 0 });
  });

  test('an item matches when every chosen group has its value; empty choices are ignored', () => {
    expect(matchesSelection(CASES[0]!, { tag: '监督', province: '' })).toBe(true);
    expect(matchesSelection(CASES[1]!, { tag: '监督' })).toBe(false);
    expect(matchesSelection(CASES[1]!, { tag: '监督' }, 'tag')).toBe(true);
  });

  test.each([
    ['福建省', 0, '福建省（0）'],
    ['江苏省', 2, '江苏省（2）'],
    ['条文', null, '条文'],
  ] as const)('the option %s with count %s reads %s', (label, n, text) => {
    expect(optionLabel(label, n)).toBe(text);
  });
});

describe('the year facet is the year reported, for every case alike', () => {
  const base = { region: { province: '江苏省' }, nature: '实践做法' as const, subjects: ['党委（党组）'], tags: ['责任清单'] };
  test('a case whose source states the practice years is still filed under the year it was reported', () => {
    const f = caseFacets({ ...base, years: [2020, 2018], sources: [{ date: '2020-06-05' }] });
    expect(f.years).toEqual([2020]);
    expect(f.yearLabel).toBe('2020年报道');
    expect(f.practiceYears).toEqual([2018, 2020]);
  });
  test('a case whose source states none reads the same way', () => {
    const f = caseFacets({ ...base, years: [], sources: [{ date: '2025-10-20' }, { date: '2022-01-13' }] });
    expect(f.years).toEqual([2022, 2025]);
    expect(f.yearLabel).toBe('2022年、2025年报道');
    expect(f.practiceYears).toEqual([]);
  });
});

describe('related cases', () => {
  const target = { id: 'a', clauses: ['zhuti-zeren:11', 'zhuti-zeren:9.2'], tags: ['责任清单', '监督'] };
  const all = [
    target,
    { id: 'tags-only', clauses: ['wenze:6'], tags: ['责任清单', '监督'] },
    { id: 'one-article', clauses: ['zhuti-zeren:9.5'], tags: [] },
    { id: 'two-articles', clauses: ['zhuti-zeren:11.1', 'zhuti-zeren:9'], tags: ['考核'] },
    { id: 'nothing', clauses: ['wenze:7'], tags: ['问责'] },
  ];

  test('rank by shared articles (a clause counts as its article), then shared tags; nothing shared, not listed', () => {
    expect(relatedCases(target, all)).toEqual([
      { id: 'two-articles', articles: ['zhuti-zeren:11', 'zhuti-zeren:9'], tags: [] },
      { id: 'one-article', articles: ['zhuti-zeren:9'], tags: [] },
      { id: 'tags-only', articles: [], tags: ['责任清单', '监督'] },
    ]);
  });

  test('a handful at most', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ id: `c${i}`, clauses: [], tags: ['监督'] }));
    expect(relatedCases(target, [target, ...many])).toHaveLength(5);
  });

  test('the reason names what is shared, two of each at most', () => {
    const name = (keys: string[]) => `《主体责任规定》${keys.map((k) => (k.endsWith(':11') ? '第十一条' : '第九条')).join('、')}`;
    expect(relatedReason({ id: 'x', articles: ['zhuti-zeren:11'], tags: ['责任清单'] }, name)).toBe('同引《主体责任规定》第十一条；同为“责任清单”');
    expect(relatedReason({ id: 'x', articles: [], tags: ['责任清单', '监督', '考核'] }, name)).toBe('同为“责任清单”、“监督”等');
  });
});

describe('compare URL', () => {
  const known = new Set(['a', 'b', 'c', 'd']);
  test.each([
    ['?ids=a,b', { ids: ['a', 'b'], unknown: [], dropped: [] }],
    ['?ids=b，a a', { ids: ['b', 'a'], unknown: [], dropped: [] }],
    ['?ids=a&ids=c', { ids: ['a', 'c'], unknown: [], dropped: [] }],
    ['?ids=a,x,a', { ids: ['a'], unknown: ['x'], dropped: [] }],
    ['?ids=a,b,c,d', { ids: ['a', 'b', 'c'], unknown: [], dropped: ['d'] }],
    ['', { ids: [], unknown: [], dropped: [] }],
  ])('%s asks for %o', (search, expected) => {
    expect(readCompareIds(search, known)).toEqual(expected);
  });
  test('three at most', () => expect(COMPARE_MAX).toBe(3));
});

/** A Pagefind stand-in over records with filters, counting as Pagefind does once its filters are loaded. */
function fakePagefind(records: { words: string[]; filters: Record<string, string[]> }[]): CountingPagefind & { searches: number } {
  let loaded = false;
  const pf = {
    searches: 0,
    filters: async () => {
      loaded = true;
      return {};
    },
    search: async (q: string | null, o: { filters?: Record<string, string> } = {}) => {
      pf.searches++;
      const hits = records.filter(
        (r) => (q === null || r.words.includes(q)) && Object.entries(o.filters ?? {}).every(([k, v]) => (r.filters[k] ?? []).includes(v)),
      );
      if (!loaded) return { results: hits };
      const filters: Record<string, Record<string, number>> = {};
      for (const r of records) for (const [k, vs] of Object.entries(r.filters)) for (const v of vs) (filters[k] ??= {})[v] ??= 0;
      for (const h of hits) for (const [k, vs] of Object.entries(h.filters)) for (const v of vs) filters[k]![v]!++;
      return { results: hits, filters };
    },
  };
  return pf;
}

describe('search page counts', () => {
  const records = [
    { words: ['清单'], filters: { type: ['案例'], region: ['河南省'], tag: ['责任清单'], regulation: ['主体责任规定'] } },
    { words: ['清单'], filters: { type: ['案例'], region: ['江苏省'], tag: ['责任清单'], regulation: ['主体责任规定'] } },
    { words: ['清单'], filters: { type: ['案例'], region: ['福建省'], tag: ['专题会商'], regulation: ['主体责任规定'] } },
    { words: ['清单', '规定'], filters: { type: ['条文', '解读'], regulation: ['主体责任规定'], subject: ['党委（党组）'] } },
    { words: ['清单'], filters: { type: ['术语'] } },
  ];
  const get = (c: Awaited<ReturnType<typeof searchFacetCounts>>, g: string, v: string) => c![g]!.get(v);

  test('the counts follow the chosen tag, and the tag group counts as if chosen instead', async () => {
    const pf = fakePagefind(records);
    const c = await searchFacetCounts(pf, { q: '清单', filters: { tag: '责任清单' }, sort: '' });
    expect(get(c, 'region', '河南省')).toEqual({ n: 1, exact: true });
    expect(get(c, 'region', '福建省')).toEqual({ n: 0, exact: true });
    expect(get(c, 'tag', '专题会商')).toEqual({ n: 1, exact: true });
    expect(get(c, 'type', '术语')).toEqual({ n: 0, exact: true });
  });

  test('an option whose results hold texts says whether it gives anything, not how many', async () => {
    const c = await searchFacetCounts(fakePagefind(records), { q: '清单', filters: {}, sort: '' });
    expect(get(c, 'type', '条文')).toEqual({ n: 1, exact: false });
    expect(get(c, 'regulation', '主体责任规定')).toEqual({ n: 4, exact: false });
    expect(get(c, 'type', '案例')).toEqual({ n: 3, exact: true });
    const cases = await searchFacetCounts(fakePagefind(records), { q: '清单', filters: { type: '案例' }, sort: '' });
    expect(get(cases, 'regulation', '主体责任规定')).toEqual({ n: 3, exact: true });
  });

  test('with no query (browsing by filter) everything is counted', async () => {
    const c = await searchFacetCounts(fakePagefind(records), { q: '', filters: { region: '江苏省' }, sort: '' });
    expect(get(c, 'region', '福建省')).toEqual({ n: 1, exact: true });
    expect(get(c, 'tag', '专题会商')).toEqual({ n: 0, exact: true });
  });
});
