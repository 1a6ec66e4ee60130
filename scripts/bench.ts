/**
 * npm run bench — speed and size as measured facts, printed as one table with each budget next to
 * its figure (a miss is marked ✗). Budgets are checked here, never by timed assertions in tests.
 *
 * Sections (all by default; name some to run only those: `npm run bench -- search`):
 *   search  bytes transferred for the first query; median warm query time over 20 queries (Chromium)
 *
 * Reads the built site in dist/ (run `npm run build` first; `npm run bench` does).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { chromiumPath, launchArgs } from '../tests/support/browser.mjs';

interface Row {
  section: string;
  measure: string;
  value: string;
  budget: string;
  ok: boolean | null;
}

const rows: Row[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const WARM_QUERIES = [
  '责任清单',
  '谈心谈话',
  '问责',
  '政治生态',
  '一把手',
  '安阳',
  '民主生活会',
  '巡视巡察',
  '四责协同',
  '考核',
  '约谈',
  '模范机关',
  '政治生日',
  '87条',
  '灯下黑',
  '三会一课',
  '述责述廉',
  '宜兴',
  '第一责任人',
  '党建联络员',
];

async function benchSearch(dist: string) {
  const server = await serve({ root: dist, base: '/', port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}search/`, { waitUntil: 'networkidle' });
    let bytes = 0;
    let requests = 0;
    page.on('requestfinished', async (req) => {
      const sizes = await req.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      requests++;
    });
    await page.getByLabel('搜索词').fill('责任清单');
    await page.waitForFunction(() => /^找到\d+条结果/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    rows.push({
      section: 'search',
      measure: `first query (“责任清单”): bytes transferred, ${requests} requests`,
      value: kb(bytes),
      budget: '≤ 150 KB',
      ok: bytes <= 150 * 1024,
    });

    const times = await page.evaluate(async (queries) => {
      const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const out: number[] = [];
      for (const q of queries) {
        const t0 = performance.now();
        const r = await pf.search(q);
        await Promise.all(r.results.slice(0, 10).map((x: { data: () => Promise<unknown> }) => x.data()));
        out.push(performance.now() - t0);
      }
      return out;
    }, WARM_QUERIES);
    const sorted = [...times].sort((a, b) => a - b);
    const median = (sorted[9]! + sorted[10]!) / 2;
    rows.push({
      section: 'search',
      measure: `warm query, median of ${times.length} (search + first 10 results)`,
      value: `${median.toFixed(1)} ms`,
      budget: '—',
      ok: null,
    });
    rows.push({ section: 'search', measure: 'warm query, slowest', value: `${sorted.at(-1)!.toFixed(1)} ms`, budget: '—', ok: null });
  } finally {
    await browser.close();
    await server.close();
  }
}

function print() {
  const head = ['section', 'measure', 'value', 'budget', ''];
  const body = rows.map((r) => [r.section, r.measure, r.value, r.budget, r.ok === null ? '' : r.ok ? '✓' : '✗ MISS']);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((row) => [...row[i]!].length)));
  const line = (row: string[]) => `| ${row.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
  console.log([line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n'));
  const misses = rows.filter((r) => r.ok === false).length;
  console.log(misses ? `\n${misses} budget(s) missed.` : '\nAll budgets met.');
}

const only = process.argv.slice(2);
const want = (s: string) => !only.length || only.includes(s);
if (!existsSync('dist/pagefind/pagefind.js')) {
  console.error('bench: no built site with a search index in dist/ — run `npm run build` first.');
  process.exit(2);
}
if (want('search')) await benchSearch('dist');
print();
