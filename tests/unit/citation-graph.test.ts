import { describe, expect, test } from 'vitest';
import { citedByCounts, citingItems, groupByKind, type CitationEdge } from '../../src/lib/citation-graph';

const edge = (e: Partial<CitationEdge> & Pick<CitationEdge, 'from' | 'to'>): CitationEdge => ({
  kind: '解读',
  title: e.from,
  text: '第八条',
  context: '',
  ...e,
});

// Shaped like the real graph: the 第十六条解读 cites 第八条 three times (two in one sentence), the
// 条例's 第五十二条 cites 第五十条 from each of its three 款, a case twice in one sentence.
const edges: CitationEdge[] = [
  edge({ from: '/regulations/zhuti-zeren/16/', to: 'zhuti-zeren:8', context: '这与第八条的分工一致：第八条第二款要求……' }),
  edge({ from: '/regulations/zhuti-zeren/16/', to: 'zhuti-zeren:8.2', context: '这与第八条的分工一致：第八条第二款要求……' }),
  edge({ from: '/regulations/zhuti-zeren/16/', to: 'zhuti-zeren:8.3', context: '第八条第三款要求……' }),
  edge({ from: '/cases/a/', kind: '案例', to: 'zhuti-zeren:8', context: '依《规定》第八条……' }),
  edge({ from: '/cases/a/', kind: '案例', to: 'zhuti-zeren:8.1', context: '依《规定》第八条……' }),
  edge({ from: '/regulations/zhuti-zeren/8/', to: 'zhuti-zeren:8', context: '本条……' }),
  edge({ from: '/regulations/zhuti-zeren/9/', kind: '条文', fromClause: 'zhuti-zeren:9.1', to: 'zhuti-zeren:8', context: '第九条第一款' }),
  edge({ from: '/regulations/zhuti-zeren/9/', kind: '条文', fromClause: 'zhuti-zeren:9.2', to: 'zhuti-zeren:8', context: '第九条第二款' }),
  edge({ from: '/regulations/zhuti-zeren/7/', kind: '条文', fromClause: 'zhuti-zeren:7.1', to: 'zhuti-zeren:7.2', context: '前款' }),
  edge({ from: '/regulations/zhuti-zeren/16/', to: 'jilv-chufen:8', context: '《条例》第八条' }),
];

describe('backlinks, one entry per citing item', () => {
  const items = citingItems(edges, 'zhuti-zeren', 8, '/regulations/zhuti-zeren/8/');

  test('a page citing an article three times is one entry with its two distinct sentences', () => {
    const interp = items.filter((i) => i.from === '/regulations/zhuti-zeren/16/');
    expect(interp).toHaveLength(1);
    expect(interp[0]!.contexts).toEqual(['这与第八条的分工一致：第八条第二款要求……', '第八条第三款要求……']);
  });

  test('an article citing from two 款 is one entry that lands on its first citing 款', () => {
    const article = items.filter((i) => i.from === '/regulations/zhuti-zeren/9/');
    expect(article).toHaveLength(1);
    expect(article[0]).toMatchObject({ kind: '条文', fromClause: 'zhuti-zeren:9.1', contexts: ['第九条第一款', '第九条第二款'] });
  });

  test("the article's own page is left out, and so is another regulation's 第八条", () => {
    expect(items.map((i) => i.from)).toEqual(['/regulations/zhuti-zeren/16/', '/cases/a/', '/regulations/zhuti-zeren/9/']);
  });

  test('entries are grouped by kind in reading order', () => {
    expect(groupByKind(items).map(([kind, list]) => [kind, list.length])).toEqual([
      ['解读', 1],
      ['案例', 1],
      ['条文', 1],
    ]);
  });

  test('the full text counts the same entries', () => {
    const counts = citedByCounts(edges, 'zhuti-zeren');
    expect(counts.get(8)).toBe(items.length);
    // 第七条 cites itself only: not counted.
    expect(counts.has(7)).toBe(false);
  });
});
