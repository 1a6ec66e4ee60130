/**
 * The one ceiling for asynchronous UI in browser tests: Playwright actions and waits, and
 * expect.poll (set in vitest.config.ts). Generous, so a test passes on a busy machine too; a wait
 * that succeeds returns at once, so the ceiling costs nothing when all is well.
 */
export const UI_WAIT_MS = 15_000;
