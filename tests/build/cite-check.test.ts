/**
 * 引文核验 in the built site: every article page links to it, the page embeds names and shapes
 * only (the texts come from /data/regulations/*.json when needed), and it is a tool, not content:
 * no search result leads to it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CheckData } from '../../src/lib/cite-check';
import { DIST, htmlFiles, page, requireDist } from '../support/dist';
import { loadPagefind, type NodePagefind } from '../support/pagefind-node';

requireDist(DIST);
const TOOL = 'tools/cite-check/index.html';
let pf: NodePagefind;
beforeAll(async () => {
  pf = await loadPagefind('dist');
});
afterAll(async () => {
  await pf?.close();
});

test('every article page, of every version, links to 核验引文', () => {
  const articles = htmlFiles(DIST).filter((f) => /^regulations\/[a-z-]+\/(v\d{4}\/)?\d+\/index\.html$/.test(f));
  expect(articles.length).toBeGreaterThan(600);
  const without = articles.filter(
    (f) =>
      !page(DIST, f)
        .querySelectorAll('a')
        .some((a) => a.textContent.trim() === '核验引文' && a.getAttribute('href') === '/tools/cite-check/'),
  );
  expect(without).toEqual([]);
});

test('the tool page embeds every version’s names and shape, a few kilobytes and no regulation text', () => {
  const json = page(DIST, TOOL).querySelector('#cite-check-data')!.textContent;
  const data = JSON.parse(json) as CheckData;
  expect(data.regulations.map((r) => r.id).sort()).toEqual(
    htmlFiles(DIST)
      .map((f) => /^regulations\/([a-z-]+)\/(?:v(\d{4})\/)?index\.html$/.exec(f))
      .filter((m) => m !== null)
      .map((m) => (m[2] ? `${m[1]}@${m[2]}` : m[1]!))
      .sort(),
  );
  expect(Object.keys(data.counterparts).sort()).toEqual(['jilv-chufen@2015', 'jilv-chufen@2018']);
  expect(json.length).toBeLessThan(24 * 1024);
  expect(json).not.toContain('不履行全面从严治党主体责任');
});

test('the tool page is not a search result: it has no search body and no query finds it', async () => {
  const html = readFileSync(`${DIST}/${TOOL}`, 'utf8');
  expect(html).not.toContain('data-pagefind-body');
  for (const q of ['引文核验', '核验', '粘贴处分决定']) {
    const { results } = await pf.search(q);
    const urls = (await Promise.all(results.map((r) => r.data()))).map((d) => d.url);
    expect(
      urls.filter((u) => u.includes('/tools/')),
      q,
    ).toEqual([]);
  }
});
