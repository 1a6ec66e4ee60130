import { describe, expect, test } from 'vitest';
import { highlightTerms } from '../../src/lib/highlight-terms';
import { highlightParams, mergeVariantResults, queryVariants, withHighlight } from '../../src/lib/search-keywords';
import {
  entryUrls,
  excerptHtml,
  expandHits,
  glossarySuggestions,
  groupResults,
  officialExcerpt,
  pagefindFilters,
  parseState,
  runSearch,
  stateQuery,
  type ResultData,
} from '../../src/lib/search-ui';
import { queryParts, rerank } from '../../src/lib/search-rank';

/** A search result whose data is never read (the tests of the query logic look at ids only). */
const hit = (id: string, score: number) => ({ id, score, data: async (): Promise<ResultData> => ({ url: `/${id}/`, excerpt: '', meta: {} }) });
const ids = (list: { id: string }[] | null) => list!.map((r) => r.id);
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
        return { results: [hit(q ?? 'all', 1)] };
      },
    };
    expect(ids(await runSearch(pf, { q: '一把手', filters: {}, sort: '' }))).toEqual(['一把手', '主要负责人', '第一责任人']);
    expect(ids(await runSearch(pf, { q: '', filters: { type: '案例' }, sort: '' }))).toEqual(['all']);
    await runSearch(pf, { q: '一把手', filters: {}, sort: 'date' });
    // The words and their variants, then the words among texts, cases and topics (each kind's
    // best is kept on the first page).
    expect(asked).toEqual(['一把手', '主要负责人', '第一责任人', '一把手', '一把手', '一把手', null, '一把手']);
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

  test('the version facet is not a Pagefind filter: it picks the indexes', async () => {
    expect(pagefindFilters({})).toEqual({});
    expect(pagefindFilters({ version: '历史', type: '条文' })).toEqual({ type: '条文' });
    const searched: string[] = [];
    const index = (name: string) => ({
      search: async () => {
        searched.push(name);
        return { results: [hit(name, name === 'history' ? 2 : 1)] };
      },
    });
    const history = async () => index('history');
    expect(ids(await runSearch(index('main'), { q: '', filters: { type: '条文' }, sort: '' }, [], history))).toEqual(['main']);
    expect(searched).toEqual(['main']);
    expect(ids(await runSearch(index('main'), { q: '', filters: { version: '历史' }, sort: '' }, [], history))).toEqual(['history']);
    // Both: one list, by score.
    expect(ids(await runSearch(index('main'), { q: '', filters: { version: '全部' }, sort: '' }, [], history))).toEqual(['history', 'main']);
  });

  test('a search that names a regulation lists its texts first, then the other results, each once', async () => {
    const calls: { q: string | null; filters?: Record<string, string> }[] = [];
    const pf = {
      search: async (q: string | null, o?: { filters?: Record<string, string> }) => {
        calls.push({ q, ...(o?.filters ? { filters: o.filters } : {}) });
        const named = o?.filters?.regulation === '纪律处分条例';
        return { results: named ? [hit('jilv/74', 1)] : [hit('zhuti/22', 2), hit('jilv/74', 1)] };
      },
    };
    const out = await runSearch(pf, { q: '2018年条例 主体责任', filters: {}, sort: '' }, regs);
    expect(ids(out)).toEqual(['jilv/74', 'zhuti/22']);
    // The named version's hits carry it, so only its articles are listed from them.
    expect(out![0]).toMatchObject({ tier: 1, edition: '2018', q: '主体责任' });
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

  test('the article comes first, found without a search; the text that holds it does not list it again', async () => {
    const withTexts: RegulationNames[] = [
      { ...regs[0]!, texts: [{ year: '2023', path: '/regulations/jilv-chufen/', articles: 158, current: true }] },
      { ...regs[1]!, texts: [{ year: '2016', path: '/regulations/wenze/', articles: 14, current: true }] },
    ];
    const record: ResultData = {
      url: '/regulations/jilv-chufen/',
      excerpt: '',
      meta: { title: '《纪律处分条例》', kind: '条文', version: '现行', year: '2023', sections: '{"74":{"t":"不履行主体责任"}}' },
      content: '第七十三条. 甲。 第七十四条. 党组织不履行全面从严治党主体责任。 不履行主体责任. 解读的话。',
      anchors: [
        { id: 'art-73', text: '第七十三条', location: 0 },
        { id: 'art-74', text: '第七十四条', location: 3 },
      ],
      sub_results: [
        { title: '第七十四条', url: '/regulations/jilv-chufen/#art-74', excerpt: '党组织不履行全面从严治党<mark>主体责任</mark>', anchor: { id: 'art-74' } },
      ],
    };
    const calls: { q: string | null; filters?: Record<string, string> }[] = [];
    const pf = {
      search: async (q: string | null, o?: { filters?: Record<string, string> }) => {
        calls.push({ q, ...(o?.filters ? { filters: o.filters } : {}) });
        if (o?.filters?.term) return { results: [] };
        if (o?.filters?.regulation) return { results: [{ id: 'jilv', score: 1, data: async () => record }] };
        return {
          results: [
            { id: 'case/guangzhou', score: 2, data: async () => ({ url: '/cases/guangzhou/', excerpt: '', meta: { kind: '案例' } }) },
            { id: 'jilv', score: 1, data: async () => record },
          ],
        };
      },
    };
    const state = { q: '74条', filters: {}, sort: '' as const };
    const found = await runSearch(pf, state, withTexts);
    // 问责条例 has 14 articles: no 第七十四条 there.
    expect(ids(found)).toEqual(['article:/regulations/jilv-chufen/74/', 'case/guangzhou', 'jilv']);
    expect(calls.filter((c) => c.q === null && c.filters?.regulation)).toEqual([]);
    const entries = await expandHits(found!, state);
    expect(entryUrls(entries)).toEqual(['/regulations/jilv-chufen/74/', '/cases/guangzhou/']);
    expect(entries[0]!.meta.title).toBe('《纪律处分条例》第七十四条 · 不履行主体责任');
    expect(entries[0]!.excerpt).toBe('党组织不履行全面从严治党主体责任。');
  });
});

describe('a text’s record opened into its articles', () => {
  const record = (sections: string, content: string, subs: [number, string, number][]): ResultData => ({
    url: '/regulations/zhuti-zeren/',
    excerpt: '',
    meta: { title: '《主体责任规定》', kind: '条文', version: '现行', year: '2020', sections },
    content,
    anchors: [...content.matchAll(/第(.)条\. /g)].map((m, i) => ({
      id: `art-${'一二三四五六七八九'.indexOf(m[1]!) + 1}`,
      text: `第${m[1]}条`,
      location: i * 10,
    })),
    sub_results: subs.map(([n, excerpt, w]) => ({
      title: `第${'一二三四五六七八九'[n - 1]}条`,
      url: `/regulations/zhuti-zeren/#art-${n}`,
      excerpt,
      anchor: { id: `art-${n}` },
      weighted_locations: [{ balanced_score: w }],
    })),
  });
  const one = (d: ResultData) => [{ id: 'r', score: 1, data: async () => d }];

  test('each article lands on its own page; the one that has the phrase word for word comes first, before one whose 解读 quotes it', async () => {
    const d = record('{"8":{"t":"书记职责"}}', '第七条. 党委（党组）应当履行主体责任。 第八条. 书记应当履行第一责任人职责。 书记职责. 书记要“履行主体责任”。', [
      [8, '书记要“履行<mark>主体责任</mark>”', 50],
      [7, '应当履行<mark>主体责任</mark>', 10],
    ]);
    const entries = await expandHits(one(d), { q: '履行主体责任', filters: {}, sort: '' });
    expect(entryUrls(entries)).toEqual(['/regulations/zhuti-zeren/7/', '/regulations/zhuti-zeren/8/']);
    expect(entries[1]!.meta).toEqual({ title: '《主体责任规定》第八条 · 书记职责', kind: '条文', version: '现行' });
  });

  test('the 解读 filter keeps the articles that have one; browsing by it with no query lists them', async () => {
    const d = record('{"8":{"t":"书记职责","s":["党委（党组）书记"]}}', '第七条. 甲。 第八条. 乙。 书记职责. 丙。', [
      [7, '甲', 1],
      [8, '乙', 1],
    ]);
    expect(entryUrls(await expandHits(one(d), { q: '甲乙', filters: { type: '解读' }, sort: '' }))).toEqual(['/regulations/zhuti-zeren/8/']);
    expect(entryUrls(await expandHits(one(d), { q: '', filters: { subject: '党委（党组）书记' }, sort: '' }))).toEqual(['/regulations/zhuti-zeren/8/']);
    // Browsing 条文 with no query: the text stands for itself.
    expect(entryUrls(await expandHits(one(d), { q: '', filters: { type: '条文' }, sort: '' }))).toEqual(['/regulations/zhuti-zeren/']);
  });
});

describe('the last ordering of a page of results', () => {
  const c = (text: string, kind = '条文', order = 0, extra = '') => ({ text, kind, order, tier: 2, q: '', extra });
  test('coverage of the parts first, then parts side by side, then a glossary definition after what it quotes', () => {
    const q = '一把手 职责';
    const list = [
      { ...c('书记要管好班子', '案例', 0), q },
      { ...c('一把手的监督', '案例', 1), q },
      { ...c('书记履行第一责任人职责', '条文', 2), q },
    ];
    expect(rerank(list).map((x) => x.order)).toEqual([2, 1, 0]);
    const phrase = '简便易行、务实管用';
    expect(
      rerank([
        { ...c(`要${phrase}`, '术语', 0), q: phrase },
        { ...c(`应当坚持${phrase}`, '条文', 1), q: phrase },
      ]).map((x) => x.kind),
    ).toEqual(['条文', '术语']);
    expect(queryParts('一把手 职责')).toEqual([
      [
        ['一把手', 1],
        ['主要负责人', 0.6],
        ['第一责任人', 0.6],
      ],
      [['职责', 1]],
    ]);
  });

  test('tiers stay in order whatever the words: an article asked for by number before everything', () => {
    const list = [
      { ...c('主体责任主体责任', '案例', 0), q: '主体责任' },
      { ...c('', '条文', 1), tier: 0, q: '主体责任' },
    ];
    expect(rerank(list).map((x) => x.tier)).toEqual([0, 2]);
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

describe('the first page of results', () => {
  test('holds the best text, the best two cases and the best topic, whatever Pagefind ranks above them', async () => {
    const byType: Record<string, string[]> = { 条文: ['text-a'], 案例: ['case-a', 'case-b'], 专题: ['topic-a'] };
    const all = ['text-b', 'text-c', 'text-d', 'text-e', 'text-f', 'text-g', 'text-h', 'text-i', 'text-a', 'case-a', 'case-b', 'topic-a', 'case-c'];
    const pf = {
      search: async (_q: string | null, o?: { filters?: Record<string, string> }) => {
        if (o?.filters?.term) return { results: [] };
        const list = o?.filters?.type ? byType[o.filters.type]! : all;
        return { results: list.map((id, i) => hit(id, 100 - i)) };
      },
    };
    const found = ids(await runSearch(pf, { q: '督查', filters: {}, sort: '' }));
    expect(found.slice(0, 8).sort()).toEqual(['case-a', 'case-b', 'text-a', 'text-b', 'text-c', 'text-d', 'text-e', 'topic-a']);
    // Nothing is lost: the displaced results come next.
    expect(found.slice(8)).toEqual(['text-f', 'text-g', 'text-h', 'text-i', 'case-c']);
  });
});

describe('an article result’s excerpt', () => {
  test('comes from the official text where it has the words, else is left to Pagefind', () => {
    const own =
      '第七十四条. 党组织不履行全面从严治党主体责任、监督责任或者履行全面从严治党主体责任、监督责任不力，给党组织造成严重损害或者严重不良影响的，对直接责任者和领导责任者，给予警告或者严重警告处分。';
    expect(officialExcerpt(own, '第七十四条', '主体责任')).toBe(
      '党组织不履行全面从严治党主体责任、监督责任或者履行全面从严治党主体责任、监督责任不力，给党组织造成严重损害或者严重不良影响的，对',
    );
    // A synonym counts: 一把手 is found as 第一责任人.
    expect(officialExcerpt('第八条. 书记应当履行本地区本单位全面从严治党第一责任人职责。', '第八条', '一把手')).toBe(
      '书记应当履行本地区本单位全面从严治党第一责任人职责。',
    );
    expect(officialExcerpt(own, '第七十四条', '谈心谈话')).toBeUndefined();
  });
});
