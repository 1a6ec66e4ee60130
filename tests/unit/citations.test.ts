import { describe, expect, test } from 'vitest';
import { findCitations } from '../../src/lib/citation-parser';
import { checkClause, resolveCitation, type CitationContext } from '../../src/lib/citation-resolver';
import { realIndex } from '../support/regulation-index';

const index = realIndex();

/** Resolves every citation in a text; returns target ids (warnings marked with !) and problems. */
function cite(text: string, ctx: CitationContext = {}) {
  return findCitations(text).flatMap((m) => {
    const r = resolveCitation(m, ctx, index);
    return [
      ...r.targets.map((t) => (t.warning ? `${t.id}!` : t.id)),
      ...(r.document ? [`doc:${r.document}`] : []),
      ...r.problems.map((p) => `?${p.nearest ?? ''}`),
    ];
  });
}

const inZhuti: CitationContext = { defaultReg: 'zhuti-zeren' };
const inJilv = (article: number, paragraph = 1): CitationContext => ({ reg: 'jilv-chufen', article, paragraph });

// Real citation strings: from ../shared/seeds, the internal references of the 纪律处分条例, and
// the ways staff write about the 主体责任规定.
const positive: [string, CitationContext, string[]][] = [
  // seeds 000, 003, 004
  ['《规定》第五条指出，“中央和国家机关在全面从严治党中具有特殊地位和作用”', {}, ['zhuti-zeren:5']],
  ['《规定》第七条第三款对党的政治建设作出规定', {}, ['zhuti-zeren:7.1.3!']],
  ['《规定》第七条第七款对加强党的纪律建设作出了明确规定', {}, ['zhuti-zeren:7.1.7!']],
  ['《规定》第七条列出11个方面的内容', {}, ['zhuti-zeren:7']],
  ['中共中央办公厅发布《党委(党组)落实全面从严治党主体责任规定》', {}, ['doc:zhuti-zeren']],
  ['要贯彻落实《党委(党组)落实全面从严治党主体责任规定》', {}, ['doc:zhuti-zeren']],
  ['要以《中国共产党党和国家机关基层组织工作条例》为遵循', {}, ['doc:jiguan-jiceng-zuzhi']],
  ['对于《基层组织工作条例》的学习不够', {}, ['doc:jiguan-jiceng-zuzhi']],
  ['我们要以《规定》的颁布实施为契机', {}, ['doc:zhuti-zeren']],
  // 纪律处分条例 internal references (line by line)
  ['但是具有本条例第十七条规定的情形之一', inJilv(19), ['jilv-chufen:17']],
  ['对于依照本条例第三十七条、第三十八条规定处理的党员', inJilv(43, 3), ['jilv-chufen:37', 'jilv-chufen:38']],
  ['制作、贩卖、传播第五十条、第五十一条所列内容之一的报刊', inJilv(52), ['jilv-chufen:50', 'jilv-chufen:51']],
  ['私自携带、寄递第五十条、第五十一条所列内容之一的', inJilv(52, 2), ['jilv-chufen:50', 'jilv-chufen:51']],
  ['掩盖事实的，依照本条例第六十三条规定处理', inJilv(81, 2), ['jilv-chufen:63']],
  ['有前款第二项规定的行为，同时向组织提供虚假情况', inJilv(81, 2), ['jilv-chufen:81.1.2']],
  ['不适用第一款减轻处分的规定', inJilv(23, 3), ['jilv-chufen:23.1']],
  ['依照前款规定处理', inJilv(30, 2), ['jilv-chufen:30.1']],
  ['依照前款规定受到严重警告处分', inJilv(11, 3), ['jilv-chufen:11.2']],
  ['播出、刊登、出版前款所列文章、演说', inJilv(50, 2), ['jilv-chufen:50.1']],
  ['依照第一款规定处理', inJilv(103, 3), ['jilv-chufen:103.1']],
  ['本条第二款规定的情形', { reg: 'zhuti-zeren', article: 2, paragraph: 1 }, ['zhuti-zeren:2.2']],
  // forms of writing about the 主体责任规定
  ['《规定》第十一条', {}, ['zhuti-zeren:11']],
  ['《规定》第十一条第一款', {}, ['zhuti-zeren:11.1']],
  ['《规定》第十五条', {}, ['zhuti-zeren:15']],
  ['《规定》第十九条至第二十二条', {}, ['zhuti-zeren:19', 'zhuti-zeren:20', 'zhuti-zeren:21', 'zhuti-zeren:22']],
  ['《规定》第十条、第十一条', {}, ['zhuti-zeren:10', 'zhuti-zeren:11']],
  ['《规定》第十条和第十一条', {}, ['zhuti-zeren:10', 'zhuti-zeren:11']],
  ['《规定》第七条第（三）项', {}, ['zhuti-zeren:7.1.3']],
  ['《规定》第七条第(三)项', {}, ['zhuti-zeren:7.1.3']],
  ['《规定》第七条第一款第（十一）项', {}, ['zhuti-zeren:7.1.11']],
  ['《规定》第七条（三）', {}, ['zhuti-zeren:7.1.3']],
  ['《规定》第七条第三项', {}, ['zhuti-zeren:7.1.3']],
  ['《党委（党组）落实全面从严治党主体责任规定》第八条', {}, ['zhuti-zeren:8']],
  ['《党委(党组)落实全面从严治党主体责任规定》第八条', {}, ['zhuti-zeren:8']],
  ['《主体责任规定》第九条', {}, ['zhuti-zeren:9']],
  ['第十八条规定了考核', inZhuti, ['zhuti-zeren:18']],
  ['根据第二十三条', inZhuti, ['zhuti-zeren:23']],
  ['本规定第二十五条', inZhuti, ['zhuti-zeren:25']],
  ['本规定', inZhuti, ['doc:zhuti-zeren']],
  ['第二十五条', inZhuti, ['zhuti-zeren:25']],
  ['第一条至第三条', inZhuti, ['zhuti-zeren:1', 'zhuti-zeren:2', 'zhuti-zeren:3']],
  ['第2条', inZhuti, ['zhuti-zeren:2']],
  ['《规定》第2条第2款', {}, ['zhuti-zeren:2.2']],
  // other regulations by name and alias
  ['《中国共产党纪律处分条例》第一百五十八条', {}, ['jilv-chufen:158']],
  ['《纪律处分条例》第一百零五条', {}, ['jilv-chufen:105']],
  ['《纪律处分条例》第一百一十条', {}, ['jilv-chufen:110']],
  ['《纪律处分条例》第十一条', {}, ['jilv-chufen:11']],
  ['《纪律处分条例》第二十条', {}, ['jilv-chufen:20']],
  ['《中国共产党问责条例》第六条', {}, ['wenze:6']],
  ['《问责条例》第七条第一款', {}, ['wenze:7.1']],
  ['《问责条例》第六条第（三）项', {}, ['wenze:6.1.3']],
  ['《中国共产党党和国家机关基层组织工作条例》第十条', {}, ['jiguan-jiceng-zuzhi:10']],
  ['《机关基层组织工作条例》第三十六条', {}, ['jiguan-jiceng-zuzhi:36']],
  ['《条例》第十条', { defaultReg: 'jiguan-jiceng-zuzhi' }, ['jiguan-jiceng-zuzhi:10']],
  ['《条例》第十条', { defaultReg: 'jilv-chufen' }, ['jilv-chufen:10']],
  ['《关于新形势下党内政治生活的若干准则》', {}, ['doc:zhengzhi-shenghuo-zhunze']],
  ['《准则》', {}, ['doc:zhengzhi-shenghuo-zhunze']],
  // two citations in one sentence
  ['《规定》第五条和《纪律处分条例》第一百五十八条', {}, ['zhuti-zeren:5', 'jilv-chufen:158']],
  ['《规定》第十条、第十一条和《问责条例》第六条', {}, ['zhuti-zeren:10', 'zhuti-zeren:11', 'wenze:6']],
  ['依照《规定》第二十一条或者第二十二条追责', {}, ['zhuti-zeren:21', 'zhuti-zeren:22']],
];

describe('citations that resolve', () => {
  test(`at least 60 real citation strings (${positive.length})`, () => {
    expect(positive.length).toBeGreaterThanOrEqual(60);
  });
  test.each(positive)('%s', (text, ctx, expected) => {
    expect(cite(text, ctx)).toEqual(expected);
  });
});

const negative: [string, CitationContext][] = [
  ['今年3月9日，中共中央办公厅发布', inZhuti],
  ['2020年2月26日中共中央政治局常委会会议审议批准', inZhuti],
  ['对党组(党委)落实主体责任的内容从11个方面作出规定', inZhuti],
  ['每条战线、每个领域、每个环节', inZhuti],
  ['落实“一把手”监督意见的20项任务', inZhuti],
  ['5大清单、55项任务、87条措施', inZhuti],
  ['2025年1-9月，全市共问责239人', inZhuti],
  ['第一书记要履行第一责任人责任', inZhuti],
  ['党的十八大以来', inZhuti],
  ['第十九届中央委员会第四次全体会议', inZhuti],
  ['一条一条抓落实', inZhuti],
  ['三条底线', inZhuti],
  ['本条', inZhuti],
  ['条例规定', inZhuti],
  ['第三批主题教育', inZhuti],
  ['第一时间报告', inZhuti],
  ['12条具体措施', inZhuti],
];

describe('text that is not a citation', () => {
  test.each(negative)('%s', (text, ctx) => {
    expect(cite(text, ctx)).toEqual([]);
  });
});

describe('citations that cannot resolve name the nearest valid clause', () => {
  test.each([
    ['《规定》第二十六条', {}, ['?zhuti-zeren:25']],
    ['《规定》第十八条第三款', {}, ['?zhuti-zeren:18']],
    ['《规定》第七条第（十二）项', {}, ['?zhuti-zeren:7.1']],
    ['《不存在的规定》第一条', {}, ['?']],
    ['《条例》第十条', {}, ['?']],
    ['前款', {}, ['?']],
  ] as [string, CitationContext, string[]][])('%s', (text, ctx, expected) => {
    expect(cite(text, ctx)).toEqual(expected);
  });
});

describe('citations of a version name its year', () => {
  test.each<[string, string[]]>([
    ['2018年《条例》第六十七条', ['jilv-chufen@2018:67']],
    ['《中国共产党纪律处分条例》（2018年）第六十七条', ['jilv-chufen@2018:67']],
    ['2015年《纪律处分条例》第一百一十四条', ['jilv-chufen@2015:114']],
    ['《纪律处分条例》(2015年)第八条第（二）项', ['jilv-chufen@2015:8.1.2']],
    ['2023年《纪律处分条例》第七十四条', ['jilv-chufen:74']],
    ['《纪律处分条例》第七十四条', ['jilv-chufen:74']],
    ['2016年《问责条例》第六条', ['wenze:6']],
  ])('%s → %s', (text, expected) => {
    expect(cite(text)).toEqual(expected);
  });

  test('a year with no version on the site does not resolve, and says which versions there are', () => {
    const [m] = findCitations('2019年《问责条例》第六条');
    const r = resolveCitation(m!, {}, index);
    expect(r.targets).toEqual([]);
    expect(r.problems[0]!.reason).toContain('no version of 2019 on this site (wenze: 2016)');
  });

  test('the year is part of the link text', () => {
    const [m] = findCitations('依照2018年《条例》第六十七条处理');
    expect(m!.raw).toBe('2018年《条例》第六十七条');
  });

  test('inside a historical text, 本条例第X条 stays in that version', () => {
    expect(cite('依照本条例第十七条规定', { reg: 'jilv-chufen@2018', article: 19, paragraph: 1 })).toEqual(['jilv-chufen@2018:17']);
  });

  test('an explicit clause id may name the current version by its year', () => {
    expect(checkClause('jilv-chufen@2023:74', index)).toBeNull();
    expect(checkClause('jilv-chufen@2018:143', index)?.reason).toContain('ends at 第一百四十二条');
    expect(checkClause('jilv-chufen@2019:1', index)?.reason).toContain('no regulation "jilv-chufen@2019"');
  });
});
