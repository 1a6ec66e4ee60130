#!/usr/bin/env node
// Takes screenshots of built pages for a human to look at: desktop, 375 px phone, dark mode,
// and a print PDF. Usage: node scripts/screenshot.mjs <outdir> <path> [<path> …]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { chromiumPath, launchArgs } from '../tests/support/browser.mjs';

const [out = '.tmp/shots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await serve({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
const views = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'phone', viewport: { width: 375, height: 800 }, colorScheme: 'light', isMobile: true, deviceScaleFactor: 2 },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
];
for (const path of paths.length ? paths : ['']) {
  const slug = path.replace(/[^a-z0-9]+/gi, '_') || 'home';
  for (const view of views) {
    const context = await browser.newContext(view);
    const page = await context.newPage();
    await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
    // Pages that render after load (search results) get a moment to settle.
    await page.waitForTimeout(Number(process.env.WAIT ?? 0));
    await page.screenshot({ path: join(out, `${slug}-${view.name}.png`), fullPage: process.env.FULL === '1' });
    if (view.name === 'desktop') await page.pdf({ path: join(out, `${slug}-print.pdf`), format: 'A4' });
    await context.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
