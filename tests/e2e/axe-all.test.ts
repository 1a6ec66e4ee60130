/**
 * Gate: axe (WCAG 2.1 A/AA and best practice) on every page of the built site, not a sample,
 * with no outside request and no console error on any of them.
 */
import { expect, test } from 'vitest';
import { htmlFiles } from '../support/dist';
import { axeViolations, useSite } from '../support/e2e';

const site = useSite();
const pages = htmlFiles('dist').map((f) => `/${f.replace(/index\.html$/, '')}`);

test(`every one of the built pages passes axe with no outside request or console error`, async () => {
  expect(pages.length).toBeGreaterThan(300);
  const problems: string[] = [];
  const queue = [...pages];
  // Each worker keeps one watched tab and walks its share of the pages in it.
  const worker = async () => {
    let watched: Awaited<ReturnType<typeof site.open>> | undefined;
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const seen = watched?.problems.length ?? 0;
      if (watched) await watched.page.goto(site.url(path));
      else watched = await site.open(path);
      for (const v of await axeViolations(watched.page)) problems.push(`${path}: ${v}`);
      if (!path.endsWith('404.html')) for (const p of watched.problems.slice(seen)) problems.push(`${path}: ${p}`);
    }
    await watched?.close();
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  expect(problems).toEqual([]);
  // A generous ceiling: 380 s on a quiet run here, past 600 s beside the build tests' HTML checker
  // on a busy machine.
}, 1_200_000);
