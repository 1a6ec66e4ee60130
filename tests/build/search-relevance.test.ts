/**
 * Relevance suite: Chinese queries a cadre actually types, each with the pages that answer it,
 * run against the built index with Pagefind's own search bundle in Node. Prints hit@1, hit@3 and
 * MRR per group; the suite needs hit@3 ≥ 0.95 and hit@1 ≥ 0.85 overall. When a query misses, fix the page text,
 * metadata, weights or synonyms (src/lib/search-keywords.ts), not this list.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PAGE, entryUrls, excerptHtml, expandHits, runSearch, type SearchState } from '../../src/lib/search-ui';
import { segmentWords } from '../../src/lib/highlight-terms';
import { loadPagefind, type NodePagefind, type PagefindResult } from '../support/pagefind-node';
import { regulationNames } from '../../src/lib/search-query';
import { loadSiteIndex } from '../../src/plugins/site-index';
import { articleText } from '../../src/lib/regulation-structure';

/** The names the search page reads queries with, from the same content. */
const REGS = regulationNames(loadSiteIndex().regulations.map((r) => ({ ...r, articles: Math.max(...r.structure.articles.map((a) => a.number)) })));

type Group = '条文原句' | '概念' | '地名与做法' | '数字' | '口语同义' | '双字词' | '组合查询' | '版本' | '条号' | '术语';
/** A query, its group, and the pages that answer it (any of them counts as a hit). */
const QUERIES: [Group, string, string[]][] = [
  ['条文原句', '每半年应当至少召开1次常委会会议', ['/regulations/zhuti-zeren/10/']],
  ['条文原句', '重要工作亲自部署', ['/regulations/zhuti-zeren/8/']],
  ['条文原句', '简便易行、务实管用', ['/regulations/zhuti-zeren/11/']],
  ['条文原句', '年度民主生活会对照检查内容', ['/regulations/zhuti-zeren/15/']],
  ['条文原句', '苗头性、倾向性问题', ['/regulations/zhuti-zeren/16/']],
  ['条文原句', '书面报告上一年度落实全面从严治党主体责任情况', ['/regulations/zhuti-zeren/19/']],
  ['条文原句', '履行全面从严治党主体责任、监督责任不力', ['/regulations/jilv-chufen/74/']],
  ['条文原句', '从轻处分，是指在本条例规定的违纪行为应当受到的处分幅度以内', ['/regulations/jilv-chufen/22/']],
  ['条文原句', '健全分办、交办、督办、反馈等工作机制', ['/regulations/jijian-weiyuanhui/35/']],
  ['条文原句', '派驻机构依规依纪依法履行监督执纪问责和监督调查处置职责', ['/regulations/paizhu-jigou/22/']],
  ['条文原句', '组织处理一般按照以下程序进行', ['/regulations/zuzhi-chuli/10/']],
  ['条文原句', '党的建设工作领导小组是党委抓全面从严治党的议事协调机构', ['/regulations/zhuti-zeren/9/']],
  ['条文原句', '本规定由中央办公厅负责解释', ['/regulations/zhuti-zeren/24/']],
  ['条文原句', '建设让党中央放心、让人民群众满意的模范机关', ['/regulations/zhuti-zeren/5/']],
  ['条文原句', '开展严肃认真的批评和自我批评', ['/regulations/zhuti-zeren/15/', '/regulations/zhengzhi-shenghuo-zhunze/10/']],
  [
    '概念',
    '责任清单',
    [
      '/regulations/zhuti-zeren/11/',
      '/glossary/#zeren-qingdan',
      '/cases/shanghai-san-zhang-qingdan/',
      '/cases/anyang-shuang-qingdan-shuang-jiaoban/',
      '/cases/guangzhou-yibashou-jiandu-qingdan/',
      '/cases/jiangsu-san-ji-zeren-qingdan/',
    ],
  ],
  ['概念', '谈心谈话', ['/glossary/#tanxin-tanhua', '/regulations/zhuti-zeren/16/', '/cases/yixing-san-lei-tanxin-tanhua/']],
  ['概念', '问责', ['/glossary/#wenze', '/regulations/zhuti-zeren/22/', '/cases/nanjing-shuze-shulian-wenze/']],
  ['概念', '政治生态', ['/glossary/#zhengzhi-shengtai', '/cases/dezhou-zhengzhi-shengtai-yanpan/', '/cases/shanghai-zhengzhi-shengtai-zhibiao/']],
  ['概念', '四责协同', ['/cases/shanghai-si-ze-xie-tong/', '/glossary/#si-ze-xie-tong']],
  ['概念', '一案双查', ['/cases/shanghai-yi-an-shuang-cha/', '/glossary/#yi-an-shuang-cha']],
  ['概念', '三个区分开来', ['/cases/shanghai-san-ge-qufen-kailai/', '/glossary/#san-ge-qufen-kailai']],
  ['概念', '模范机关', ['/regulations/zhuti-zeren/5/', '/glossary/#mofan-jiguan', '/cases/jiangsu-mofan-jiguan/']],
  ['概念', '专题民主生活会', ['/regulations/zhuti-zeren/15/', '/glossary/#zhuanti-minzhu-shenghuohui']],
  ['概念', '巡视巡察', ['/regulations/zhuti-zeren/20/', '/glossary/#xunshi-xuncha']],
  ['概念', '述责述廉', ['/cases/nanjing-shuze-shulian-wenze/', '/glossary/#shu-ze-shu-lian']],
  ['概念', '灯下黑', ['/glossary/#deng-xia-hei', '/regulations/zhuti-zeren/7/']],
  ['概念', '三会一课', ['/glossary/#san-hui-yi-ke', '/regulations/jiguan-jiceng-zuzhi/19/']],
  ['地名与做法', '安阳', ['/cases/anyang-shuang-qingdan-shuang-jiaoban/']],
  ['地名与做法', '广州', ['/cases/guangzhou-yibashou-jiandu-qingdan/']],
  ['地名与做法', '宜兴', ['/cases/yixing-san-lei-tanxin-tanhua/']],
  ['地名与做法', '德州', ['/cases/dezhou-zhengzhi-shengtai-yanpan/']],
  ['地名与做法', '尤溪', ['/cases/youxi-zhuanti-huishang/']],
  ['地名与做法', '景洪', ['/cases/jinghong-wenze-jili-tanxin/']],
  ['地名与做法', '南通', ['/cases/nantong-qingdan-liucheng-zhidu/']],
  ['地名与做法', '政治生日', ['/cases/chaozhou-zhengzhi-shengri/', '/glossary/#zhengzhi-shengri']],
  ['地名与做法', '三好两强', ['/cases/chaozhou-san-hao-liang-qiang/']],
  ['地名与做法', '党建联络员', ['/cases/jiangsu-dangjian-lianluoyuan/']],
  ['地名与做法', '降档', ['/cases/jiangsu-duze-wenze-jiangdang/']],
  ['地名与做法', '双清单双交办', ['/cases/anyang-shuang-qingdan-shuang-jiaoban/']],
  ['地名与做法', '两张网', ['/cases/shanghai-liang-zhang-wang/']],
  ['数字', '239', ['/cases/nanjing-shuze-shulian-wenze/']],
  // 87条 is also an article number: the article comes first, the case's 87条 measures next.
  ['数字', '87条', ['/regulations/jilv-chufen/87/', '/cases/guangzhou-yibashou-jiandu-qingdan/']],
  ['组合查询', '广州 87条', ['/cases/guangzhou-yibashou-jiandu-qingdan/']],
  ['数字', '392人次', ['/cases/yixing-san-lei-tanxin-tanhua/']],
  ['数字', '78家', ['/cases/anyang-shuang-qingdan-shuang-jiaoban/']],
  ['口语同义', '一把手', ['/regulations/zhuti-zeren/8/', '/glossary/#di-yi-zeren-ren', '/cases/guangzhou-yibashou-jiandu-qingdan/']],
  ['口语同义', '一把手 职责', ['/regulations/zhuti-zeren/8/', '/glossary/#di-yi-zeren-ren']],
  ['口语同义', '纪委 协助', ['/regulations/zhuti-zeren/9/']],
  ['口语同义', '班子成员 分管', ['/regulations/zhuti-zeren/8/', '/glossary/#yi-gang-shuang-ze']],
  ['双字词', '约谈', ['/regulations/zhuti-zeren/16/', '/glossary/#yuetan']],
  // A version named by its year: the text of that version, or the page that stands for it when
  // the next version kept it word for word (2018 第六十七条 = 2023 第七十四条).
  ['版本', '2018年条例 全面从严治党主体责任', ['/regulations/jilv-chufen/74/']],
  ['版本', '2015年纪律处分条例 主体责任', ['/regulations/jilv-chufen/v2015/114/']],
  ['版本', '纪律处分条例（2015年） 党组织 主体责任', ['/regulations/jilv-chufen/v2015/114/']],
  ['版本', '2015年版纪律处分条例 施行', ['/regulations/jilv-chufen/v2015/133/']],
  ['版本', '2018年纪律处分条例 本条例自2018年10月1日起施行', ['/regulations/jilv-chufen/v2018/142/']],
  ['版本', '2016年问责条例 问责情形', ['/regulations/wenze/6/']],
  [
    '双字词',
    '考核',
    ['/regulations/zhuti-zeren/21/', '/cases/jiangsu-duze-wenze-jiangdang/', '/cases/chaozhou-shizhi-jiguan-ducha/', '/cases/jiangsu-san-ji-lian-shu/'],
  ],
  ['双字词', '督查', ['/cases/jiangsu-duze-wenze-jiangdang/', '/cases/chaozhou-shizhi-jiguan-ducha/']],
  ['双字词', '通报', ['/regulations/zhuti-zeren/17/']],
  ['组合查询', '安阳 清单', ['/cases/anyang-shuang-qingdan-shuang-jiaoban/']],
  ['组合查询', '江苏 责任清单', ['/cases/jiangsu-san-ji-zeren-qingdan/']],
  ['组合查询', '南京 问责', ['/cases/nanjing-shuze-shulian-wenze/']],
  ['组合查询', '潮州 党支部', ['/cases/chaozhou-san-hao-liang-qiang/']],
  ['组合查询', '书记 第一责任人', ['/regulations/zhuti-zeren/8/', '/glossary/#di-yi-zeren-ren']],
  // An article asked for by number, in the forms readers write.
  ['条号', '74条', ['/regulations/jilv-chufen/74/']],
  ['条号', '第74条', ['/regulations/jilv-chufen/74/']],
  ['条号', '七十四条', ['/regulations/jilv-chufen/74/']],
  ['条号', '第七十四条', ['/regulations/jilv-chufen/74/']],
  ['条号', '纪律处分条例74条', ['/regulations/jilv-chufen/74/']],
  ['条号', '《纪律处分条例》第七十四条', ['/regulations/jilv-chufen/74/']],
  ['条号', '主体责任规定第8条', ['/regulations/zhuti-zeren/8/']],
  ['条号', '规定第十一条', ['/regulations/zhuti-zeren/11/']],
  ['条号', '问责条例第六条', ['/regulations/wenze/6/']],
  ['条号', '纪委工作条例第35条', ['/regulations/jijian-weiyuanhui/35/']],
  ['条号', '2018年条例第六十七条', ['/regulations/jilv-chufen/74/']],
  ['条号', '2015年纪律处分条例第一百一十四条', ['/regulations/jilv-chufen/v2015/114/']],
  // A query that is a glossary term, or another name of one: its definition first.
  ['术语', '第一责任人', ['/glossary/#di-yi-zeren-ren']],
  ['术语', '一岗双责', ['/glossary/#yi-gang-shuang-ze']],
  ['术语', '两个维护', ['/glossary/#liang-ge-weihu']],
  ['术语', '管党治党宽松软', ['/glossary/#kuan-song-ruan']],
  ['术语', '四种形态', ['/glossary/#si-zhong-xingtai']],
  ['术语', '主体责任', ['/glossary/#zhuti-zeren']],
  ['术语', '机关工委', ['/glossary/#dang-de-jiguan-gongwei']],
  ['术语', '重大事项请示报告', ['/glossary/#zhongda-shixiang-qingshi-baogao']],
];

let pf: NodePagefind;
let older: NodePagefind;
beforeAll(async () => {
  pf = await loadPagefind('dist');
  older = await loadPagefind('dist', 'pagefind-history');
});
afterAll(async () => {
  await pf?.close();
  await older?.close();
});

/** The first ten pages a query opens, as the search page lists them (a text's articles in its place). */
async function topUrls(q: string): Promise<string[]> {
  const state: SearchState = { q, filters: {}, sort: '' };
  const found = (await runSearch(pf, state, REGS, async () => older))!;
  return entryUrls(await expandHits(found.slice(0, PAGE), state)).slice(0, 10);
}

interface Row {
  group: Group;
  q: string;
  rank: number | null;
  top: string[];
}

const squeeze = (t: string) => t.replace(/\s+/g, '');
/** A verbatim phrase is answered by any current article that has it word for word. */
function articlesWith(phrase: string): string[] {
  return loadSiteIndex()
    .regulations.filter((r) => !r.id.includes('@'))
    .flatMap((r) => r.structure.articles.filter((a) => squeeze(articleText(a)).includes(squeeze(phrase))).map((a) => `/regulations/${r.id}/${a.number}/`));
}

test('the relevance suite finds the right page in the top 3 for at least 95% of queries and first for 85%', async () => {
  expect(QUERIES.length).toBeGreaterThanOrEqual(80);
  const rows: Row[] = [];
  for (const [group, q, listed] of QUERIES) {
    const expected = group === '条文原句' ? [...listed, ...articlesWith(q)] : listed;
    if (group === '条文原句') expect(articlesWith(q), `${q} is verbatim in the text`).not.toEqual([]);
    const urls = await topUrls(q);
    // An article never appears twice in one result list.
    expect(new Set(urls).size, q).toBe(urls.length);
    const index = urls.findIndex((u) => expected.includes(u));
    rows.push({ group, q, rank: index < 0 ? null : index + 1, top: urls.slice(0, 3) });
  }
  const stats = (list: Row[]) => ({
    n: list.length,
    hit1: list.filter((r) => r.rank === 1).length / list.length,
    hit3: list.filter((r) => r.rank !== null && r.rank <= 3).length / list.length,
    mrr: list.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / list.length,
  });
  const groups = [...new Set(rows.map((r) => r.group))];
  const line = (name: string, s: ReturnType<typeof stats>) => `| ${name} | ${s.n} | ${s.hit1.toFixed(2)} | ${s.hit3.toFixed(2)} | ${s.mrr.toFixed(2)} |`;
  const table = [
    '| 组 | 查询数 | hit@1 | hit@3 | MRR |',
    '|---|---|---|---|---|',
    ...groups.map((g) => line(g, stats(rows.filter((r) => r.group === g)))),
    line('全部', stats(rows)),
  ];
  const misses = rows
    .filter((r) => r.rank !== 1)
    .map((r) => `  ${r.rank === null || r.rank > 3 ? 'miss' : `rank ${r.rank}`}: ${r.q} → ${r.top.join(' | ') || '(no results)'}`);
  console.log(['Search relevance (Pagefind, built index, Node):', ...table, ...misses].join('\n'));
  expect(stats(rows).hit3).toBeGreaterThanOrEqual(0.95);
  expect(stats(rows).hit1).toBeGreaterThanOrEqual(0.85);
});

test('result excerpts are the text only, marked in whole terms: no button or block labels, no stray punctuation, no lone characters', async () => {
  const split = segmentWords();
  const excerpts: string[] = [];
  for (const q of ['谈心谈话', '全面从严治党', '主体责任', '纪律处分条例 主体责任', '问责条例', '苗头性、倾向性问题', '一把手', '第一责任人']) {
    const state: SearchState = { q, filters: {}, sort: '' };
    const entries = await expandHits((await runSearch(pf, state, REGS))!.slice(0, PAGE), state);
    for (const e of entries.slice(0, 10)) if (e.excerpt) excerpts.push(excerptHtml(e.excerpt, q, split));
  }
  expect(excerpts.length).toBeGreaterThan(60);
  const marks = excerpts.flatMap((e) => [...e.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!));
  expect(marks.length).toBeGreaterThan(60);
  expect(marks.filter((m) => m.length < 2)).toEqual([]);
  const text = excerpts.map((e) => e.replace(/<\/?mark>/g, ''));
  expect(text.filter((t) => /(^|[　 ])(引用|引用本条|条文|条文解读|关联条款|要点|责任主体)([　 .]|$)/.test(t))).toEqual([]);
  expect(text.filter((t) => /^[\s.。，、；：]/.test(t))).toEqual([]);
  // The heading is not repeated before the text it heads.
  expect(text.filter((t) => /^(第[一二三四五六七八九十百零]+条)　\1/.test(t))).toEqual([]);
});

test('filters work with an empty query: browsing 案例 in 江苏省 lists exactly the Jiangsu cases, 南通 included by its GB/T 2260 province', async () => {
  const { results } = await pf.search(null, { filters: { type: '案例', region: '江苏省' } });
  const urls = (await Promise.all(results.map((r) => r.data()))).map((d) => d.url).sort();
  expect(urls.length).toBeGreaterThanOrEqual(7);
  for (const u of urls) expect(u).toMatch(/^\/cases\/(jiangsu|nanjing|yixing|nantong)-/);
  expect(urls).toContain('/cases/nantong-qingdan-liucheng-zhidu/');
});

test('cases sort by the date of their source, newest first', async () => {
  const { results } = await pf.search(null, { filters: { type: '案例' }, sort: { date: 'desc' } });
  const dates = (await Promise.all(results.map((r) => r.data()))).map((d) => d.meta.date!);
  expect(dates.length).toBeGreaterThanOrEqual(22);
  expect([...dates].sort().reverse()).toEqual(dates);
});

test('navigation, footers, previews and backlinks are not indexed', async () => {
  for (const q of ['跳到正文', '引用本条的内容', '查看条文']) {
    const { results } = await pf.search(q);
    const hits = await Promise.all(results.map((r) => r.data()));
    expect(
      hits.filter((h) => h.excerpt.replace(/<\/?mark>/g, '').includes(q)),
      q,
    ).toEqual([]);
  }
});

test('every content entry is in the search index: each article (a section of its text), 解读, case, topic and term', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const records = async (index: NodePagefind, filters: Record<string, string>) =>
    Promise.all((await index.search(null, { filters })).results.map((r) => r.data()));
  const urls = async (type: string) => (await records(pf, { type })).map((d) => d.url).sort();
  const files = (dir: string) =>
    readdirSync(`content/${dir}`, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''));
  expect(await urls('案例')).toEqual(
    files('cases')
      .map((c) => `/cases/${c}/`)
      .sort(),
  );
  expect(await urls('专题')).toEqual(
    files('topics')
      .map((t) => `/topics/${t}/`)
      .sort(),
  );
  expect(await urls('术语')).toEqual(
    files('glossary')
      .map((t) => `/glossary/#${t}`)
      .sort(),
  );
  // One record per text (or per part of a long one); each article a section headed art-n, its 解读 named in the record's meta.
  const bare = (u: string) => u.replace(/\?.*$/, '');
  const sections = (d: PagefindResult) => d.anchors.filter((a) => /^art-\d+$/.test(a.id)).map((a) => `${bare(d.url)}${a.id.slice(4)}/`);
  const texts = await records(pf, { type: '条文' });
  expect(new Set(texts.map((d) => bare(d.url))).size).toBe(loadSiteIndex().regulations.filter((r) => !r.id.includes('@')).length);
  const withInterpretation = (await records(pf, { type: '解读' })).flatMap((d) =>
    Object.entries(JSON.parse(d.meta.sections!) as Record<string, { t?: string }>)
      .filter(([, i]) => i.t)
      .map(([n]) => `${bare(d.url)}${n}/`),
  );
  expect(withInterpretation.sort()).toEqual(
    files('interpretations')
      .map((i) => `/regulations/${i}/`)
      .sort(),
  );
  const articlePages = readdirSync('dist/regulations', { recursive: true, encoding: 'utf8' }).filter((f) => /^[a-z-]+\/(v\d{4}\/)?\d+\/index\.html$/.test(f));
  const page = (f: string) => `/regulations/${f.replace(/index\.html$/, '')}`;
  const current = articlePages.filter((f) => !/\/v\d{4}\//.test(f)).map(page);
  expect(texts.flatMap(sections).sort()).toEqual(current.sort());
  // Historical versions are in their own index: every article except one whose text the next
  // version kept word for word (the newer text stands for it, naming it in its 历次版本).
  const historical = (await records(older, { type: '条文' })).flatMap(sections);
  expect(historical.length).toBeGreaterThan(100);
  const pagesOfOld = articlePages.filter((f) => /\/v\d{4}\//.test(f));
  expect(pagesOfOld.length - historical.length).toBeGreaterThan(50);
  for (const u of historical) expect(pagesOfOld.map(page)).toContain(u);
  // The pages that carry a search body for the per-page design are exactly these.
  const marked = articlePages.filter((f) => /<div data-pagefind-body/.test(readFileSync(`dist/regulations/${f}`, 'utf8'))).map(page);
  expect(marked.sort()).toEqual([...current, ...historical].sort());
});
