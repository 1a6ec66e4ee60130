import { defineConfig } from 'vitest/config';

// Three layers, run in this order by `npm test` (scripts/test.sh):
//   unit  — pure src/lib code, no build needed
//   build — assertions on the built dist/ (and dist-kb/, built under the /kb/ base path)
//   e2e   — Chromium (system binary) against the built site served on localhost
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } },
    ],
  },
});
