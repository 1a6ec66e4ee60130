/**
 * One built site, served once per test file; one Chromium. Every page a test opens is watched:
 * a request to anything but this server, a failed response or a console error fails the test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { chromiumPath, launchArgs } from './browser.mjs';
import { UI_WAIT_MS } from './wait';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Site {
  url: (path: string) => string;
  open: (path: string, options?: BrowserContextOptions) => Promise<WatchedPage>;
}

export interface WatchedPage {
  page: Page;
  /** Problems seen so far: external requests, failed responses, console errors. */
  problems: string[];
  close: () => Promise<void>;
}

export function useSite({ root = 'dist', base = '/' } = {}): Site {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await serve({ root, base, port: 0 });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const url = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;
  return {
    url,
    async open(path, options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      page.setDefaultTimeout(UI_WAIT_MS);
      const problems: string[] = [];
      const origin = new URL(server.url).origin;
      page.on('request', (req) => {
        const u = req.url();
        if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`external request: ${u}`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400 && !res.url().endsWith('/does-not-exist/')) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      page.on('console', (msg) => {
        // The not-found test asks for a missing page on purpose; its own 404 is expected.
        if (msg.type() === 'error' && !msg.location().url.endsWith('/does-not-exist/')) problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      await page.goto(url(path));
      return { page, problems, close: () => context.close() };
    },
  };
}

/** Runs axe (WCAG 2.x A and AA) on the page and returns one line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
  // govern (an injected <script> tag would be blocked, as it should be).
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
  });
  return result as string[];
}

export function expectClean(watched: WatchedPage) {
  expect(watched.problems).toEqual([]);
}
