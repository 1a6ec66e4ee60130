/** Content dates are calendar days, checked as written (before YAML can roll them over). */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { badDates, isCalendarDate } from '../../src/lib/dates';
import { dateProblems, readContent } from '../../src/plugins/content-check';

describe('calendar dates', () => {
  test.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2020-02-30', false],
    ['2020-04-31', false],
    ['2020-03-09', true],
  ])('%s is a calendar date: %s', (iso, ok) => {
    expect(isCalendarDate(iso)).toBe(ok);
  });

  test('a frontmatter date of month 13 or 30 February is found with its line', () => {
    const file =
      "---\ntitle: 测试\ndates:\n  published: 2020-13-09\nsources:\n  - { seed: '003', date: 2025-02-30, title: 测试 }\n---\n正文 2020-99-99 不查。\n";
    expect(badDates(file)).toEqual([
      { line: 4, value: '2020-13-09' },
      { line: 6, value: '2025-02-30' },
    ]);
  });

  test('the build stops at an impossible date, naming file and line', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-dates-'));
    mkdirSync(join(root, 'cases'), { recursive: true });
    writeFileSync(join(root, 'cases', 'x.mdx'), "---\ntitle: 测试\nsources:\n  - { seed: '003', date: 2025-02-30, title: 测试 }\n---\n");
    expect(dateProblems(readContent(root))).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/cases[\\/]x\.mdx$/),
        line: 4,
        reason: expect.stringContaining('2025-02-30 is not a calendar date'),
      }),
    ]);
  });
});
