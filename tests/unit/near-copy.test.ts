/**
 * The near-copy gate (src/lib/near-copy.ts, run by check:sources): sentences that keep a seed
 * sentence's structure with a few words swapped fail; summaries of the same facts in a structure
 * of our own pass. The seed sentences are real (seeds 002, 003); the copies are sentences the
 * site once published, found by an outside reading; the summaries are their rewrites.
 */
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSources } from '../../scripts/check-sources';
import { buildCopyIndex, copyScore, isNearCopy, maskQuoted, splitSentences, THRESHOLD } from '../../src/lib/near-copy';

const SEEDS = [
  {
    id: '003',
    text: [
      '福建省三明市尤溪县纪委监委制定专题会商工作指引,推动派驻纪检监察组与被监督单位党委(党组)定期开展分析研判,压紧压实管党治党责任。',
      '为了确保责任清单所列事项得到落实,安阳市纪委监委每年年底会对主体责任台账和监督责任台账情况进行总结梳理,对年度需要完成的事项、工作开展情况等逐个晾晒、考评交账,以鲜明的考核导向推动“两个责任”落地见效。',
      '宜兴市纪委监委聚焦“一把手”和领导班子等“关键少数”,通过制度化、规范化、常态化的谈心谈话机制,推动管党治党责任逐级传导、层层压实。',
      '同时,由市纪委书记针对市级党政领导班子成员履行管党治党责任等情况开展谈话提醒,定期向同级党政领导班子成员通报分管领域全面从严治党情况,督促班子成员严于律己、严负其责、严管所辖。',
    ].join('\n'),
  },
  {
    id: '002',
    text: '主要存在的表现有:一些单位党组(党委)负责人对全面从严治党主体责任学习不够、认识不清、把握不深,履行组织领导责任缺位、错位,该抓的没有抓、该管的没有管、该协调的没有协调;研究谋划党风廉政建设和反腐败工作缺乏指导性和针对性。',
  },
];
const OFFICIAL = ['党委（党组）书记应当履行第一责任人职责。领导班子其他成员应当根据工作分工，对职责范围内的全面从严治党工作负重要领导责任。'];
const NAMES = ['尤溪县纪委监委', '安阳市纪委监委', '宜兴市纪委监委', '三明市', '尤溪县', '福建省'];
const index = buildCopyIndex(SEEDS, OFFICIAL);
const judge = (s: string) => isNearCopy(copyScore(s, index, NAMES));

describe('near-copies of a seed sentence fail', () => {
  test.each([
    // Seed 003 on 尤溪: the clauses kept in order, 推动 turned into 把…固定下来.
    '三明市尤溪县纪委监委制定专题会商工作指引，把派驻纪检监察组与被监督单位党委（党组）之间的分析研判作为一项定期开展的工作固定下来，目的是把管党治党责任压紧压实。',
    // Seed 003 on 安阳: 逐个晾晒 became 逐一亮出来, the rest kept.
    '每年年底，市纪委监委对两本台账进行总结梳理，把当年应完成的事项和实际开展情况逐一亮出来，考评交账，以考核推动“两个责任”落到实处。',
    // Seed 003 on 宜兴: 聚焦 → 把…作为重点, 逐级传导 → 一级一级传下去.
    '报道介绍，宜兴市纪委监委把“一把手”和领导班子等“关键少数”作为重点，以制度化、规范化、常态化的谈心谈话推动责任一级一级传下去。',
    // Seed 002's list of failings, two items lifted as they stand.
    '有的对主体责任认识不清，该管的没有管、该协调的没有协调。',
    // Seed 003 on 德州, a planted copy: 针对 → 就, 开展谈话提醒 → 与其进行谈话提醒.
    '由市纪委书记就市级党政领导班子成员履行管党治党责任等情况，与其进行谈话提醒。',
  ])('%s', (sentence) => {
    expect(judge(sentence)).toBe(true);
  });
});

describe('summaries of the same facts in our own structure pass', () => {
  test.each([
    '尤溪县给派驻纪检监察组和所驻单位党组织定下会商的规矩：双方按期坐到一起，研判这个单位的管党治党责任落实得怎样。',
    '两本台账到年底要过一遍：哪些事项当年该办、办得怎样，市纪委监委逐项对账打分，用考核结果督促“两个责任”落地。',
    '宜兴的重点对象是“一把手”和领导班子，谈心谈话被做成有制度、有规范、经常开展的工作，让责任从上往下层层传到位。',
    '该文列举的表现之一，是负责人对主体责任理解不透，分内的管理和协调工作无人过问。',
    '德州市纪委书记会找市里的党政班子成员逐个谈话，谈的是各人在管党治党上尽责如何。',
  ])('%s', (sentence) => {
    expect(judge(sentence)).toBe(false);
  });

  test('regulation wording is everyone’s: a sentence built from the official text is no copy', () => {
    expect(judge('领导班子其他成员应当根据工作分工，对职责范围内的全面从严治党工作负重要领导责任。')).toBe(false);
  });

  test('a “quotation” of the seed and the names of bodies do not count as borrowed wording', () => {
    const quoted = '安阳市纪委监委到年底对两本台账“逐个晾晒、考评交账”。';
    expect(maskQuoted(quoted, NAMES)).not.toContain('晾晒');
    expect(judge(quoted)).toBe(false);
  });

  test('the threshold is the documented one', () => {
    expect(THRESHOLD).toBe(0.3);
  });
});

describe('sentences', () => {
  test('prose is cut at 。；！？ and line breaks, never inside a quotation', () => {
    expect(splitSentences('甲说“一。二”。乙；丙\n丁').map((s) => s.text)).toEqual(['甲说“一。二”。', '乙；', '丙', '丁']);
  });
});

describe('check:sources runs the gate', () => {
  test('a planted copied sentence fails with its file, line, the seed and the seed sentence', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-copy-'));
    const content = join(root, 'content');
    const seeds = join(root, 'seeds');
    mkdirSync(join(content, 'regulations'), { recursive: true });
    mkdirSync(join(content, 'topics'), { recursive: true });
    mkdirSync(seeds);
    copyFileSync('content/regulations/zhuti-zeren.mdx', join(content, 'regulations', 'zhuti-zeren.mdx'));
    writeFileSync(join(seeds, 'README.md'), '| 003_test.txt | 测试 | 某网站, 2025-10-20 | … |\n');
    writeFileSync(join(seeds, '003_test.txt'), SEEDS[0]!.text);
    const front =
      "---\ntitle: 测试\nsummary: 一个测试专题的摘要写在这里。\nsources:\n  - { seed: '003', publication: 某网站, date: 2025-10-20, title: 测试 }\n---\n";
    writeFileSync(
      join(content, 'topics', 'x.mdx'),
      `${front}\n## 为什么重要\n\n德州市由市纪委书记就市级党政领导班子成员履行管党治党责任等情况，与其进行谈话提醒。\n`,
    );
    const { problems } = checkSources(content, seeds);
    expect(problems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/content[\\/]topics[\\/]x\.mdx$/),
        line: 10,
        reason: expect.stringMatching(/^near-copy .*seed 003.*⇐ seed sentence “同时,由市纪委书记/),
      }),
    ]);
  });
});
