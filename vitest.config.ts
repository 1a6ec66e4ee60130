import { defineConfig } from 'vitest/config';
import { UI_WAIT_MS } from './tests/support/wait.ts';

// Three layers, run in this order by `npm test` (scripts/test.sh):
//   unit  — pure src/lib code, no build needed
//   build — assertions on the built dist/ (and dist-kb/, built under the /kb/ base path)
//   e2e   — Chromium (system binary) against the built site served on localhost
export default defineConfig({
  test: {
    projects: [
      // Generous: the first test to load the site index reads all content, on a machine that may be busy.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000, expect: { requireAssertions: true } } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000, expect: { requireAssertions: true } } },
      // One explicit ceiling for asynchronous UI in browser tests (tests/support/wait.ts).
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          expect: { requireAssertions: true, poll: { timeout: UI_WAIT_MS, interval: 100 } },
        },
      },
    ],
  },
});
