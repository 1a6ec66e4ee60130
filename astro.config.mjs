// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkRegulation from './src/plugins/remark-regulation.ts';
import remarkContent, { contentReport, summariseReport } from './src/plugins/remark-content.ts';
import pagefind from './src/plugins/pagefind.ts';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

// The reader's text size and contrast are applied by an inline script before the first paint
// (src/layouts/Base.astro); the policy allows that one script by the hash of its exact text.
const readerPrefsEarly = readFileSync(new URL('./src/scripts/reader-prefs-early.js', import.meta.url), 'utf8');
const readerPrefsHash = `sha256-${createHash('sha256').update(readerPrefsEarly).digest('base64')}`;

// The site must work under any base path on an intranet server: set BASE_PATH=/kb/ at build
// time (see README, "Deploying under a sub-path"). Internal links go through src/lib/url.ts.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm, remarkRegulation, [remarkContent, { base }]] }),
  },
  integrations: [
    mdx(),
    {
      name: 'citation-summary',
      hooks: {
        'astro:build:done': ({ logger }) => logger.info(summariseReport(contentReport.values())),
      },
    },
    pagefind(),
  ],
  devToolbar: { enabled: false },
  // Content-Security-Policy as a <meta> on every page: Astro hashes its own scripts and styles;
  // nothing inline is allowed beyond those hashes. Pagefind needs WebAssembly ('wasm-unsafe-eval')
  // and fetches its index from this server (connect-src 'self').
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [/** @type {`sha256-${string}`} */ (readerPrefsHash)] },
    },
  },
});
