/**
 * The content gates: check:sources (figures and quotations against the published sources) and
 * the Zod schemas (vocabulary, clause ids, required fields), on small made-up entries.
 */
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSources } from '../../scripts/check-sources';
import { caseSchema, interpretationSchema } from '../../src/schemas';

function site(caseFile: string) {
  const root = mkdtempSync(join(tmpdir(), 'kb-check-'));
  const content = join(root, 'content');
  const seeds = join(root, 'seeds');
  mkdirSync(join(content, 'regulations'), { recursive: true });
  mkdirSync(join(content, 'cases'), { recursive: true });
  mkdirSync(seeds);
  copyFileSync('content/regulations/zhuti-zeren.mdx', join(content, 'regulations', 'zhuti-zeren.mdx'));
  writeFileSync(join(seeds, 'README.md'), '| 007_test.txt | 测试 | 某报, 2024-05-01 | … |\n');
  writeFileSync(join(seeds, '007_test.txt'), '某市推行“双清单”制度，交办到78家单位，问责12人。\n');
  writeFileSync(join(content, 'cases', 'x.mdx'), caseFile);
  return checkSources(content, seeds);
}

const front = (figures: string, date = '2024-05-01') =>
  `---\ntitle: 测试\nsources:\n  - { seed: '007', publication: 某报, date: ${date}, title: 测试 }\nfigures:\n${figures}\n---\n`;

describe('check:sources', () => {
  test('a case whose figures and quotations are all in its seed passes', () => {
    const { problems, checked } = site(`${front("  - { value: '78', unit: '家', label: '单位' }")}\n“双清单”涉及的78家单位由某市逐一交办，落实“一岗双责”。\n`);
    expect(problems).toEqual([]);
    expect(checked).toMatchObject({ files: 1, figures: 1, quotes: 2 });
  });

  test('a figure that is not in the seed, and a number not among the figures, are caught with their lines', () => {
    const { problems } = site(`${front("  - { value: '79', unit: '家', label: '单位' }")}\n问责了12人。\n`);
    expect(problems.map((p) => p.reason)).toEqual(['figure 79家 occurs in no seed the case cites', "number 12 in the text is not one of the case's figures"]);
    expect(problems.map((p) => p.line)).toEqual([6, 9]);
  });

  test('a quotation found in neither the official text nor the seed is caught', () => {
    const { problems } = site(`${front('  []')}\n某市提出“三张清单一张网”。\n`);
    expect(problems).toEqual([expect.objectContaining({ line: 9, reason: expect.stringContaining('“三张清单一张网”') })]);
  });

  test('a source date that disagrees with the seeds README is caught', () => {
    const { problems } = site(front('  []', '2024-06-01'));
    expect(problems[0]!.reason).toContain('date 2024-06-01 is not the date in the seeds README');
  });
});

const interpretation = {
  regulation: 'zhuti-zeren',
  article: 11,
  title: '责任清单',
  summary: '本条规定责任清单。',
  subjects: ['党委（党组）'],
  points: ['一', '二', '三'].map((n) => `要点${n}。`),
};

describe('content schemas', () => {
  test('a valid interpretation passes', () => {
    expect(interpretationSchema.safeParse(interpretation).success).toBe(true);
  });

  test('a 责任主体 outside the vocabulary is rejected', () => {
    const r = interpretationSchema.safeParse({ ...interpretation, subjects: ['一把手'] });
    expect(r.success).toBe(false);
  });

  test('an article the regulation does not have is rejected with the reason', () => {
    const r = interpretationSchema.safeParse({ ...interpretation, article: 26 });
    expect(r.error?.issues[0]?.message).toContain('ends at 第二十五条');
  });

  test('a related clause that does not exist names the nearest valid clause', () => {
    const r = interpretationSchema.safeParse({ ...interpretation, related: ['zhuti-zeren:8.4'] });
    expect(r.error?.issues[0]?.message).toContain('nearest valid clause: zhuti-zeren:8');
  });

  test('ASCII quotes and half-width punctuation in Chinese text are rejected', () => {
    expect(interpretationSchema.safeParse({ ...interpretation, summary: '本条规定"责任清单"。' }).success).toBe(false);
    expect(interpretationSchema.safeParse({ ...interpretation, summary: '本条规定责任清单,简便易行。' }).success).toBe(false);
  });

  test('a case needs a source and a cited clause', () => {
    const base = {
      title: '测试案例',
      summary: '一个测试。',
      region: { province: '江苏省' },
      nature: '实践做法',
      subjects: ['纪检机关'],
      tags: ['问责'],
      clauses: ['zhuti-zeren:22'],
      sources: [{ publication: '某报', date: '2024-05-01', title: '测试' }],
    };
    expect(caseSchema.safeParse(base).success).toBe(true);
    expect(caseSchema.safeParse({ ...base, sources: [] }).success).toBe(false);
    expect(caseSchema.safeParse({ ...base, clauses: [] }).success).toBe(false);
    expect(caseSchema.safeParse({ ...base, clauses: ['zhuti-zeren:99'] }).success).toBe(false);
  });
});
