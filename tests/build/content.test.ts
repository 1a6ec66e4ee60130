/**
 * The authored content as a reader finds it in the built site: every entry has its page, every
 * article of the 主体责任规定 shows its 解读, clauses and cases link both ways, and the citation
 * graph in /data/citations.json agrees with the links on the pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SUBJECTS } from '../../src/lib/subjects';
import { DIST, page, requireDist } from '../support/dist';

requireDist(DIST);
const graph = JSON.parse(readFileSync(join(DIST, 'data/citations.json'), 'utf8')) as {
  edges: { from: string; kind: string; fromClause: string | null; to: string; text: string }[];
};
const mdx = (dir: string) =>
  readdirSync(join('content', dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
const CASES = mdx('cases');
const INTERPRETATIONS = mdx('interpretations');
const TERMS = mdx('glossary');

/** The file and anchor a site URL points to, or why it does not exist. */
function resolves(href: string): boolean {
  const [path, hash] = href.split('#');
  const file = join(DIST, path!.replace(/^\//, ''), path!.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) return false;
  return !hash || readFileSync(file, 'utf8').includes(`id="${hash}"`);
}

describe('every content entry is on the site', () => {
  test('all 25 articles of the 主体责任规定 show a 解读 under the official text, labelled as ours', () => {
    for (let n = 1; n <= 25; n++) {
      const root = page(DIST, `regulations/zhuti-zeren/${n}/index.html`);
      const slot = root.querySelector('[data-slot="interpretation"]')!;
      expect(slot.querySelector('.interp'), `第${n}条`).not.toBeNull();
      expect(slot.querySelectorAll('.interp__points li').length).toBeGreaterThanOrEqual(3);
      expect(slot.querySelector('.ours-note')!.textContent).toContain('不是官方释义');
      // The 解读 comes after the official text, never inside it.
      expect(root.querySelector('[data-official-text] .interp')).toBeNull();
    }
  });

  test('every interpretation, case and term has its page or anchor', () => {
    expect(INTERPRETATIONS.length).toBeGreaterThanOrEqual(37);
    for (const i of INTERPRETATIONS) expect(page(DIST, `regulations/${i}/index.html`).querySelector('.interp'), i).not.toBeNull();
    expect(CASES.length).toBeGreaterThanOrEqual(22);
    for (const c of CASES) expect(page(DIST, `cases/${c}/index.html`).querySelector('h1')!.textContent.length, c).toBeGreaterThan(3);
    expect(TERMS.length).toBeGreaterThanOrEqual(30);
    const glossary = page(DIST, 'glossary/index.html');
    for (const t of TERMS) expect(glossary.querySelector(`article#${t} h3`), t).not.toBeNull();
    const listed = page(DIST, 'cases/index.html')
      .querySelectorAll('[data-case-list] .case-card')
      .map((c) => c.getAttribute('data-case'));
    expect(listed.sort()).toEqual(CASES);
  });

  test('every 责任主体 shown is from the one vocabulary', () => {
    const labels = new Set<string>(SUBJECTS.map((s) => s.label));
    const pages = [...CASES.map((c) => `cases/${c}/index.html`), ...INTERPRETATIONS.map((i) => `regulations/${i}/index.html`)];
    for (const p of pages) {
      const chips = page(DIST, p).querySelectorAll('.chips .chip');
      expect(chips.length, p).toBeGreaterThan(0);
      for (const chip of chips) expect(labels.has(chip.textContent), `${p}: ${chip.textContent}`).toBe(true);
    }
  });

  test('every case names its source and marks its 可借鉴之处 as our commentary', () => {
    for (const c of CASES) {
      const root = page(DIST, `cases/${c}/index.html`);
      expect(root.querySelector('.source-list li')!.textContent, c).toMatch(/\d{4}年\d{1,2}月\d{1,2}日：(《.+》|未署标题的报道（.+）)/);
      const commentary = root.querySelector('section.commentary');
      expect(commentary, c).not.toBeNull();
      expect(commentary!.textContent).toContain('本站编写的评述');
    }
  });
});

describe('clauses and cases link both ways', () => {
  test('from 第十一条 (责任清单) a reader reaches the 安阳, 广州, 上海 and 江苏 清单 cases in one click, and each links back', () => {
    const practice = page(DIST, 'regulations/zhuti-zeren/11/index.html').querySelectorAll('[data-slot="practice"] .case-card a');
    const hrefs = practice.map((a) => a.getAttribute('href')!);
    for (const c of [
      'anyang-shuang-qingdan-shuang-jiaoban',
      'guangzhou-yibashou-jiandu-qingdan',
      'shanghai-san-zhang-qingdan',
      'jiangsu-san-ji-zeren-qingdan',
    ]) {
      expect(hrefs, c).toContain(`/cases/${c}/`);
      const back = page(DIST, `cases/${c}/index.html`).querySelectorAll('.case-clauses a.cref');
      expect(
        back.some((a) => a.getAttribute('href') === '/regulations/zhuti-zeren/11/#art-11'),
        `${c} links back to 第十一条`,
      ).toBe(true);
    }
  });

  test('a case citing N clauses has N working links, each target lists the case back, and the graph agrees', () => {
    for (const c of CASES) {
      const root = page(DIST, `cases/${c}/index.html`);
      const links = root.querySelectorAll('main a.cref');
      const cited = new Set(links.map((a) => a.getAttribute('data-clause')!));
      for (const a of links) expect(resolves(a.getAttribute('href')!), `${c}: ${a.getAttribute('href')}`).toBe(true);
      const edges = graph.edges.filter((e) => e.from === `/cases/${c}/`);
      // Every clause linked in the text is an edge (the clause list is frontmatter and not counted twice).
      const bodyCited = new Set(root.querySelectorAll('.case-body a.cref').map((a) => a.getAttribute('data-clause')!));
      expect(new Set(edges.filter((e) => bodyCited.has(e.to)).map((e) => e.to))).toEqual(bodyCited);
      for (const to of new Set(edges.map((e) => e.to))) expect(cited.has(to), `${c}: graph edge to ${to} has a link`).toBe(true);
      for (const to of cited) {
        const [reg, rest] = to.split(':');
        const article = rest!.split('.')[0];
        const target = page(DIST, `regulations/${reg}/${article}/index.html`);
        const listed = target.querySelectorAll('[data-slot="practice"] a, [data-slot="backlinks"] a').some((a) => a.getAttribute('href') === `/cases/${c}/`);
        expect(listed, `${to} lists ${c}`).toBe(true);
      }
    }
  });

  test('an interpretation citing other articles appears in their backlinks with the citing sentence', () => {
    const edges = graph.edges.filter((e) => e.kind === '解读' && e.from === '/regulations/zhuti-zeren/15/' && !e.to.startsWith('zhuti-zeren:15'));
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      const [reg, rest] = e.to.split(':');
      const back = page(DIST, `regulations/${reg}/${rest!.split('.')[0]}/index.html`).querySelectorAll('[data-slot="backlinks"] li');
      const item = back.find((li) => li.querySelector('a')?.getAttribute('href') === '/regulations/zhuti-zeren/15/');
      expect(item, e.to).toBeDefined();
      expect(item!.querySelector('blockquote')!.textContent.length).toBeGreaterThan(4);
    }
  });

  test('the full text shows how many items cite each article, as the graph counts them', () => {
    const root = page(DIST, 'regulations/zhuti-zeren/index.html');
    const shown = root.querySelectorAll('[data-cited-by]');
    expect(shown.length).toBeGreaterThan(15);
    for (const a of shown) {
      const article = Number(/\/zhuti-zeren\/(\d+)\//.exec(a.getAttribute('href')!)![1]);
      // Items, not citations: a page (or another article) citing the article several times is one.
      const sources = new Set(
        graph.edges
          .filter((e) => e.to === `zhuti-zeren:${article}` || e.to.startsWith(`zhuti-zeren:${article}.`))
          .filter((e) => e.from !== `/regulations/zhuti-zeren/${article}/`)
          .map((e) => e.from),
      );
      expect(Number(a.getAttribute('data-cited-by')), `第${article}条`).toBe(sources.size);
      expect(a.textContent).toMatch(new RegExp(`^第.+条被引用${sources.size}次$`));
    }
  });
});

describe('glossary', () => {
  test('each term lists the clauses where the official texts use it', () => {
    const term = page(DIST, 'glossary/index.html').querySelector('article#yi-gang-shuang-ze')!;
    const where = term.querySelectorAll('.term__where a.cref').map((a) => a.getAttribute('data-clause'));
    expect(where).toContain('zhuti-zeren:8.3');
  });

  test("a term's first occurrence in a content page links to its definition, with a preview", () => {
    const root = page(DIST, 'regulations/zhuti-zeren/8/index.html');
    const terms = root.querySelectorAll('[data-slot="interpretation"] a.term');
    expect(terms.length).toBeGreaterThan(0);
    const ids = terms.map((a) => a.getAttribute('data-term')!);
    expect(new Set(ids).size).toBe(ids.length);
    const previews = JSON.parse(root.querySelector('#clause-previews')!.textContent);
    for (const id of ids) expect(previews[`term:${id}`].title).toMatch(/^术语：/);
  });
});
