/**
 * Going on from a case, as built: every case page names its related cases with a reason, the
 * topics that discuss a case link to it and it links back to the very section; the compare page
 * is built, is no search result and carries what its columns need.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, page, requireDist } from '../support/dist';
import { loadPagefind, type NodePagefind } from '../support/pagefind-node';

requireDist(DIST);
const CASES = readdirSync('content/cases').map((f) => f.replace(/\.mdx$/, ''));
const TOPICS = readdirSync('content/topics').map((f) => f.replace(/\.mdx$/, ''));

describe('from a case onward', () => {
  test('every case page lists related cases (five at most), each with why, and offers to compare it with the first two', () => {
    for (const c of CASES) {
      const root = page(DIST, `cases/${c}/index.html`);
      const items = root.querySelectorAll('[data-related-cases] li');
      expect(items.length, c).toBeGreaterThan(0);
      expect(items.length, c).toBeLessThanOrEqual(5);
      for (const li of items) expect(li.querySelector('.onward-list__why')!.textContent, c).toMatch(/^(同引《[^》]+》\S+|同为“[^”]+”)/);
      const compare = root.querySelector('[data-related-cases] a.btn')!.getAttribute('href')!;
      const ids = new URL(compare, 'http://site').searchParams.get('ids')!.split(',');
      expect(ids[0], c).toBe(c);
      expect(ids.slice(1), c).toEqual(items.slice(0, 2).map((li) => li.querySelector('a')!.getAttribute('href')!.split('/')[2]));
    }
  });

  test('every case a topic lists or links names that topic, and a link in the topic’s text brings the reader back to its section', () => {
    for (const t of TOPICS) {
      const topic = page(DIST, `topics/${t}/index.html`);
      const listed = topic.querySelectorAll('.case-card').map((card) => card.getAttribute('data-case')!);
      const linked = topic
        .querySelectorAll('.topic-body a[href^="/cases/"]')
        .map((a) => a.getAttribute('href')!.split('/')[2]!)
        .filter((id) => CASES.includes(id));
      for (const c of new Set([...listed, ...linked])) {
        const back = page(DIST, `cases/${c}/index.html`)
          .querySelectorAll('[data-case-topics] a')
          .map((a) => decodeURIComponent(a.getAttribute('href')!));
        const target = back.find((href) => href.startsWith(`/topics/${t}/`));
        expect(target, `${c} → ${t}`).toBeDefined();
        if (linked.includes(c)) expect(target, `${c} → ${t}`).toMatch(/#.+$/);
      }
    }
  });

  test('the 责任清单 topic’s comparison of five designs links each of the five cases, and each points back to it', () => {
    const section = page(DIST, 'topics/zeren-qingdan/index.html').querySelector('[id="学习提示"]')!;
    const list = section.nextElementSibling!.nextElementSibling!;
    const ids = list.querySelectorAll('a[href^="/cases/"]').map((a) => a.getAttribute('href')!.split('/')[2]);
    expect(ids.sort()).toEqual([
      'anyang-shuang-qingdan-shuang-jiaoban',
      'guangzhou-yibashou-jiandu-qingdan',
      'jiangsu-san-ji-zeren-qingdan',
      'nantong-qingdan-liucheng-zhidu',
      'shanghai-san-zhang-qingdan',
    ]);
    for (const c of ids) {
      const item = page(DIST, `cases/${c}/index.html`)
        .querySelectorAll('[data-case-topics] li')
        .find((li) => li.querySelector('a')!.getAttribute('href')!.startsWith('/topics/zeren-qingdan/'))!;
      expect(item.querySelector('a')!.getAttribute('href'), c).toBe(`/topics/zeren-qingdan/#${encodeURIComponent('学习提示')}`);
      expect(item.textContent, c).toContain('另外4个案例');
    }
  });

  test('the case list shows the topic a tag leads to, and names each case’s topics on its card', () => {
    const list = page(DIST, 'cases/index.html');
    const hint = list.querySelector('[data-tag-topics="责任清单"]')!;
    expect(hint.querySelector('a')!.getAttribute('href')).toBe(`/topics/zeren-qingdan/#${encodeURIComponent('学习提示')}`);
    const card = list.querySelector('.case-card[data-case="nantong-qingdan-liucheng-zhidu"]')!;
    expect(card.querySelectorAll('.case-card__topics a').map((a) => a.textContent)).toEqual(expect.arrayContaining(['责任清单']));
  });
});

describe('the compare page', () => {
  let pf: NodePagefind;
  beforeAll(async () => {
    pf = await loadPagefind();
  });
  afterAll(async () => {
    await pf?.close();
  });

  test('is built with the data of every case and no search markup', () => {
    const root = page(DIST, 'cases/compare/index.html');
    expect(root.querySelector('h1')!.textContent).toBe('案例并排比较');
    expect(root.querySelector('[data-pagefind-body]')).toBeNull();
    const data = JSON.parse(root.querySelector('#case-compare-data')!.textContent) as { id: string; clauses: unknown[] }[];
    expect(data.map((d) => d.id).sort()).toEqual([...CASES].sort());
    for (const d of data) expect(d.clauses.length, d.id).toBeGreaterThan(0);
    expect(root.querySelector('[data-compare-needs]')!.textContent).toContain('脚本');
  });

  test('is never a search result', async () => {
    const all = await pf.search(null, {});
    const urls = await Promise.all(all.results.map(async (r) => (await r.data()).url));
    expect(urls.filter((u) => u.startsWith('/cases/'))).toHaveLength(CASES.length);
    expect(urls).not.toContain('/cases/compare/');
  });
});
