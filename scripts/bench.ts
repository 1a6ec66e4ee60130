/**
 * npm run bench — speed and size as measured facts, printed as one table with each budget next to
 * its figure (a miss is marked ✗ MISS). Budgets are checked here, never by timed assertions in tests.
 *
 * Sections (all by default; name some to run only those: `npm run bench -- pages search`):
 *   build       the real site (1×) and synthetic sites at 10× and 100× the content
 *               (scripts/gen-fixtures.ts): pages, build seconds, ms per page, peak memory, dist/
 *               and index size, and each index design's search cost; `--scale 400` (or any
 *               list, `--scale 1,10,100,400`) runs this section at those scales only
 *   pages       per page type: gzipped HTML, CSS and JS loaded before interaction (Chromium)
 *   search      bytes transferred for the first query; median warm query time over 20 queries
 *   designs     the same for each index design of scripts/bench-index.ts, on the real site (the
 *               build section measures them at each scale)
 *   lighthouse  Lighthouse scores on the six page types, mobile emulation, system Chromium
 *   cite-check  the 引文核验 page: its JS before the reader types (gzipped), and the time to check
 *               a 20,000-character draft with 300 citations in Chromium (median of 9 runs)
 *   scaled      (only when named) the site's index at 400× from the 100× build's records, four
 *               times over: the search's cost at a scale whose build does not fit in memory here
 *
 * `pages`, `search`, `lighthouse` and `cite-check` read the built site in dist/ (`npm run bench` builds it).
 * BENCH_SCALES=1,10 limits the build section's scales; BENCH_DIST=<dir> measures another build
 * (with BENCH_SITE=<its project dir> for `designs`, whose other index reads that project's content).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { generateSite } from './gen-fixtures.ts';
import { buildIndexDesign, buildScaledIndex, siteWithIndex, type Design } from './bench-index.ts';
import { chromiumPath, launchArgs } from '../tests/support/browser.mjs';

interface Row {
  section: string;
  measure: string;
  value: string;
  budget: string;
  ok: boolean | null;
}

const rows: Row[] = [];
/** A figure for the table; also printed as it is measured, so a long run shows its progress. */
function add(row: Row) {
  rows.push(row);
  console.error(`bench: ${row.measure}: ${row.value}${row.ok === false ? ' ✗ MISS' : ''}`);
}
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

/** Search budgets by scale (issue 14): the first query, and the warm query's median. */
const firstQueryKb = (scale: number) => (scale >= 400 ? 250 : 150);
const warmMs = (scale: number): number | undefined => (scale === 1 ? 30 : scale === 100 ? 60 : undefined);

async function benchSearch(dist: string, tag = '', scale = 1) {
  const server = await serve({ root: dist, base: '/', port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
  try {
    const page = await (await browser.newContext()).newPage();
    // Everything the search costs, from opening the page: the index starts loading when the box
    // gets focus, which on /search/ is on arrival.
    let bytes = 0;
    let requests = 0;
    const sized: Promise<void>[] = [];
    page.on('requestfinished', (req) => {
      if (!req.url().includes('/pagefind/')) return;
      sized.push(
        req.sizes().then((sizes) => {
          bytes += sizes.responseBodySize + sizes.responseHeadersSize;
          requests++;
        }),
      );
    });
    await page.goto(`${server.url}search/`, { waitUntil: 'networkidle' });
    await page.getByLabel('搜索词').fill('责任清单');
    await page.waitForFunction(() => /找到\d+条结果/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    await Promise.all(sized);
    add({
      section: 'search',
      measure: `${tag}first query (“责任清单”): bytes transferred, ${requests} requests`,
      value: kb(bytes),
      budget: `≤ ${firstQueryKb(scale)} KB`,
      ok: bytes <= firstQueryKb(scale) * 1024,
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
    add({
      section: 'search',
      measure: `${tag}warm query, median of ${times.length} (search + first 10 results)`,
      value: `${median.toFixed(1)} ms`,
      budget: warmMs(scale) ? `≤ ${warmMs(scale)} ms` : '—',
      ok: warmMs(scale) ? median <= warmMs(scale)! : null,
    });
    add({ section: 'search', measure: `${tag}warm query, slowest`, value: `${sorted.at(-1)!.toFixed(1)} ms`, budget: '—', ok: null });

    // The page's own search, as a reader gets it: from Enter to the results on screen (the
    // query, its variants, each kind's best, the texts opened into articles, the last ordering).
    const shown: number[] = [];
    for (const q of WARM_QUERIES) {
      shown.push(
        await page.evaluate(async (query) => {
          const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
          const status = document.querySelector('[data-search-status]')!;
          input.value = query;
          const t0 = performance.now();
          document.querySelector<HTMLFormElement>('[data-search-form]')!.requestSubmit();
          await new Promise<void>((done) => {
            const check = () => (/找到/.test(status.textContent ?? '') && status.textContent!.includes(`“${query}”`) ? done() : requestAnimationFrame(check));
            check();
          });
          return performance.now() - t0;
        }, q),
      );
    }
    const byTime = [...shown].sort((a, b) => a - b);
    add({
      section: 'search',
      measure: `${tag}the search page, warm: Enter to results on screen, median of ${shown.length}`,
      value: `${((byTime[9]! + byTime[10]!) / 2).toFixed(1)} ms`,
      budget: '—',
      ok: null,
    });
    add({ section: 'search', measure: `${tag}the search page, warm: slowest`, value: `${byTime.at(-1)!.toFixed(1)} ms`, budget: '—', ok: null });
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The index designs of scripts/bench-index.ts side by side on one built site: the site's own
 * (`per part`), `per page`, `per text` and `per chapter`, each measured by the same first query and warm queries.
 */
async function benchDesigns(siteDir: string, dist: string, tag: string, scale = 1) {
  const records = (d: string) =>
    Object.values((JSON.parse(readFileSync(join(d, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages).reduce(
      (n, l) => n + l.page_count,
      0,
    );
  add({
    section: 'search',
    measure: `${tag}per part (the site's): records indexed (texts or their parts, cases, topics, terms; historical texts apart)`,
    value: `${records(join(dist, 'pagefind'))} + ${existsSync(join(dist, 'pagefind-history')) ? records(join(dist, 'pagefind-history')) : 0}`,
    budget: '—',
    ok: null,
  });
  await benchSearch(dist, `${tag}per part (the site's): `, scale);
  for (const design of ['per page', 'per text', 'per chapter'] as Design[]) {
    if (design === 'per page' && scale > 100) {
      // Its start-up metadata alone grows ~9 bytes a page: already over budget at 100×.
      add({ section: 'search', measure: `${tag}per page: not built above 100× (grows with the page count)`, value: '—', budget: '—', ok: null });
      continue;
    }
    const work = resolve('.tmp/bench/designs', `${tag.replace(/\W+/g, '') || 'x1'}-${design.replace(' ', '-')}`);
    const started = performance.now();
    const { records } = await buildIndexDesign(siteDir, dist, join(work, 'pagefind'), design);
    const seconds = (performance.now() - started) / 1000;
    add({
      section: 'search',
      measure: `${tag}${design}: records indexed (index built in ${seconds.toFixed(1)} s)`,
      value: String(records),
      budget: '—',
      ok: null,
    });
    add({ section: 'search', measure: `${tag}${design}: index size`, value: mb(dirBytes(join(work, 'pagefind'))), budget: '—', ok: null });
    await benchSearch(siteWithIndex(dist, join(work, 'pagefind'), join(work, 'site')), `${tag}${design}: `, scale);
  }
}

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    const st = statSync(p);
    return n + (st.isDirectory() ? dirBytes(p) : st.size);
  }, 0);
}
const countHtml = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, d) => n + (d.isDirectory() ? countHtml(join(dir, d.name)) : d.name.endsWith('.html') ? 1 : 0), 0);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * `scaled`: the search at 400× without building 400× the pages (that build does not fit in this
 * machine's 23 GB: Astro passed 20 GB before it wrote a page), from the 100× build of the build
 * section: its text records and cases four times over, served beside its pages.
 */
async function benchScaled(factor = 4, from = resolve('.tmp/bench/x100')) {
  if (!existsSync(join(from, 'dist'))) throw new Error(`bench: no build in ${from}: run \`npm run bench -- --scale 100\` first`);
  const work = resolve('.tmp/bench/scaled');
  const started = performance.now();
  const { records } = await buildScaledIndex(from, join(from, 'dist'), join(work, 'pagefind'), factor);
  const tag = `${factor * 100}× (index only: ${factor} × the 100× texts and cases) `;
  add({
    section: 'search',
    measure: `${tag}per part (the site's): records indexed (index built in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    value: String(records),
    budget: '—',
    ok: null,
  });
  add({ section: 'search', measure: `${tag}per part: index size`, value: mb(dirBytes(join(work, 'pagefind'))), budget: '—', ok: null });
  await benchSearch(siteWithIndex(join(from, 'dist'), join(work, 'pagefind'), join(work, 'site')), `${tag}per part (the site's): `, factor * 100);
}

async function benchBuild() {
  const at = process.argv.indexOf('--scale');
  const scales = (at > 0 ? process.argv[at + 1]! : (process.env.BENCH_SCALES ?? '1,10,100')).split(',').map(Number);
  const perPage = new Map<number, number>();
  for (const scale of scales) {
    const dir = resolve(`.tmp/bench/x${scale}`);
    const counts = generateSite(dir, scale);
    const started = performance.now();
    // Peak memory: GNU time's maximum resident set size of the build, where the machine has it.
    const timeFile = join(dir, 'build-time.txt');
    const measured = existsSync('/usr/bin/time');
    try {
      // This Node (24, from the `node` devDependency) runs Astro, whatever node is first on PATH.
      const astro = [process.execPath, resolve('node_modules/astro/bin/astro.mjs'), 'build'];
      const [cmd, ...args] = measured ? ['/usr/bin/time', '-f', '%M', '-o', timeFile, ...astro] : astro;
      execFileSync(cmd!, args, {
        cwd: dir,
        stdio: 'pipe',
        maxBuffer: 1 << 28,
        env: { ...process.env, BASE_PATH: '/', OUT_DIR: './dist' },
      });
    } catch (e) {
      const err = e as { stdout?: Buffer; stderr?: Buffer };
      console.error(`bench: the ${scale}× build failed:\n${String(err.stderr ?? '').slice(-3000)}\n${String(err.stdout ?? '').slice(-3000)}`);
      throw e;
    }
    const seconds = (performance.now() - started) / 1000;
    // This build's text records, kept beside it (the shared cache holds only the last build's).
    cpSync(resolve('node_modules/.astro/search-records'), join(dir, 'search-records'), { recursive: true });
    const pages = countHtml(join(dir, 'dist'));
    const ms = (seconds * 1000) / pages;
    perPage.set(scale, ms);
    const tag = `${scale}×`;
    add({
      section: 'build',
      measure: `${tag} content: ${counts.regulations} regulations, ${counts.interpretations} 解读, ${counts.cases} cases → pages`,
      value: String(pages),
      budget: '—',
      ok: null,
    });
    add({ section: 'build', measure: `${tag} build time (astro build, with search index)`, value: `${seconds.toFixed(1)} s`, budget: '—', ok: null });
    const peakKb = measured ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) : NaN;
    const peakBudget = scale === 400 ? 8 * 1024 * 1024 : undefined;
    add({
      section: 'build',
      measure: `${tag} peak memory of the build (max RSS)`,
      value: Number.isFinite(peakKb) ? `${(peakKb / 1024 / 1024).toFixed(2)} GB` : 'not measured (no /usr/bin/time)',
      budget: peakBudget ? '≤ 8 GB' : '—',
      ok: peakBudget && Number.isFinite(peakKb) ? peakKb <= peakBudget : null,
    });
    // 1×: no worse than 10 % over the 25.6 ms measured before the versions came (2026-12-01).
    const budget = scale === 100 ? '≤ 15 ms' : scale === 1 ? '≤ 28.2 ms' : '—';
    const within = scale === 100 ? ms <= 15 : scale === 1 ? ms <= 28.2 : null;
    add({ section: 'build', measure: `${tag} ms per page`, value: `${ms.toFixed(1)} ms`, budget, ok: within });
    add({ section: 'build', measure: `${tag} dist/ size`, value: mb(dirBytes(join(dir, 'dist'))), budget: '—', ok: null });
    add({
      section: 'build',
      measure: `${tag} Pagefind index size (everyday + historical texts)`,
      value: `${mb(dirBytes(join(dir, 'dist', 'pagefind')))} + ${mb(dirBytes(join(dir, 'dist', 'pagefind-history')))}`,
      budget: '—',
      ok: null,
    });
    await benchDesigns(dir, join(dir, 'dist'), `${tag} `, scale);
  }
  for (const big of [100, 400]) {
    if (!perPage.has(1) || !perPage.has(big)) continue;
    const ratio = perPage.get(big)! / perPage.get(1)!;
    add({ section: 'build', measure: `ms per page at ${big}× ÷ at 1×`, value: ratio.toFixed(2), budget: '≤ 1.5', ok: ratio <= 1.5 });
  }
}

/** The six page types, as a reader first opens them. */
const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['full text', '/regulations/zhuti-zeren/'],
  ['article', '/regulations/zhuti-zeren/8/'],
  ['case', '/cases/anyang-shuang-qingdan-shuang-jiaoban/'],
  ['search', '/search/'],
  ['study', '/study/shuji/'],
  ['historical article', '/regulations/jilv-chufen/v2018/67/'],
  ['comparison', '/regulations/jilv-chufen/compare/2018-2023/'],
];

/** JS before interaction, gzipped: article pages of any version 5 KB, the 对照表 10 KB. */
const JS_BUDGET: Record<string, number> = { article: 5, 'historical article': 5, comparison: 10 };

async function benchPages(dist: string) {
  const server = await serve({ root: dist, base: '/', port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
  try {
    for (const [name, path] of PAGE_TYPES) {
      const page = await (await browser.newContext()).newPage();
      const bytes = { html: 0, css: 0, js: 0 };
      const pending: Promise<void>[] = [];
      page.on('requestfinished', (req) => {
        pending.push(
          (async () => {
            const sizes = await req.sizes();
            const type = req.resourceType();
            const n = sizes.responseBodySize; // gzipped body bytes, as the budgets count them
            if (type === 'document') bytes.html += n;
            else if (type === 'stylesheet') bytes.css += n;
            else if (type === 'script') bytes.js += n;
          })(),
        );
      });
      await page.goto(`${server.url}${path.slice(1)}`, { waitUntil: 'load' });
      await Promise.all(pending);
      // Scripts and styles Astro inlines count at their gzipped size (they travel inside the HTML).
      const inline = await page.evaluate(() => ({
        js: [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].map((s) => s.textContent).join('\n'),
        css: [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n'),
      }));
      const gz = (text: string) => (text ? gzipSync(text).length : 0);
      const jsTotal = bytes.js + gz(inline.js);
      const cssTotal = bytes.css + gz(inline.css);
      const article = name === 'article';
      const jsBudget = JS_BUDGET[name];
      add({ section: 'pages', measure: `${name} (${path}): HTML gz`, value: kb(bytes.html), budget: '—', ok: null });
      add({
        section: 'pages',
        measure: `${name}: CSS gz before interaction`,
        value: kb(cssTotal),
        budget: article ? '≤ 10 KB' : '—',
        ok: article ? cssTotal <= 10 * 1024 : null,
      });
      add({
        section: 'pages',
        measure: `${name}: JS gz before interaction`,
        value: kb(jsTotal),
        budget: jsBudget ? `≤ ${jsBudget} KB` : '—',
        ok: jsBudget ? jsTotal <= jsBudget * 1024 : null,
      });
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

async function benchLighthouse(dist: string) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const server = await serve({ root: dist, base: '/', port: 0 });
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...launchArgs] });
  try {
    for (const [name, path] of PAGE_TYPES) {
      const result = await lighthouse(`${server.url}${path.slice(1)}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const cats = result!.lhr.categories;
      const score = (k: string) => Math.round((cats[k]?.score ?? 0) * 100);
      const [perf, a11y, bp, seo] = ['performance', 'accessibility', 'best-practices', 'seo'].map(score) as [number, number, number, number];
      const ok = perf >= 98 && a11y === 100 && bp === 100 && seo === 100;
      add({
        section: 'lighthouse',
        measure: `${name}: performance / a11y / best practices / SEO (mobile)`,
        value: `${perf} / ${a11y} / ${bp} / ${seo}`,
        budget: '≥98 / 100 / 100 / 100',
        ok,
      });
      if (!ok) {
        const failing = Object.values(result!.lhr.audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              a.scoreDisplayMode !== 'informative' &&
              a.scoreDisplayMode !== 'notApplicable' &&
              a.scoreDisplayMode !== 'manual',
          )
          .map((a) => a.id)
          .slice(0, 6);
        console.log(`lighthouse ${name}: below target on ${failing.join(', ')}`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
}

/**
 * Section `workspace` (issue 17): the 民主生活会 workspace's JS before interaction (≤ 10 KB gz), and
 * what the Word export loads on demand (the docx chunk), as the browser fetches them.
 */
async function benchWorkspace(dist: string) {
  const server = await serve({ root: dist, base: '/', port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    let phase: 'load' | 'export' = 'load';
    const js = { load: 0, export: 0 };
    const pending: Promise<void>[] = [];
    context.on('requestfinished', (req) => {
      const at = phase;
      // The Word export runs in a worker: its script and the docx chunk count as well.
      if (req.resourceType() === 'script' || (at === 'export' && req.url().endsWith('.js')))
        pending.push(req.sizes().then((s) => void (js[at] += s.responseBodySize)));
    });
    await page.goto(`${server.url}study/workspace/`, { waitUntil: 'load' });
    await Promise.all(pending);
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].map((s) => s.textContent).join('\n'),
    );
    const before = js.load + (inline ? gzipSync(inline).length : 0);
    phase = 'export';
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word 文档' }).click()]);
    await Promise.all(pending);
    add({
      section: 'workspace',
      measure: 'workspace (/study/workspace/): JS gz before interaction',
      value: `${kb(before)} (${before} B)`,
      budget: '≤ 10 KB',
      ok: before <= 10 * 1024,
    });
    // The worker's own fetches are not all reported to the page: measure its chunk on disk as well.
    const worker = readdirSync(join(dist, '_astro')).filter((f) => f.startsWith('workspace-docx-worker'));
    const onDisk = worker.reduce((n, f) => n + gzipSync(readFileSync(join(dist, '_astro', f))).length, 0);
    add({
      section: 'workspace',
      measure: 'workspace: JS gz loaded on Word export (docx, in a worker)',
      value: kb(Math.max(js.export, onDisk)),
      budget: '—',
      ok: null,
    });
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---- 引文核验 (issue 16): the page's JS before typing, and one check of a long draft ----

/** Budgets of the 引文核验 page: JS before the reader types, and one check of the long draft. */
const CITE_JS_KB = 35;
const CITE_CHECK_MS = 100;

/**
 * A 20,000-character draft with 300 citations, written as 处分决定 and reports cite: full names,
 * short names after them, versions by year, bare articles, colloquial 款, a few that do not exist.
 */
export function citeBenchDraft(citations = 300, length = 20_000): string {
  const cited = [
    '《中国共产党纪律处分条例》第七十四条',
    '《条例》第十七条',
    '2018年《条例》第六十七条',
    '《规定》第七条第三款',
    '《党委（党组）落实全面从严治党主体责任规定》第十一条',
    '《规定》第二十六条',
    '《中国共产党问责条例》第六条',
    '《纪委工作条例》第三十五条',
  ];
  const filler = '经研究，有关党组织应当对照要求逐项整改，明确责任人和完成时限，按期报告整改落实情况，';
  const per = Math.floor(length / citations);
  const out: string[] = [];
  for (let i = 0; i < citations; i++) {
    const c = cited[i % cited.length]!;
    const sentence = `依据${c}，${filler.repeat(3)}`.slice(0, per - 2);
    out.push(`${sentence}。${i % 10 === 9 ? '\n' : ''}`);
  }
  return out.join('').padEnd(length, '整改。');
}

async function benchCiteCheck(dist: string) {
  const server = await serve({ root: dist, base: '/', port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
  try {
    const page = await (await browser.newContext()).newPage();
    let js = 0;
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (req) => {
      if (req.resourceType() !== 'script') return;
      pending.push(req.sizes().then((sizes) => void (js += sizes.responseBodySize)));
    });
    await page.goto(`${server.url}tools/cite-check/`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].map((s) => s.textContent).join('\n'),
    );
    js += inline ? gzipSync(inline).length : 0;
    add({
      section: 'cite-check',
      measure: '引文核验 (/tools/cite-check/): JS gz before the reader types',
      value: kb(js),
      budget: `≤ ${CITE_JS_KB} KB`,
      ok: js <= CITE_JS_KB * 1024,
    });

    const draft = citeBenchDraft();
    await page.locator('[data-cc-draft]').fill(draft);
    // Each 核验 checks the whole draft and renders the marks and the list; the page's script
    // measures that as `cite-check` (performance.measure). Nine runs, after a warm-up.
    const times = await page.evaluate(async (runs) => {
      const form = document.querySelector<HTMLFormElement>('[data-cc-form]')!;
      const out: [number, number][] = [];
      for (let i = 0; i <= runs; i++) {
        performance.clearMeasures();
        form.requestSubmit();
        const [all] = performance.getEntriesByName('cite-check', 'measure');
        const [read] = performance.getEntriesByName('cite-check:read', 'measure');
        if (i > 0 && all && read) out.push([all.duration, read.duration]);
        await new Promise((r) => setTimeout(r, 50));
      }
      return out;
    }, 9);
    const found = await page.locator('[data-cc-list] > li').count();
    const sorted = times.map((t) => t[0]).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const reading = times.map((t) => t[1]).sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    add({
      section: 'cite-check',
      measure: `check a ${draft.length.toLocaleString('en')}-character draft, ${found} citations found (check + render), median of ${times.length}`,
      value: `${median.toFixed(1)} ms`,
      budget: `≤ ${CITE_CHECK_MS} ms`,
      ok: times.length === 9 && found === 300 && median <= CITE_CHECK_MS,
    });
    add({
      section: 'cite-check',
      measure: 'of which reading the citations (src/lib/cite-check.ts), median',
      value: `${reading.toFixed(1)} ms`,
      budget: '—',
      ok: null,
    });
    add({ section: 'cite-check', measure: 'check of the same draft, slowest', value: `${sorted.at(-1)!.toFixed(1)} ms`, budget: '—', ok: null });
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

const DIST = process.env.BENCH_DIST ?? 'dist';
// `--scale 1,400` runs the build section at those scales only (400× is opt-in: it is long).
const scaleArg = process.argv.indexOf('--scale');
const only = scaleArg > 0 ? ['build'] : process.argv.slice(2);
const want = (s: string) => !only.length || only.includes(s);
const needsDist = ['pages', 'search', 'designs', 'lighthouse', 'cite-check'].some(want);
if (needsDist && !existsSync(join(DIST, 'pagefind/pagefind.js'))) {
  console.error('bench: no built site with a search index in dist/ — run `npm run build` first.');
  process.exit(2);
}
if (want('pages')) await benchPages(DIST);
if (want('search')) await benchSearch(DIST);
if (want('designs')) await benchDesigns(process.env.BENCH_SITE ?? '.', DIST, process.env.BENCH_SITE ? `${process.env.BENCH_SITE} ` : '1× ');
if (want('lighthouse')) await benchLighthouse(DIST);
if (want('cite-check')) await benchCiteCheck(DIST);
if (want('workspace')) await benchWorkspace(DIST);
if (want('build')) await benchBuild();
if (only.includes('scaled')) await benchScaled();
print();
