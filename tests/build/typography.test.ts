/**
 * Chinese typography on every built page, as rendered (src/lib/typography.ts): newspaper and journal
 * names in 《》, no ASCII space after full-width punctuation, 顿号 between quoted coordinate items.
 * The official texts are checked too: they must not need an exception.
 */
import { describe, expect, test } from 'vitest';
import type { HTMLElement, Node } from 'node-html-parser';
import { typographyProblems } from '../../src/lib/typography';
import { DIST, htmlFiles, page, requireDist } from '../support/dist';

requireDist(DIST);

const BLOCK = new Set(
  'address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul legend label option select button'.split(
    ' ',
  ),
);
const SKIP = new Set(['script', 'style', 'template', 'svg', 'noscript']);

/** Runs of inline text: block elements break a run, as they do on screen. */
function inlineRuns(root: HTMLElement): string[] {
  const runs: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) runs.push(current);
    current = '';
  };
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      current += n.textContent;
      return;
    }
    const el = n as HTMLElement;
    const tag = el.rawTagName?.toLowerCase();
    if (tag && SKIP.has(tag)) return;
    const block = !tag || BLOCK.has(tag);
    if (block) flush();
    for (const c of el.childNodes) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return runs;
}

const pages = htmlFiles(DIST).filter((f) => !f.startsWith('pagefind'));

describe('typography on the built site', () => {
  test('the check sees the problems it looks for', () => {
    expect(typographyProblems('据人民日报报道。两张清单。 安阳“甲”“乙”').map((p) => p.rule)).toEqual([
      'bare-periodical',
      'space-after-full-width',
      'quoted-items-without-dunhao',
    ]);
    expect(typographyProblems('据《人民日报》报道，“甲”、“乙”。安阳')).toEqual([]);
  });

  test('no page has a bare newspaper name, a space after full-width punctuation or quoted items without 顿号', () => {
    expect(pages.length).toBeGreaterThan(200);
    const found: string[] = [];
    for (const file of pages) {
      const body = page(DIST, file).querySelector('body')!;
      for (const run of inlineRuns(body)) for (const p of typographyProblems(run)) found.push(`${file}: ${p.rule}: …${p.excerpt}…`);
    }
    expect(found).toEqual([]);
  });
});
