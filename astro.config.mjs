// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkRegulation from './src/plugins/remark-regulation.ts';
import remarkContent, { contentReport, summariseReport } from './src/plugins/remark-content.ts';
import pagefind from './src/plugins/pagefind.ts';

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
});
