/**
 * The alignment of versions (src/lib/version-align.ts) on the real texts of the 纪律处分条例
 * (2015, 2018, 2023). Every pair in the tables was checked by reading the two articles side by
 * side in ../shared/sources, not by running the function: same subject matter, same or revised
 * wording, and for 移动 the chapter each stands in. That reading found two pairs the first
 * version of the function missed (2015 第八条 → 2018 第九条, 2018 第三十九条 → 2023 第四十二条:
 * rules recast in the same place), which made it pair articles left over between the same
 * neighbours; they are in the tables.
 */
import { describe, expect, test } from 'vitest';
import { align, alignArticles, countKinds, normaliseArticle, wordDiff, type Pair } from '../../src/lib/version-align';
import { loadRegulationFile } from '../../src/plugins/site-index';

const load = (file: string) => alignArticles(loadRegulationFile(`content/regulations/${file}.mdx`).structure);

const v2015 = load('jilv-chufen-2015');
const v2018 = load('jilv-chufen-2018');
const v2023 = load('jilv-chufen');
const a1518 = align(v2015, v2018);
const a1823 = align(v2018, v2023);

type Row = [from: number | null, to: number | null, kind: Pair['kind'], why: string];
const find = (pairs: Pair[], from: number | null, to: number | null) =>
  pairs.find((p) => (from !== null ? p.from === from : p.to === to && p.from === null) && (to !== null ? p.to === to : p.to === null));

describe('2015 → 2018', () => {
  test.each<Row>([
    [7, 8, '未变', 'renumbered after the new 第五条 (四种形态), text unchanged'],
    [9, 10, '未变', 'renumbered, text unchanged'],
    [47, 47, '未变', '制作、贩卖、传播第四十五条、第四十六条所列内容'],
    [51, 48, '未变', 'renumbered three places back'],
    [58, 63, '未变', 'renumbered five places on'],
    [62, 69, '未变', 'renumbered seven places on'],
    [68, 74, '未变', 'renumbered six places on'],
    [75, 80, '未变', 'renumbered five places on'],
    [1, 1, '修改', '立法目的: 为维护党的章程 → 为了维护党章'],
    [5, 6, '修改', '适用范围 (not the principles, which are 第四条): 党纪追究 → 党纪责任追究, pushed one place by the new 第五条'],
    [63, 70, '修改', 'first article of 违反组织纪律, split into items (一)–(四) adding 故意规避集体决策 and 借集体决策名义集体违规'],
    [67, 73, '修改', 'renumbered six places on, order kept; 不报告、不如实报告 → 隐瞒不报, new item (三) on 个人去向 (from old 第六十六条 ¶2)'],
    [72, 75, '修改', 'renumbered three places on; adds 搞有组织的拉票贿选，或者用公款拉票贿选的，从重或者加重处分'],
    [114, 67, '移动', '主体责任 article moved from 违反工作纪律 to 违反政治纪律, and revised (监督责任 added)'],
    [66, 54, '移动', '请示报告 moved from 违反组织纪律 to 违反政治纪律, and revised (its 个人去向 paragraph went to 第七十三条)'],
    [48, 57, '移动', '集会、游行、示威 article moved after 对抗组织审查, and revised: 基本纲领、基本经验、基本要求 → 基本方略'],
    [56, 64, '移动', '宗族势力 article moved down within 违反政治纪律 (now after 迷信活动), and its penalties raised'],
    [70, 78, '移动', '侵犯党员表决权 moved after the articles that were 72–74'],
    [null, 5, '新增', '运用监督执纪“四种形态”'],
    [null, 44, '新增', '在重大原则问题上不同党中央保持一致'],
    [null, 50, '新增', '搞山头主义，拒不执行党中央确定的大政方针'],
    [null, 51, '新增', '对党不忠诚不老实……搞两面派，做两面人'],
    [null, 52, '新增', '制造、散布、传播政治谣言'],
    [null, 55, '新增', '干扰巡视巡察工作'],
    [null, 62, '新增', '对信仰宗教的党员'],
    [8, 9, '修改', '对严重违犯党纪的党组织: the 改组、解散 list kept, with conditions added (gap pair: same place, recast)'],
    [69, null, '删除', '诬告陷害他人意在使他人受纪律追究 (only echoed by ¶2 of the new 第五十二条: 匿名诬告，有意陷害)'],
    [133, 142, '修改', 'commencement: 自2016年1月1日起施行 → 自2018年10月1日起施行; the 2018 copy lacks 2015’s second paragraph on earlier cases (复查复议)'],
  ])('%s → %s is %s (%s)', (from, to, kind) => {
    expect(find(a1518, from, to)?.kind).toBe(kind);
  });
});

describe('2018 → 2023', () => {
  test.each<Row>([
    [60, 67, '未变', 'renumbered seven places on, text unchanged'],
    [66, 73, '未变', 'renumbered seven places on, text unchanged'],
    [67, 74, '未变', '不履行全面从严治党主体责任、监督责任, renumbered seven places on, text unchanged'],
    [1, 1, '修改', '保证党的路线 → 保证党的理论、路线'],
    [2, 2, '修改', '指导思想 extended: 弘扬伟大建党精神，坚持自我革命 … 为以中国式现代化…提供坚强纪律保障'],
    [
      28,
      30,
      '修改',
      '违法犯罪党员 article renumbered and revised: 其他违法行为 → 其他破坏社会主义市场经济秩序、违反治安管理等违法行为, new paragraphs on 财经纪律 and 嫖娼、吸毒',
    ],
    [93, 102, '修改', '消费卡 → 消费卡（券）'],
    [141, 157, '修改', '解释 article: 中央纪律检查委员会 → 中央纪委'],
    [
      117,
      57,
      '移动',
      '盲目举债…“形象工程”、“政绩工程” (违反群众纪律) recast as 政绩观错位 under 违反政治纪律, 形象工程/政绩工程 now a ground for 从重或者加重处分',
    ],
    [null, 21, '新增', '纪律处分运用规则: a 处分 within the 影响期 of another runs for the rest of the old 影响期 plus its own'],
    [null, 55, '新增', '搞投机钻营，结交政治骗子'],
    [null, 143, '新增', '违反工作纪律: 负有报告和登记义务的受请托人 not reporting 干预和插手'],
    [39, 42, '修改', '计算经济损失 rule rewritten in the same place (gap pair)'],
    [142, 158, '修改', 'commencement: 2018年10月1日 → 2024年1月1日, plus a paragraph on cases before commencement (absent from the 2018 copy)'],
  ])('%s → %s is %s (%s)', (from, to, kind) => {
    expect(find(a1823, from, to)?.kind).toBe(kind);
  });

  test('the counts of each kind add up to both texts', () => {
    for (const [pairs, older, newer] of [
      [a1518, v2015, v2018],
      [a1823, v2018, v2023],
    ] as const) {
      const c = countKinds(pairs);
      expect(c.未变 + c.修改 + c.移动 + c.删除).toBe(older.length);
      expect(c.未变 + c.修改 + c.移动 + c.新增).toBe(newer.length);
    }
  });
});

describe('boilerplate does not make unrelated articles alike', () => {
  test('new offences that share the penalty scale of old ones are new, not pairs of them', () => {
    // 2018 第五十一条 (两面派) and 第五十二条 (政治谣言) end with the scale of 2015 第四十七条:
    // 给予警告或者严重警告处分；情节较重的，给予撤销党内职务或者留党察看处分；情节严重的，给予开除党籍处分.
    const scale = '给予撤销党内职务或者留党察看处分；情节严重的，给予开除党籍处分';
    for (const n of [47, 51, 52]) expect(v2018.find((a) => a.number === n)!.text).toContain(scale);
    expect(find(a1518, null, 51)?.kind).toBe('新增');
    expect(find(a1518, null, 52)?.kind).toBe('新增');
    expect(find(a1518, 47, 47)?.kind).toBe('未变');
  });
});

describe('what counts as a change', () => {
  test('whitespace and full-/half-width punctuation alone are not changes', () => {
    expect(normaliseArticle('第一条  为了维护党章, 严肃党的纪律;')).toBe(normaliseArticle('第一条　为了维护党章，严肃党的纪律；'));
    const [only] = align([{ number: 3, text: '第三条  甲乙丙丁, 戊己庚辛。' }], [{ number: 4, text: '第四条　甲乙丙丁，戊己庚辛。' }]);
    expect(only).toMatchObject({ from: 3, to: 4, kind: '未变', changed: false });
  });

  test('the word diff marks what the revision deleted and inserted', () => {
    const parts = wordDiff('违反有关规定取得各种消费卡，情节较重的', '违反有关规定取得各种消费卡（券），情节较重的');
    expect(parts.filter((p) => p.op === 'inserted').map((p) => p.text)).toEqual(['（券）']);
    expect(parts.filter((p) => p.op === 'deleted')).toEqual([]);
    expect(wordDiff('给予警告处分', '给予严重警告处分').filter((p) => p.op !== 'same')).toEqual([{ op: 'inserted', text: '严重' }]);
  });
});
