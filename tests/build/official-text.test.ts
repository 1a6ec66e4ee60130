import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, officialText, page, requireDist, squash } from '../support/dist';
import { REGULATIONS, sourceUnits } from '../support/sources';

requireDist(DIST);

describe.each(REGULATIONS)('official text of $id', (reg) => {
  const units = sourceUnits(reg);
  const json = JSON.parse(readFileSync(join(DIST, 'data/regulations', `${reg.id}.json`), 'utf8')) as {
    units: { kind: string; id: string | null; number: number; anchor: string; text: string }[];
  };
  const jsonArticles = json.units.filter((u) => u.kind === (reg.kind === 'parts' ? 'part' : 'article'));

  test(`has ${reg.count} ${reg.kind === 'parts' ? 'parts' : 'articles'} in the source, the JSON and the pages`, () => {
    expect(units).toHaveLength(reg.count);
    expect(jsonArticles).toHaveLength(reg.count);
    expect(jsonArticles.map((u) => u.number)).toEqual(units.map((_, i) => i + 1));
  });

  test('every article page shows exactly the source text', () => {
    units.forEach((text, i) => {
      const root = page(DIST, `regulations/${reg.id}/${i + 1}/index.html`);
      expect(officialText(root), `${reg.id} article ${i + 1}`).toBe(squash(text));
    });
  });

  test('the JSON holds the same text for every article, and its 款/项 add up to it', () => {
    units.forEach((text, i) => {
      const article = jsonArticles[i]!;
      expect(squash(article.text), `${reg.id} article ${i + 1}`).toBe(squash(text));
      // 款 and 项 in the JSON's reading order, concatenated, give back the article.
      const pieces = json.units.filter((u) => u.id?.startsWith(`${article.id}.`));
      const head = reg.kind === 'parts' ? article.text.split('\n')[0]! : '';
      expect(squash(head + pieces.map((u) => u.text).join(''))).toBe(squash(text));
    });
  });

  test('the full-text page holds every article under its anchor', () => {
    const root = page(DIST, `regulations/${reg.id}/index.html`);
    units.forEach((text, i) => {
      const anchor = reg.kind === 'parts' ? `part-${i + 1}` : `art-${i + 1}`;
      const el = root.querySelector(`#${anchor}`);
      expect(el, anchor).not.toBeNull();
      const clone = el!.clone();
      expect(squash(clone.textContent)).toBe(squash(text));
    });
  });
});

test('the 2016 问责条例 says plainly that it was superseded and the current text is absent', () => {
  for (const file of ['regulations/wenze/index.html', 'regulations/wenze/6/index.html']) {
    const banner = page(DIST, file).querySelector('.status-banner');
    expect(banner, file).not.toBeNull();
    expect(banner!.textContent).toContain('已修订');
    expect(banner!.textContent).toContain('2019年修订');
    expect(banner!.textContent).toContain('未收录');
  }
  expect(page(DIST, 'regulations/zhuti-zeren/index.html').querySelector('.status-banner')).toBeNull();
});

test('item anchors carry their clause ids: 第七条第（三）项 is #art-7-1-3', () => {
  const el = page(DIST, 'regulations/zhuti-zeren/index.html').querySelector('#art-7-1-3');
  expect(el?.getAttribute('data-clause')).toBe('zhuti-zeren:7.1.3');
  expect(squash(el!.textContent)).toMatch(/^（三）/);
});
