import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, htmlFiles, page, requireDist } from '../support/dist';

requireDist(DIST);
const graph = JSON.parse(readFileSync(join(DIST, 'data/citations.json'), 'utf8')) as {
  count: number;
  edges: { from: string; kind: string; fromClause: string | null; to: string; text: string }[];
};
/** Every full text on the site: current versions and the historical ones (jilv-chufen/v2018). */
const REGS = htmlFiles(DIST)
  .map((f) => /^regulations\/([a-z-]+(?:\/v\d{4})?)\/index\.html$/.exec(f)?.[1])
  .filter((r): r is string => Boolean(r));

test('every internal article reference in every version of every regulation is linked, and the graph has each link', () => {
  expect(REGS).toEqual(
    expect.arrayContaining([
      'zhuti-zeren',
      'jilv-chufen',
      'jilv-chufen/v2015',
      'jilv-chufen/v2018',
      'jijian-weiyuanhui',
      'paizhu-jigou',
      'zuzhi-chuli',
      'lianjie-zilv',
    ]),
  );
  const perText = new Map<string, number>();
  const links = REGS.flatMap((reg) =>
    page(DIST, `regulations/${reg}/index.html`)
      .querySelectorAll('[data-official-text] a.cref')
      .map((a) => ({ to: a.getAttribute('data-clause')!, from: a.closest('[data-clause]:not(a)')!.getAttribute('data-clause')! })),
  );
  for (const reg of REGS) perText.set(reg, page(DIST, `regulations/${reg}/index.html`).querySelectorAll('[data-official-text] a.cref').length);
  // 纪律处分条例 (2023): 本条例第十七条, 第三十七条、第三十八条, 第五十条、第五十一条 (×3), 第六十三条,
  // and 25 relative references (前款, 第一款, 前款第二项); the older versions and the 纪委's texts
  // have theirs too, counted by reading each text's 本条例/本规则第X条, 前款 and 第X款.
  expect(perText.get('jilv-chufen')).toBe(37);
  // The older versions, counted the same way; the next test proves none is left unlinked.
  expect(Object.fromEntries([...perText].filter(([, n]) => n > 0))).toEqual({
    'jilv-chufen': 37,
    'jilv-chufen/v2015': 28,
    'jilv-chufen/v2018': 29,
    'jijian-weiyuanhui': 4,
    'paizhu-jigou': 5,
  });
  expect(graph.edges.filter((e) => e.kind === '条文')).toHaveLength(links.length);
  for (const l of links)
    expect(
      graph.edges.some((e) => e.fromClause === l.from && e.to === l.to),
      `${l.from} → ${l.to}`,
    ).toBe(true);
});

test('no "第X条" in regulation text is left unlinked', () => {
  for (const reg of REGS) {
    const root = page(DIST, `regulations/${reg}/index.html`);
    // The foot line under an article (本条解读 · 第X条被引用N次) is the site's, not the text.
    for (const p of root.querySelectorAll('[data-official-text] p').filter((p) => !p.classList.contains('art-extras'))) {
      const clone = p.clone() as typeof p;
      for (const el of clone.querySelectorAll('a.cref, .art-label')) el.remove();
      expect(clone.textContent, `${reg} ${p.getAttribute('id')}`).not.toMatch(/第[一二三四五六七八九十百零]+条/);
    }
  }
});

test('a page citing N clauses has N working links and each target lists the page back', () => {
  const root = page(DIST, 'regulations/jilv-chufen/52/index.html');
  const links = root.querySelectorAll('[data-official-text] a.cref');
  expect(links.map((a) => a.getAttribute('data-clause'))).toEqual([
    'jilv-chufen:50',
    'jilv-chufen:51',
    'jilv-chufen:50',
    'jilv-chufen:51',
    'jilv-chufen:50',
    'jilv-chufen:51',
  ]);
  for (const target of ['50', '51']) {
    const back = page(DIST, `regulations/jilv-chufen/${target}/index.html`).querySelectorAll('[data-slot="backlinks"] li');
    const fromPage52 = back.filter((li) => li.querySelector('a')?.getAttribute('href')?.startsWith('/regulations/jilv-chufen/52/#'));
    // One entry for the citing article, its three citing 款 under it.
    expect(fromPage52.length, `第${target}条 lists 第五十二条 once`).toBe(1);
    const quotes = fromPage52[0]!.querySelectorAll('blockquote');
    expect(quotes).toHaveLength(3);
    for (const q of quotes) expect(q.textContent).toContain(`第五十条、第五十一条所列内容`);
  }
  expect(graph.edges.filter((e) => e.from === '/regulations/jilv-chufen/52/')).toHaveLength(6);
});

test('previews are embedded only where there are citations', () => {
  const withRefs = page(DIST, 'regulations/jilv-chufen/81/index.html').querySelector('#clause-previews');
  expect(JSON.parse(withRefs!.textContent)['jilv-chufen:63'].title).toBe('《纪律处分条例》第六十三条');
  expect(page(DIST, 'regulations/wenze/13/index.html').querySelector('#clause-previews')).toBeNull();
  expect(page(DIST, 'regulations/wenze/13/index.html').querySelector('script[type="module"]')?.textContent ?? '').not.toContain('clause-preview');
});

test('an article page lists each citing page once, cases shown under 实践中 not again, and the full text counts the same entries', () => {
  const articlePages = htmlFiles(DIST).filter((f) => /^regulations\/[a-z-]+(?:\/v\d{4})?\/\d+\/index\.html$/.test(f));
  expect(articlePages.length).toBeGreaterThan(400);
  for (const file of articlePages) {
    const root = page(DIST, file);
    const listed = root.querySelectorAll('[data-slot="backlinks"] li[data-citing]').map((li) => li.getAttribute('data-citing')!);
    expect(new Set(listed).size, `${file}: ${listed.join(' ')}`).toBe(listed.length);
    const practice = root.querySelectorAll('[data-slot="practice"] [data-case]').map((c) => `/cases/${c.getAttribute('data-case')}/`);
    expect(
      listed.filter((from) => practice.includes(from)),
      file,
    ).toEqual([]);
    for (const li of root.querySelectorAll('[data-slot="backlinks"] li')) {
      const quotes = li.querySelectorAll('blockquote').map((q) => q.textContent);
      expect(new Set(quotes).size, `${file}: ${li.getAttribute('data-citing')}`).toBe(quotes.length);
    }
  }
  // The two pages the issue names.
  const cases11 = page(DIST, 'regulations/zhuti-zeren/11/index.html')
    .querySelectorAll('[data-slot="practice"] .case-card__title a, [data-slot="backlinks"] li > a')
    .map((a) => a.getAttribute('href'));
  expect(cases11.filter((h) => h === '/cases/jiangsu-san-ji-zeren-qingdan/')).toHaveLength(1);
  expect(cases11.filter((h) => h === '/cases/guangzhou-yibashou-jiandu-qingdan/')).toHaveLength(1);
  const on8 = page(DIST, 'regulations/zhuti-zeren/8/index.html').querySelectorAll('[data-slot="backlinks"] li[data-citing="/regulations/zhuti-zeren/16/"]');
  expect(on8).toHaveLength(1);
  expect(on8[0]!.querySelectorAll('blockquote').length).toBeGreaterThanOrEqual(2);
  // 被引用N次 on the full text: the entries of the article's page, 实践中 cases citing it included.
  for (const reg of REGS) {
    for (const a of page(DIST, `regulations/${reg}/index.html`).querySelectorAll('[data-cited-by]')) {
      const target = page(DIST, `${a.getAttribute('href')!.split('#')[0]!.replace(/^\//, '')}index.html`);
      const entries =
        target.querySelectorAll('[data-slot="backlinks"] li[data-citing]').length + target.querySelectorAll('[data-slot="practice"] .case-cites').length;
      expect(Number(a.getAttribute('data-cited-by')), a.getAttribute('href')!).toBe(entries);
    }
  }
});
