import { describe, expect, test } from 'vitest';
import { emptyStudy, setAnswer, type StudyData } from '../../src/lib/study-store';
import {
  buildDocument,
  cn,
  describeProgress,
  docxFileName,
  move,
  problemsOf,
  progressOf,
  removeProblem,
  setWork,
  type CatalogueItem,
  type ClauseInfo,
} from '../../src/lib/workspace';

const ZHUTI = '党委（党组）落实全面从严治党主体责任规定';
const WENZE = '中国共产党问责条例';
const catalogue: CatalogueItem[] = [
  { id: 'zhuti-zeren/8/1', q: '是否研究部署全面从严治党工作？', clause: 'zhuti-zeren/8/1' },
  { id: 'zhuti-zeren/8/2', q: '是否督办重点案件？', clause: 'zhuti-zeren/8/2' },
  { id: 'wenze/6/1', q: '是否落实问责？', clause: 'wenze/6' },
];
const infos: Record<string, ClauseInfo> = {
  'zhuti-zeren/8/1': { citation: `《${ZHUTI}》第八条第一款`, regulation: ZHUTI, preview: '…' },
  'zhuti-zeren/8/2': { citation: `《${ZHUTI}》第八条第二款`, regulation: ZHUTI, preview: '…' },
  'wenze/6': { citation: `《${WENZE}》第六条`, regulation: WENZE, preview: '…' },
};
const clauses = (id: string) => infos[id] ?? null;
const now = new Date('2026-12-01T00:00:00.000Z');

function answered(): StudyData {
  let d = emptyStudy();
  d = setAnswer(d, 'zhuti-zeren/8/1', { state: '做到' }, now);
  d = setAnswer(d, 'zhuti-zeren/8/2', { state: '未做到', note: '督办不及时' }, now);
  d = setAnswer(d, 'wenze/6/1', { state: '部分做到', note: '' }, now);
  return d;
}

describe('the 问题清单', () => {
  test('items answered 部分做到 or 未做到 become problems with their clause; 做到 does not', () => {
    const ps = problemsOf(answered(), catalogue, clauses);
    expect(ps.map((p) => [p.key, p.state, p.note, p.info?.citation])).toEqual([
      ['zhuti-zeren/8/2', '未做到', '督办不及时', `《${ZHUTI}》第八条第二款`],
      ['wenze/6/1', '部分做到', '', `《${WENZE}》第六条`],
    ]);
  });

  test('own problems join the list; reordering and removing follow the reader', () => {
    const d = answered();
    d.workspace.own['own/x'] = { text: '联系群众不够', clause: null };
    let ps = problemsOf(d, catalogue, clauses);
    expect(ps.map((p) => p.key)).toEqual(['zhuti-zeren/8/2', 'wenze/6/1', 'own/x']);
    d.workspace.order = move(ps, 'own/x', -1);
    ps = problemsOf(d, catalogue, clauses);
    expect(ps.map((p) => p.key)).toEqual(['zhuti-zeren/8/2', 'own/x', 'wenze/6/1']);
    expect(move(ps, 'zhuti-zeren/8/2', -1)).toEqual(ps.map((p) => p.key));
    const ws = removeProblem(removeProblem(d.workspace, 'own/x'), 'wenze/6/1');
    expect(problemsOf({ ...d, workspace: ws }, catalogue, clauses).map((p) => p.key)).toEqual(['zhuti-zeren/8/2']);
    expect(ws.own).toEqual({});
    expect(ws.removed).toEqual(['wenze/6/1']);
  });

  test('the progress summary counts causes, measures and their states', () => {
    const d = answered();
    d.workspace = setWork(d.workspace, 'zhuti-zeren/8/2', {
      cause: '重视不够',
      measures: [
        { text: '建立督办台账', owner: '张三', due: '2027-01-31', status: '已完成' },
        { text: '每月通报', owner: '', due: '', status: '推进中' },
      ],
    });
    expect(describeProgress(progressOf(problemsOf(d, catalogue, clauses)))).toBe(
      '共2个问题：1个已分析原因，1个已有整改措施；整改措施2项（已完成1项，推进中1项，未开始0项）',
    );
    expect(describeProgress(progressOf([]))).toBe('问题清单还是空的');
  });
});

describe('the document', () => {
  test('three numbered sections; problems grouped by regulation, each citing its clause in full; measures as a table', () => {
    const d = answered();
    d.workspace.own['own/x'] = { text: '联系群众不够', clause: null };
    d.workspace = setWork(d.workspace, 'zhuti-zeren/8/2', {
      cause: '重视不够',
      measures: [{ text: '建立督办台账', owner: '张三', due: '2027-01-31', status: '推进中' }],
    });
    const doc = buildDocument(problemsOf(d, catalogue, clauses), ['党委（党组）书记'], '2026-12-02');
    expect([doc.title, doc.roles, doc.date]).toEqual(['民主生活会问题清单及整改措施', '党委（党组）书记', '2026年12月2日']);
    expect(doc.sections.map((s) => s.heading)).toEqual(['一、存在的问题', '二、原因分析', '三、整改措施']);
    const [found, causes, measures] = doc.sections;
    expect(found!.blocks).toEqual([
      { kind: 'subheading', text: `（一）对照《${ZHUTI}》` },
      {
        kind: 'entry',
        number: 1,
        text: '是否督办重点案件？',
        lines: [
          { label: '对照条款', text: `《${ZHUTI}》第八条第二款` },
          { label: '自查结果', text: '未做到' },
          { label: '具体表现', text: '督办不及时' },
        ],
      },
      { kind: 'subheading', text: `（二）对照《${WENZE}》` },
      {
        kind: 'entry',
        number: 2,
        text: '是否落实问责？',
        lines: [
          { label: '对照条款', text: `《${WENZE}》第六条` },
          { label: '自查结果', text: '部分做到' },
          { label: '具体表现', text: '（待填写）' },
        ],
      },
      { kind: 'subheading', text: '（三）其他方面' },
      { kind: 'entry', number: 3, text: '联系群众不够', lines: [] },
    ]);
    expect(causes!.blocks[0]).toEqual({ kind: 'entry', number: 1, text: '是否督办重点案件？', lines: [{ label: '原因', text: '重视不够' }] });
    expect(measures!.blocks[1]).toEqual({
      kind: 'table',
      head: ['整改措施', '责任人', '时限', '状态'],
      rows: [['建立督办台账', '张三', '2027年1月31日', '推进中']],
    });
    expect(measures!.blocks[3]).toEqual({ kind: 'table', head: ['整改措施', '责任人', '时限', '状态'], rows: [['（待填写）', '', '', '']] });
  });

  test('an empty list still gives the three sections, saying there is no problem', () => {
    const doc = buildDocument([], [], '2026-12-02');
    expect(doc.sections.map((s) => s.blocks.length)).toEqual([1, 0, 0]);
    expect(docxFileName('2026-12-02')).toBe('民主生活会问题清单-2026-12-02.docx');
  });

  test('sub-headings count in Chinese numerals', () => {
    expect([1, 9, 10, 11, 20, 35, 99].map(cn)).toEqual(['一', '九', '十', '十一', '二十', '三十五', '九十九']);
  });
});
