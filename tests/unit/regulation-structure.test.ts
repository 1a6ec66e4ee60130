import { describe, expect, test } from 'vitest';
import { parseRegulation, type Block } from '../../src/lib/regulation-structure';
import { citation, clauseLabel } from '../../src/lib/cite';

const blocks = (...lines: string[]): Block[] => lines.map((text, i) => ({ text, line: i + 10 }));

describe('article-structured regulations', () => {
  const { structure, problems } = parseRegulation(
    blocks(
      '第一章　总则',
      '第一条　为了全面落实党委（党组）全面从严治党主体责任，制定本规定。',
      '第二章　责任内容',
      '第七条　党组（党委）应当坚持……主要包括：',
      '（一）坚决维护以习近平同志为核心的党中央权威和集中统一领导；',
      '（二）在本单位（本系统）发挥把方向、管大局、保落实的领导作用；',
      '第八条 党委（党组）书记应当……',
      '领导班子其他成员应当……',
    ).map((b, i) => (i === 3 ? b : b)),
    { reg: 'zhuti-zeren', kind: 'articles' },
  );

  test('a gap in article numbers is reported with its line', () => {
    expect(problems).toEqual([{ line: 13, reason: expect.stringContaining('out of order: expected 2 after 1') }]);
  });

  test('articles, paragraphs and items get ids and anchors', () => {
    const art7 = structure.articles[1]!;
    expect(art7.id).toBe('zhuti-zeren:7');
    expect(art7.anchor).toBe('art-7');
    expect(art7.divisions).toEqual(['ch-2']);
    expect(art7.paragraphs[0]!.items.map((i) => [i.id, i.anchor, i.label])).toEqual([
      ['zhuti-zeren:7.1.1', 'art-7-1-1', '（一）'],
      ['zhuti-zeren:7.1.2', 'art-7-1-2', '（二）'],
    ]);
  });

  test('a paragraph after an article opens its second 款', () => {
    const art8 = structure.articles[2]!;
    expect(art8.paragraphs.map((p) => p.id)).toEqual(['zhuti-zeren:8.1', 'zhuti-zeren:8.2']);
  });

  test('chapters list their articles', () => {
    expect(structure.divisions.map((d) => [d.anchor, d.title, d.articles])).toEqual([
      ['ch-1', '总则', [1]],
      ['ch-2', '责任内容', [7, 8]],
    ]);
  });

  test('citations name the 款 only when the article has several', () => {
    const [, art7, art8] = structure.articles;
    expect(clauseLabel(art7!, 1, 3)).toBe('第七条第（三）项');
    expect(clauseLabel(art8!, 2)).toBe('第八条第二款');
    expect(citation('党委（党组）落实全面从严治党主体责任规定', art7!)).toBe('《党委（党组）落实全面从严治党主体责任规定》第七条');
  });
});

describe('structural errors fail with a line and a reason', () => {
  const problemsOf = (...lines: string[]) => parseRegulation(blocks(...lines), { reg: 'x', kind: 'articles' }).problems;

  test('duplicate article number', () => {
    expect(problemsOf('第一条　甲。', '第一条　乙。')).toEqual([{ line: 11, reason: 'duplicate article number 第一条' }]);
  });

  test('article out of order', () => {
    expect(problemsOf('第一条　甲。', '第二条　乙。', '第二条　丙。').map((p) => p.reason)).toEqual(['duplicate article number 第二条']);
    expect(problemsOf('第二条　甲。')[0]!.reason).toContain('out of order');
  });

  test('item outside any article', () => {
    expect(problemsOf('第一章　总则', '（一）游离的项；', '第一条　甲。')).toEqual([{ line: 11, reason: 'text outside any article: "（一）游离的项；"' }]);
  });

  test('unreadable article number', () => {
    expect(problemsOf('第一条　甲。', '第十十条　乙。')[0]).toEqual({ line: 11, reason: 'unreadable article number in "第十十条　乙。"' });
  });

  test('items out of order', () => {
    expect(problemsOf('第一条　甲：', '（一）子；', '（三）丑。')[0]!.reason).toBe('item （三） in 第一条: expected item 2');
  });

  test('chapter numbers must follow each other', () => {
    expect(problemsOf('第一章　总则', '第一条　甲。', '第三章　附则', '第二条　乙。')[0]!.reason).toContain('expected 2');
  });

  test('an empty text is an error, not an empty page', () => {
    expect(problemsOf('只有一段话')).toHaveLength(2);
  });
});

describe('part-structured documents (准则)', () => {
  const { structure, problems } = parseRegulation(
    blocks(
      '办好中国的事情，关键在党。',
      '一、坚定理想信念',
      '坚定理想信念，始终是共产党人安身立命的根本。',
      '二、坚持党的基本路线',
      '党的基本路线是党和国家的生命线。',
      '加强和规范党内政治生活是全党的共同任务。',
    ),
    { reg: 'zhengzhi-shenghuo-zhunze', kind: 'parts', closing: '加强和规范党内政治生活是全党的共同任务' },
  );

  test('preamble, parts and closing are told apart', () => {
    expect(problems).toEqual([]);
    expect(structure.preamble.map((b) => b.text)).toEqual(['办好中国的事情，关键在党。']);
    expect(structure.articles.map((a) => [a.id, a.anchor, a.title])).toEqual([
      ['zhengzhi-shenghuo-zhunze:1', 'part-1', '坚定理想信念'],
      ['zhengzhi-shenghuo-zhunze:2', 'part-2', '坚持党的基本路线'],
    ]);
    expect(structure.articles[0]!.paragraphs[0]!.anchor).toBe('part-1-1');
    expect(structure.closing).toHaveLength(1);
  });

  test('a missing closing marker is reported', () => {
    const { problems: p } = parseRegulation(blocks('一、甲', '乙。'), { reg: 'z', kind: 'parts', closing: '不存在的结语' });
    expect(p.map((x) => x.reason)).toEqual(['closing passage starting "不存在的结语" not found']);
  });
});
