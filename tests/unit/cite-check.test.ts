/**
 * 引文核验 (src/lib/cite-check.ts) against the real regulations on the site: every status, relative
 * forms, versions, citations split across a line break, full- and half-width brackets. The drafts
 * are written the way 处分决定, 问责 decisions and 对照检查材料 cite clauses; who and what they
 * concern is left as 某某.
 */
import { describe, expect, test } from 'vitest';
import { checkDraft, normaliseDraft, standardList, summaryLine, type CheckedCitation, type CheckStatus } from '../../src/lib/cite-check';
import { realCheckSite } from '../support/cite-check-data';

const site = realCheckSite();
const check = (draft: string) => checkDraft(draft, site);
/** status and target of each citation: `ok zhuti-zeren:7`, `missing →zhuti-zeren:25`, `ambiguous ×4`. */
const brief = (c: CheckedCitation) =>
  `${c.status} ${c.target?.id ?? (c.nearest ? `→${c.nearest.id}` : c.candidates ? `×${c.candidates.length}` : '-')}${c.warnings.length ? '!' : ''}`;
const briefs = (draft: string) => check(draft).citations.map(brief);

describe('one citation, each status', () => {
  test.each<[string, string]>([
    // ok: named in full, by its short title, by an alias
    ['依据《中国共产党纪律处分条例》第七十四条的规定', 'ok jilv-chufen:74'],
    ['《纪律处分条例》第一百五十八条', 'ok jilv-chufen:158'],
    ['《规定》第十一条第一款', 'ok zhuti-zeren:11.1'],
    ['《党委(党组)落实全面从严治党主体责任规定》第八条', 'ok zhuti-zeren:8'],
    ['《规定》第七条第（三）项', 'ok zhuti-zeren:7.1.3'],
    ['《规定》第7条', 'ok zhuti-zeren:7'],
    // ok with a warning: the colloquial 第七条第三款 for item （三）
    ['《规定》第七条第三款对党的政治建设作出规定', 'ok zhuti-zeren:7.1.3!'],
    // missing: no such article, 款 or 项 (with the nearest clause)
    ['《规定》第二十六条', 'missing →zhuti-zeren:25'],
    ['《中国共产党纪律处分条例》第一百六十条', 'missing →jilv-chufen:158'],
    ['《中国共产党纪律处分条例》第七十四条第二款', 'missing →jilv-chufen:74'],
    ['《规定》第七条第（十二）项', 'missing →zhuti-zeren:7.1'],
    // superseded: a historical version named by its year, either way it is written
    ['2018年《条例》第六十七条', 'superseded jilv-chufen@2018:67'],
    ['《中国共产党纪律处分条例》（2018年）第六十七条', 'superseded jilv-chufen@2018:67'],
    ['2015年《中国共产党纪律处分条例》第一百零七条', 'superseded jilv-chufen@2015:107'],
    // superseded: the 2016 问责条例, which the site marks 已修订
    ['《中国共产党问责条例》第六条', 'superseded wenze:6'],
    ['2016年《问责条例》第七条第一款', 'superseded wenze:7.1'],
    // the current version named by its year is the current one
    ['2023年《中国共产党纪律处分条例》第七十四条', 'ok jilv-chufen:74'],
    // ambiguous: a short name four regulations share, nothing named before
    ['依照《条例》第十一条', 'ambiguous ×4'],
  ])('%s → %s', (draft, expected) => {
    expect(briefs(draft)).toEqual([expected]);
  });
});

describe('what each entry says', () => {
  test('ok: the full citation form, the clause path, and the warning of a colloquial 款', () => {
    const [c] = check('《规定》第七条第三款').citations;
    expect(c!.target).toEqual({
      id: 'zhuti-zeren:7.1.3',
      citation: '《党委（党组）落实全面从严治党主体责任规定》第七条第（三）项',
      path: '/regulations/zhuti-zeren/7/#art-7-1-3',
    });
    expect(c!.warnings).toEqual(['第七条只有一款，“第三款”按第（三）项解析']);
  });

  test('missing: what does not exist, and the nearest valid clause', () => {
    const [c] = check('根据《规定》第二十六条').citations;
    expect(c!.problem).toBe('《党委（党组）落实全面从严治党主体责任规定》没有第二十六条（全文共二十五条）');
    expect(c!.nearest?.citation).toBe('《党委（党组）落实全面从严治党主体责任规定》第二十五条');
    const [p] = check('《中国共产党纪律处分条例》第七十四条第二款').citations;
    expect(p!.problem).toBe('《中国共产党纪律处分条例》第七十四条只有一款，没有第二款');
    const [i] = check('《规定》第七条第（十二）项').citations;
    expect(i!.problem).toBe('《党委（党组）落实全面从严治党主体责任规定》第七条只有十一项，没有第（十二）项');
  });

  test('superseded by a revision: the 2018 article and the current article the alignment pairs it with', () => {
    const [c] = check('2018年《条例》第六十七条').citations;
    expect(c!.target!.citation).toBe('《中国共产党纪律处分条例》（2018年）第六十七条');
    expect(c!.target!.path).toBe('/regulations/jilv-chufen/v2018/67/#art-67');
    expect(c!.current).toEqual({ clause: expect.objectContaining({ id: 'jilv-chufen:74', citation: '《中国共产党纪律处分条例》第七十四条' }), kind: '未变' });
    expect(c!.currentOnSite).toBe(true);
  });

  test('superseded, the current text not on the site: the 2016 问责条例 says so', () => {
    const [c] = check('《中国共产党问责条例》第六条').citations;
    expect(c!.target!.citation).toBe('《中国共产党问责条例》（2016年）第六条');
    expect(c!.currentOnSite).toBe(false);
    expect(c!.current).toBeUndefined();
    expect(c!.statusNote).toContain('2019年修订后的现行文本未收录于本站');
  });

  test('ambiguous: each candidate regulation, with the clause where it has one', () => {
    const [c] = check('依照《条例》第四十五条').citations;
    expect(c!.problem).toBe('《条例》可能指四部法规，前文没有写出全称');
    expect(c!.candidates!.map((k) => [k.title, k.clause?.id ?? null])).toEqual([
      ['《中国共产党党和国家机关基层组织工作条例》', null],
      ['《中国共产党纪律检查委员会工作条例》', 'jijian-weiyuanhui:45'],
      ['《中国共产党纪律处分条例》', 'jilv-chufen:45'],
      ['《中国共产党问责条例》（2016年）', null],
    ]);
  });

  test('a version the site does not have cannot be checked, and the entry says which it has', () => {
    const [c] = check('2019年《问责条例》第六条').citations;
    expect(c!.status).toBe('missing');
    expect(c!.problem).toBe('本站未收录2019年的《问责条例》，无法核对（本站收录的是2016年文本）');
  });
});

describe('relative forms and names read from earlier in the draft', () => {
  test('a bare 第十一条 after 《规定》第七条 in the same sentence cites the 规定, without a warning', () => {
    expect(briefs('根据《规定》第七条和有关要求，对照第十一条逐项检查。')).toEqual(['ok zhuti-zeren:7', 'ok zhuti-zeren:11']);
  });

  test('in the next sentence a bare article is read against the regulation named before, with a warning', () => {
    const [, c] = check('根据《规定》第七条开展检查。对照第十一条逐项整改。').citations;
    expect(brief(c!)).toBe('ok zhuti-zeren:11!');
    expect(c!.warnings).toEqual(['未写明法规名称，按前文的《党委（党组）落实全面从严治党主体责任规定》核验']);
  });

  test('with no regulation named anywhere before, a bare article is ambiguous among those that have it', () => {
    const [c] = check('对照第十一条逐项整改。').citations;
    expect(c!.status).toBe('ambiguous');
    expect(c!.candidates!.map((k) => k.clause!.id)).toContain('zhuti-zeren:11');
    expect(c!.candidates!.map((k) => k.clause!.id)).not.toContain('zhengzhi-shenghuo-zhunze:11');
  });

  test('《条例》 after the 纪律处分条例 is named in full means that one, and the entry says how it was read', () => {
    const draft = '依据《中国共产党纪律处分条例》第七十四条，经研究决定给予某某党内警告处分。某某主动交代问题，依照《条例》第十七条第（一）项，可以从轻处分。';
    const [, c] = check(draft).citations;
    expect(brief(c!)).toBe('ok jilv-chufen:17.1.1');
    expect(c!.readAs).toBe('《条例》按前文指《中国共产党纪律处分条例》');
  });

  test('a list, a range, and a bare 第二款 after an article in the same sentence', () => {
    expect(briefs('《规定》第十条、第十一条')).toEqual(['ok zhuti-zeren:10', 'ok zhuti-zeren:11']);
    const range = check('《规定》第十九条至第二十二条').citations;
    expect(range.map(brief)).toEqual(['ok zhuti-zeren:19', 'ok zhuti-zeren:20', 'ok zhuti-zeren:21', 'ok zhuti-zeren:22']);
    // The middle of a range stands where the range ends and reads as the whole range.
    expect(range.map((c) => [c.raw, c.written])).toEqual([
      ['《规定》第十九条', '《规定》第十九条'],
      ['第二十二条', '《规定》第十九条至第二十二条'],
      ['第二十二条', '《规定》第十九条至第二十二条'],
      ['第二十二条', '第二十二条'],
    ]);
    expect(briefs('《规定》第九条第一款、第二款')).toEqual(['ok zhuti-zeren:9.1', 'ok zhuti-zeren:9.2']);
  });

  test('前款 and a 第二款 with no article before it are not citations a draft can be checked for', () => {
    expect(briefs('依照前款规定处理。第二款另有规定。')).toEqual([]);
  });

  test('a document that is not on the site is counted, not checked, and does not lend its name', () => {
    const result = check('根据《中国共产党章程》第四十条，对照第十一条。');
    expect(result.unchecked.map((u) => [u.name, u.raw])).toEqual([['中国共产党章程', '《中国共产党章程》第四十条']]);
    expect(result.citations.map(brief)).toEqual(['ambiguous ×7']);
  });
});

describe('pasted text', () => {
  test('a citation split across a line break is one citation, its offsets those of the draft', () => {
    const draft = '上述行为违反了《中国共产党纪律\n处分条例》第七十\n四条的规定。';
    const [c] = check(draft).citations;
    expect(brief(c!)).toBe('ok jilv-chufen:74');
    expect(c!.raw).toBe('《中国共产党纪律\n处分条例》第七十\n四条');
    expect(c!.written).toBe('《中国共产党纪律处分条例》第七十四条');
    expect(draft.slice(c!.start, c!.end)).toBe(c!.raw);
  });

  test('Windows line breaks, indents and spaces inside a citation are read through', () => {
    expect(briefs('依据《规定》第 十一 条，\r\n　　《规定》第二十\r\n    五条')).toEqual(['ok zhuti-zeren:11', 'ok zhuti-zeren:25']);
  });

  test('a break after 。 ends the paragraph: the sentence carry stops there', () => {
    const result = check('根据《规定》第七条开展检查。\n第十一条另有要求');
    expect(result.citations.map(brief)).toEqual(['ok zhuti-zeren:7', 'ok zhuti-zeren:11!']);
  });

  test.each<[string, string]>([
    ['<规定>第八条', 'ok zhuti-zeren:8'],
    ['〈规定〉第八条', 'ok zhuti-zeren:8'],
    ['＜规定＞第八条', 'ok zhuti-zeren:8'],
    ['《规定》第七条第(三)项', 'ok zhuti-zeren:7.1.3'],
    ['<中国共产党纪律处分条例>(2018年)第六十七条', 'superseded jilv-chufen@2018:67'],
  ])('brackets: %s → %s', (draft, expected) => {
    const [c] = check(draft).citations;
    expect(brief(c!)).toBe(expected);
    expect(c!.raw).toBe(draft);
  });

  test('the folded text maps back to the draft, character by character', () => {
    const { text, map } = normaliseDraft('甲 乙\n丙。\n\n丁 A B');
    expect(text).toBe('甲乙丙。\n丁A B');
    expect(map).toEqual([0, 2, 4, 5, 6, 8, 10, 11, 12]);
  });
});

describe('a whole draft', () => {
  // A 处分决定 fragment: every status, in reading order.
  const draft = [
    '关于给予某某党内警告处分的决定',
    '经查，某某履行全面从严治党主体责任不力，违反了《中国共产党纪律处分条例》第七十四条的规定，',
    '且发生在2018年《条例》施行期间，对照2018年《条例》第六十七条处理；依照《条例》第十七条，可以从轻处分。',
    '有关党组织落实《规定》第七条第三款和第二十六条不到位，依据《中国共产党问责条例》第六条进行问责。',
  ].join('\n');
  const result = check(draft);

  test('lists every citation in reading order with its status and where it stands', () => {
    expect(result.citations.map((c) => [c.written, brief(c)])).toEqual([
      ['《中国共产党纪律处分条例》第七十四条', 'ok jilv-chufen:74'],
      ['2018年《条例》第六十七条', 'superseded jilv-chufen@2018:67'],
      ['《条例》第十七条', 'ok jilv-chufen:17'],
      ['《规定》第七条第三款', 'ok zhuti-zeren:7.1.3!'],
      ['第二十六条', 'missing →zhuti-zeren:25'],
      ['《中国共产党问责条例》第六条', 'superseded wenze:6'],
    ]);
    for (const c of result.citations) expect(draft.slice(c.start, c.end)).toBe(c.raw);
    expect(result.citations.map((c) => c.start)).toEqual([...result.citations.map((c) => c.start)].sort((a, b) => a - b));
  });

  test('sums up the statuses in one line', () => {
    expect(summaryLine(result)).toBe('共6处引文：3处正确、1处不存在、2处引用非现行文本。');
    const counts: Record<CheckStatus, number> = result.counts;
    expect(counts).toEqual({ ok: 3, missing: 1, superseded: 2, ambiguous: 0 });
    expect(summaryLine(check('本文没有引用条文。'))).toBe('没有找到本站法规的条文引用。');
  });

  test('copies as a list in standard form, what could not be confirmed said so', () => {
    expect(standardList(result).split('\n')).toEqual([
      '引文核验结果：共6处引文：3处正确、1处不存在、2处引用非现行文本。',
      '1. 《中国共产党纪律处分条例》第七十四条',
      '2. 《中国共产党纪律处分条例》（2018年）第六十七条（非现行文本，现行文本对应《中国共产党纪律处分条例》第七十四条）',
      '3. 《中国共产党纪律处分条例》第十七条',
      '4. 《党委（党组）落实全面从严治党主体责任规定》第七条第（三）项',
      '5. 原文“第二十六条”：《党委（党组）落实全面从严治党主体责任规定》没有第二十六条（全文共二十五条），最接近的是《党委（党组）落实全面从严治党主体责任规定》第二十五条',
      '6. 《中国共产党问责条例》（2016年）第六条（非现行文本，现行文本本站未收录）',
    ]);
  });
});
