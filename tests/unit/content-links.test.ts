/**
 * The content linker as the build runs it (remark plugin over real regulations and glossary):
 * snapshots of the links it makes in typical authored paragraphs, and the failures it reports.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { linkContentFile, markCommentary } from '../../src/plugins/remark-content';

const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as Root;

/** What a reader gets from the tree: each link with its text, target and kind, in order. */
function links(tree: Root) {
  const out: { text: string; href: string; clause?: string; term?: string; title?: string }[] = [];
  const walk = (node: unknown) => {
    const n = node as { type: string; url?: string; title?: string | null; children?: unknown[]; data?: { hProperties?: Record<string, unknown> } };
    if (n.type === 'link') {
      const p = n.data?.hProperties ?? {};
      out.push({
        text: (n.children as { value?: string }[]).map((c) => c.value ?? '').join(''),
        href: n.url!,
        ...(p.dataClause ? { clause: String(p.dataClause) } : {}),
        ...(p.dataTerm ? { term: String(p.dataTerm) } : {}),
        ...(n.title ? { title: n.title } : {}),
      });
    }
    n.children?.forEach(walk);
  };
  walk(tree);
  return out;
}

function run(path: string, md: string, frontmatter: Record<string, unknown> = {}, base = '/') {
  const tree = parse(md);
  const report = linkContentFile(tree, `/repo/content/${path}`, frontmatter, base);
  return { tree, report, links: links(tree) };
}

const FIXTURES: [string, string, string, Record<string, unknown>][] = [
  [
    'interpretation: bare articles, 款, ranges and lists resolve to the page regulation',
    'interpretations/zhuti-zeren/11.mdx',
    '本条与第八条第二款、第八条第三款相衔接；监督追责见第十九条至第二十二条，第十条、第十二条另有安排。本条第二句强调简便易行。',
    { regulation: 'zhuti-zeren', article: 11 },
  ],
  [
    'case: a named citation carries to the bare ones in the same sentence, not past 。',
    'cases/example.mdx',
    '《规定》第十五条要求对照检查，第二十一条要求考核。第二十一条在下一句里没有法规名。',
    {},
  ],
  ['seed citation as written: 《规定》第七条第三款 is item （三）, with a warning', 'cases/example.mdx', '报道引用《规定》第七条第三款和第七条第七款。', {}],
  [
    'explicit form, parts of the 准则 and a document that is not on the site',
    'topics/example.mdx',
    '见[《准则》第九部分第二段](clause:zhengzhi-shenghuo-zhunze:9.2)与《中国共产党章程》第二条；《纪律处分条例》第五条要求经常开展批评和自我批评。',
    {},
  ],
  [
    'glossary terms: first occurrence only, never inside a book title or a citation',
    'cases/example.mdx',
    '落实“一岗双责”，防止“灯下黑”。再说一岗双责不再链接；《党委（党组）落实全面从严治党主体责任规定》标题里的词不链接，正文里的主体责任才链接。',
    {},
  ],
];

describe('content links', () => {
  for (const [name, path, md, fm] of FIXTURES) {
    test(name, async () => {
      const { links: made, report } = run(path, md, fm);
      expect(made.length).toBeGreaterThan(0);
      await expect(JSON.stringify({ links: made, issues: report.issues, errors: report.errors }, null, 2)).toMatchFileSnapshot(
        `__snapshots__/content-links/${path.replace(/[/.]/g, '_')}-${FIXTURES.findIndex((f) => f[0] === name)}.json`,
      );
    });
  }

  test('a range links the articles it writes out and counts the ones between', () => {
    const { report, links: made } = run('cases/x.mdx', '《规定》第十九条至第二十二条规定监督追责。');
    expect(report.citations.map((c) => c.to)).toEqual(['zhuti-zeren:19', 'zhuti-zeren:20', 'zhuti-zeren:21', 'zhuti-zeren:22']);
    expect(made.map((l) => l.clause)).toEqual(['zhuti-zeren:19', 'zhuti-zeren:22']);
  });

  test('links carry the base path', () => {
    const { links: made } = run('cases/x.mdx', '《规定》第十一条', {}, '/kb/');
    expect(made[0]!.href).toBe('/kb/regulations/zhuti-zeren/11/#art-11');
  });

  test('an explicit reference to a clause that does not exist is an error naming the nearest clause', () => {
    const { report } = run('cases/x.mdx', '见[第二十六条](clause:zhuti-zeren:26)和[第八条第四款](clause:zhuti-zeren:8.4)。');
    expect(report.errors).toEqual([
      expect.objectContaining({ line: 1, reason: expect.stringContaining('ends at 第二十五条'), nearest: 'zhuti-zeren:25' }),
      expect.objectContaining({ line: 1, reason: expect.stringContaining('has 3 款'), nearest: 'zhuti-zeren:8' }),
    ]);
  });

  test('an automatic citation of a clause a regulation on the site does not have fails like the explicit form', () => {
    const { report, links: made } = run('cases/x.mdx', '\n依照《党委（党组）落实全面从严治党主体责任规定》第九十九条和《规定》第八条第四款执行。');
    expect(made.map((l) => l.clause)).toEqual([]);
    expect(report.errors).toEqual([
      expect.objectContaining({
        line: 2,
        raw: expect.stringContaining('第九十九条'),
        reason: expect.stringContaining('ends at 第二十五条'),
        nearest: 'zhuti-zeren:25',
      }),
      expect.objectContaining({ line: 2, raw: '《规定》第八条第四款', reason: expect.stringContaining('has 3 款'), nearest: 'zhuti-zeren:8' }),
    ]);
  });

  test('an automatic match that does not resolve is reported, not linked, and does not fail', () => {
    const { report, links: made } = run('cases/x.mdx', '\n\n对照第七条执行。');
    expect(made).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.issues).toEqual([expect.objectContaining({ line: 3, raw: '第七条', reason: expect.stringContaining('no regulation named') })]);
  });

  test('a glossary entry does not link to itself', () => {
    const { report } = run('glossary/yi-gang-shuang-ze.mdx', '一岗双责是领导班子其他成员的责任，与第一责任人相对。');
    expect(report.terms).not.toContain('yi-gang-shuang-ze');
    expect(report.terms).toContain('di-yi-zeren-ren');
  });

  test('a link to a case goes to its page and is recorded under the heading it stands in', () => {
    const { report, links: made } = run('topics/x.mdx', '## 学习提示\n\n- [安阳市纪委监委](case:anyang-shuang-qingdan-shuang-jiaoban)交办清单。', {}, '/kb/');
    expect(made[0]).toEqual({ text: '安阳市纪委监委', href: '/kb/cases/anyang-shuang-qingdan-shuang-jiaoban/' });
    expect(report.cases).toEqual([{ id: 'anyang-shuang-qingdan-shuang-jiaoban', text: '安阳市纪委监委', line: 3, heading: '学习提示' }]);
  });

  test('the citing sentence is kept for backlinks', () => {
    const { report } = run('cases/x.mdx', '第一句。《规定》第十六条要求及时提醒谈话；后面还有。');
    expect(report.citations[0]!.context).toBe('《规定》第十六条要求及时提醒谈话；');
  });
});

describe('commentary section of a case', () => {
  test('可借鉴之处 and what follows it until the next heading are wrapped and labelled', () => {
    const tree = parse('## 做法\n\n做了。\n\n## 可借鉴之处\n\n- 我们的看法\n\n## 附\n\n其他');
    markCommentary(tree);
    const section = tree.children[2] as unknown as { type: string; data: { hName: string }; children: { type: string }[] };
    expect(section.type).toBe('commentary');
    expect(section.data.hName).toBe('section');
    expect(section.children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'list']);
    expect(tree.children[3]!.type).toBe('heading');
  });
});

describe('the remark plugin in a build', () => {
  test('an unresolvable explicit reference fails with file, line, reason and the nearest valid clause', async () => {
    const { default: remarkContent } = await import('../../src/plugins/remark-content');
    const tree = parse('第一段。\n\n见[第九条第六款](clause:zhuti-zeren:9.6)。');
    const file = { path: `${process.cwd()}/content/cases/broken.mdx`, data: { astro: { frontmatter: {} } } };
    expect(() => remarkContent()(tree, file as never)).toThrow(
      'content/cases/broken.mdx:3: [第九条第六款](clause:zhuti-zeren:9.6): 第九条 has 5 款, not 第六款 (nearest valid clause: zhuti-zeren:9)',
    );
  });

  test('a good file hands its citations to the page', async () => {
    const { default: remarkContent } = await import('../../src/plugins/remark-content');
    const tree = parse('《规定》第十一条和第十二条。');
    const file = { path: `${process.cwd()}/content/cases/good.mdx`, data: { astro: { frontmatter: {} as Record<string, unknown> } } };
    remarkContent()(tree, file as never);
    expect((file.data.astro.frontmatter.citations as { to: string }[]).map((c) => c.to)).toEqual(['zhuti-zeren:11', 'zhuti-zeren:12']);
  });
});
