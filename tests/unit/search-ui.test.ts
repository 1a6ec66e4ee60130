import { describe, expect, test } from 'vitest';
import { highlightTerms } from '../../src/lib/highlight-terms';
import { highlightParams, mergeVariantResults, queryVariants, withHighlight } from '../../src/lib/search-keywords';
import { excerptHtml, glossarySuggestions, groupResults, pagefindFilters, parseState, runSearch, stateQuery } from '../../src/lib/search-ui';
import { readArticleRef, readQuery, type RegulationNames } from '../../src/lib/search-query';

describe('search URL state', () => {
  test('reads the query and known filters, ignores the rest', () => {
    expect(parseState('?q=%E8%B4%A3%E4%BB%BB%E6%B8%85%E5%8D%95&region=%E6%B2%B3%E5%8D%97%E7%9C%81&foo=1&sort=date')).toEqual({
      q: '责任清单',
      filters: { region: '河南省' },
      sort: 'date',
    });
    expect(parseState('')).toEqual({ q: '', filters: {}, sort: '' });
  });

  test('writes a state back in a fixed order, so equal states give equal URLs', () => {
    const state = { q: '安阳 清单', filters: { tag: '责任清单', type: '案例' }, sort: '' as const };
    expect(stateQuery(state)).toBe(
      `?q=${encodeURIComponent('安阳').replace(/%20/g, '+')}+${encodeURIComponent('清单')}&type=${encodeURIComponent('案例')}&tag=${encodeURIComponent('责任清单')}`,
    );
    expect(parseState(stateQuery(state))).toEqual(state);
    expect(stateQuery({ q: '', filters: {}, sort: '' })).toBe('');
  });
});

describe('results', () => {
  test('are grouped by kind in the order of each kind’s best hit', () => {
    const r = (url: string, kind: string) => ({ url, meta: { kind } });
    const groups = groupResults([r('/cases/a/', '案例'), r('/regulations/x/1/', '条文'), r('/cases/b/', '案例'), r('/glossary/#t', '术语')]);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.url)])).toEqual([
      ['实践案例', ['/cases/a/', '/cases/b/']],
      ['条文与解读', ['/regulations/x/1/']],
      ['术语', ['/glossary/#t']],
    ]);
  });

  test('an empty result suggests glossary terms that share a word with the query', () => {
    const terms = [
      { term: '责任清单', aliases: [] },
      { term: '灯下黑', aliases: [] },
      { term: '四种形态', aliases: ['监督执纪四种形态'] },
    ];
    expect(glossarySuggestions('清单管理办法', terms).map((t) => t.term)).toEqual(['责任清单']);
    expect(glossarySuggestions('执纪', terms).map((t) => t.term)).toEqual(['四种形态']);
    expect(glossarySuggestions('x', terms)).toEqual([]);
  });
});

describe('colloquial queries', () => {
  test('一把手 is also asked as 主要负责人 and 第一责任人', () => {
    expect(queryVariants('一把手 职责')).toEqual(['主要负责人 职责', '第一责任人 职责']);
    expect(queryVariants('政治生日')).toEqual([]);
  });

  test('variant hits are merged after equal hits of the query as typed, each page once', () => {
    const merged = mergeVariantResults([
      [{ id: 'a', score: 1 }],
      [
        { id: 'b', score: 1.1 },
        { id: 'a', score: 3 },
      ],
    ]);
    expect(merged.map((m) => m.id)).toEqual(['a', 'b']);
  });

  test('a search runs the query and its variants; filter-only and date-sorted searches run once', async () => {
    const asked: (string | null)[] = [];
    const pf = {
      search: async (q: string | null, o?: { filters?: Record<string, string> }) => {
        // The lookup of the query as a glossary term finds none here.
        if (o?.filters?.term) return { results: [] };
        asked.push(q);
        return { results: [{ id: q ?? 'all', score: 1 }] };
      },
    };
    expect((await runSearch(pf, { q: '一把手', filters: {}, sort: '' }))!.map((r) => r.id)).toEqual(['一把手', '主要负责人', '第一责任人']);
    expect(await runSearch(pf, { q: '', filters: { type: '案例' }, sort: '' })).toEqual([{ id: 'all', score: 1 }]);
    await runSearch(pf, { q: '一把手', filters: {}, sort: 'date' });
    expect(asked).toEqual(['一把手', '主要负责人', '第一责任人', null, '一把手']);
  });
});

describe('highlighting on the target page', () => {
  const words = (t: string) => [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(t)].filter((s) => s.isWordLike).map((s) => s.segment);

  test('marks the query whole when the page has it, else its words the page has, longest first', () => {
    expect(highlightTerms(['责任清单'], '制定责任清单', words)).toEqual(['责任清单']);
    expect(highlightTerms(['一把手 职责'], '书记履行第一责任人职责', words)).toEqual(['职责']);
    expect(highlightTerms(['“三会一课”'], '落实三会一课制度', words)).toEqual(['三会一课']);
  });

  test('never marks single characters', () => {
    expect(highlightTerms(['党'], '党的建设', words)).toEqual([]);
  });

  test('a term the text has only in part is marked in its longest pieces, not in the characters the segmenter splits it into', () => {
    // The segmenter cuts 从严治党 into 从|严|治|党.
    expect(highlightTerms(['全面从严治党主体责任'], '推动全面从严治党向纵深发展，落实主体责任', words)).toEqual(['全面从严治党', '主体责任']);
    expect(highlightTerms(['谈心谈话'], '开展谈话提醒', words)).toEqual(['谈话']);
  });

  test('a result excerpt marks whole terms and synonyms, not Pagefind’s single characters, and starts with text', () => {
    const pagefind = '. <mark>谈</mark><mark>心</mark><mark>谈话</mark>是经常<mark>性的</mark>交流. 提醒<mark>谈话</mark>';
    expect(excerptHtml(pagefind, '谈心谈话', words)).toBe('<mark>谈心谈话</mark>是经常性的交流　<mark>提醒谈话</mark>');
    expect(excerptHtml('书记是<mark>第一</mark><mark>责任</mark>人', '一把手', words)).toBe('书记是<mark>第一责任人</mark>');
  });
});

describe('queries that name a regulation and its version', () => {
  const regs: RegulationNames[] = [
    { shortTitle: '纪律处分条例', names: ['中国共产党纪律处分条例', '纪律处分条例', '条例'], years: ['2015', '2018', '2023'], current: '2023' },
    { shortTitle: '问责条例（2016年）', names: ['中国共产党问责条例', '问责条例', '条例'], years: ['2016'], current: '2016' },
    { shortTitle: '主体责任规定', names: ['党委（党组）落实全面从严治党主体责任规定', '主体责任规定', '规定'], years: ['2020'], current: '2020' },
  ];
  test.each<[string, string, Record<string, string>]>([
    ['2018年条例 全面从严治党主体责任', '全面从严治党主体责任', { regulation: '纪律处分条例', edition: '2018' }],
    ['纪律处分条例（2015年） 党组织', '党组织', { regulation: '纪律处分条例', edition: '2015' }],
    ['2015年版纪律处分条例 施行', '施行', { regulation: '纪律处分条例', edition: '2015' }],
    ['《纪律处分条例》 主体责任', '主体责任', { regulation: '纪律处分条例' }],
    ['2016年问责条例 问责情形', '问责情形', { regulation: '问责条例（2016年）', edition: '2016' }],
    ['条例 问责', '条例 问责', {}],
    ['2019年条例 问责', '2019年条例 问责', {}],
    ['责任清单', '责任清单', {}],
  ])('%s', (q, rest, filters) => {
    expect(readQuery(q, regs)).toEqual({ q: rest, filters });
  });

  test('the version facet defaults to current texts; 全部 lifts it', () => {
    expect(pagefindFilters({})).toEqual({ version: '现行' });
    expect(pagefindFilters({ version: '历史' })).toEqual({ version: '历史' });
    expect(pagefindFilters({ version: '全部', type: '条文' })).toEqual({ type: '条文' });
  });

  test('a search that names a regulation lists its texts first, then the other results, each once', async () => {
    const calls: { q: string | null; filters?: Record<string, string> }[] = [];
    const pf = {
      search: async (q: string | null, o?: { filters?: Record<string, string> }) => {
        calls.push({ q, ...(o?.filters ? { filters: o.filters } : {}) });
        const named = o?.filters?.regulation === '纪律处分条例';
        return {
          results: named
            ? [{ id: 'jilv/74', score: 1 }]
            : [
                { id: 'zhuti/22', score: 2 },
                { id: 'jilv/74', score: 1 },
              ],
        };
      },
    };
    const out = await runSearch(pf, { q: '2018年条例 主体责任', filters: {}, sort: '' }, regs);
    expect(out!.map((r) => r.id)).toEqual(['jilv/74', 'zhuti/22']);
    expect(calls.find((c) => c.filters?.regulation)).toEqual({ q: '主体责任', filters: { regulation: '纪律处分条例', edition: '2018' } });
  });
});

describe('queries that ask for an article by its number', () => {
  const regs: RegulationNames[] = [
    { shortTitle: '纪律处分条例', names: ['中国共产党纪律处分条例', '纪律处分条例', '条例'], years: ['2015', '2018', '2023'], current: '2023' },
    { shortTitle: '问责条例（2016年）', names: ['中国共产党问责条例', '问责条例', '条例'], years: ['2016'], current: '2016' },
  ];
  test.each<[string, { article: number; filters: Record<string, string> } | null]>([
    ['七十四条', { article: 74, filters: {} }],
    ['第七十四条', { article: 74, filters: {} }],
    ['第74条', { article: 74, filters: {} }],
    ['74条', { article: 74, filters: {} }],
    ['第 74 条', { article: 74, filters: {} }],
    ['第７４条', { article: 74, filters: {} }],
    ['第一百零五条', { article: 105, filters: {} }],
    ['纪律处分条例74条', { article: 74, filters: { regulation: '纪律处分条例' } }],
    ['《纪律处分条例》第七十四条', { article: 74, filters: { regulation: '纪律处分条例' } }],
    ['2018年纪律处分条例第67条', { article: 67, filters: { regulation: '纪律处分条例', edition: '2018' } }],
    ['《条例》第74条', { article: 74, filters: {} }],
    ['74', null],
    ['第七十四条 主体责任', null],
    ['87条规定', null],
  ])('%s', (q, expected) => {
    expect(readArticleRef(q, regs)).toEqual(expected);
  });

  test('the article comes first, then what the words find, each once; a year asks for that version’s number', async () => {
    const calls: { q: string | null; filters?: Record<string, string> }[] = [];
    const pf = {
      search: async (q: string | null, o?: { filters?: Record<string, string> }) => {
        calls.push({ q, ...(o?.filters ? { filters: o.filters } : {}) });
        if (o?.filters?.article) return { results: [{ id: 'jilv/74', score: 0 }] };
        return {
          results: [
            { id: 'case/guangzhou', score: 2 },
            { id: 'jilv/74', score: 1 },
          ],
        };
      },
    };
    expect((await runSearch(pf, { q: '74条', filters: {}, sort: '' }, regs))!.map((r) => r.id)).toEqual(['jilv/74', 'case/guangzhou']);
    expect(calls.find((c) => c.filters?.article)).toEqual({ q: null, filters: { version: '现行', article: '74' } });
    calls.length = 0;
    await runSearch(pf, { q: '2018年纪律处分条例第67条', filters: {}, sort: '' }, regs);
    expect(calls.find((c) => c.filters?.article)).toEqual({ q: null, filters: { regulation: '纪律处分条例', article: '2018:67' } });
  });
});

describe('what an opened result marks', () => {
  test('the query words as typed, and their synonyms only whole', () => {
    expect(highlightParams('一把手 职责')).toEqual({ hl: ['一把手', '职责'], hs: ['主要负责人', '第一责任人'] });
    expect(withHighlight('/cases/x/?hl=%E4%B8%BB%E8%A6%81&hl=%E8%B4%9F%E8%B4%A3#art-8', '一把手')).toBe(
      `/cases/x/?${new URLSearchParams([
        ['hl', '一把手'],
        ['hs', '主要负责人'],
        ['hs', '第一责任人'],
      ]).toString()}#art-8`,
    );
  });
});
