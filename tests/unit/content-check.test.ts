/**
 * Bad content fails the build at the first load of the site index, each problem named by file and
 * line: one made-up site per class of mistake, built on a real regulation.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fieldLine } from '../../src/plugins/content-check';
import { loadSiteIndex } from '../../src/plugins/site-index';

const REG = readFileSync('content/regulations/zhuti-zeren.mdx', 'utf8');

/** A site with the 主体责任规定 and the given files (paths under content/); returns a loader. */
function site(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'kb-content-'));
  const content = join(root, 'content');
  const shared = join(root, 'shared');
  mkdirSync(join(shared, 'sources'), { recursive: true });
  mkdirSync(join(shared, 'seeds'));
  copyFileSync('../shared/sources/zhuti-zeren-2020.md', join(shared, 'sources', 'zhuti-zeren-2020.md'));
  writeFileSync(join(shared, 'seeds', '007_test.txt'), '某市推行“双清单”制度。\n');
  for (const [path, text] of Object.entries({ 'regulations/zhuti-zeren.mdx': REG, ...files })) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  return () => loadSiteIndex(content, shared);
}

/** The message the build stops with (the file named relative to the working directory). */
function failure(load: () => unknown): string {
  try {
    load();
  } catch (e) {
    return (e as Error).message.replace(/\S*kb-content-[^/]+\//g, '');
  }
  return 'it loaded';
}

const term = (t: string, extra = '') => `---\nterm: ${t}\ncategory: 责任体系\n${extra}---\n\n释义。\n`;
const topic = (extra: string) =>
  `---\ntitle: 测试专题\nsummary: 测试。\norder: 1\nsubjects: [党委（党组）]\nreadings:\n  - { clause: zhuti-zeren:3, note: 读。 }\n${extra}questions: [一？, 二？, 三？]\n---\n`;

describe('bad content fails with file and line', () => {
  test('the real regulation alone loads', () => {
    expect(site({})().regulations.map((r) => r.id)).toEqual(['zhuti-zeren']);
  });

  test('an impossible date in any collection', () => {
    const load = site({ 'cases/x.mdx': "---\ntitle: 测试\nsources:\n  - { seed: '007', date: 2025-02-30, title: 测试 }\n---\n" });
    expect(failure(load)).toContain('content/cases/x.mdx:4: 2025-02-30 is not a calendar date');
  });

  test('an out-of-order article names the regulation file and the line', () => {
    const lines = REG.split('\n');
    const at = lines.findIndex((l) => l.startsWith('第六条'));
    lines[at] = lines[at]!.replace('第六条', '第九条');
    const load = site({ 'regulations/zhuti-zeren.mdx': lines.join('\n') });
    expect(failure(load)).toContain(`content/regulations/zhuti-zeren.mdx:${at + 1}: article 第九条 (9) out of order: expected 6 after 5`);
  });

  test('a clause id in frontmatter that does not resolve, with the nearest valid clause', () => {
    const load = site({ 'cases/x.mdx': '---\ntitle: 测试\nclauses:\n  - zhuti-zeren:7\n  - zhuti-zeren:26\n---\n' });
    expect(failure(load)).toMatch(/content\/cases\/x\.mdx:5: clause zhuti-zeren:26: .*\(nearest valid clause: zhuti-zeren:25\)/);
  });

  test('a regulation whose source: is not in ../shared/sources', () => {
    const load = site({ 'regulations/zhuti-zeren.mdx': REG.replace('source: zhuti-zeren-2020.md', 'source: zhuti-zeren-2021.md') });
    expect(failure(load)).toContain(`content/regulations/zhuti-zeren.mdx:${fieldLine(REG, /^source:/)}: source: zhuti-zeren-2021.md is not in`);
  });

  test('a seed reference that does not exist', () => {
    const load = site({ 'glossary/a.mdx': term('测试术语', "sources:\n  - { seed: '099', publication: 某报, date: 2024-05-01, title: 测试 }\n") });
    expect(failure(load)).toMatch(/content\/glossary\/a\.mdx:5: seed 099 is not in .*seeds/);
  });

  test('two files for one regulation text and version', () => {
    const load = site({ 'regulations/zhuti-zeren-copy.mdx': REG.replace('status: 现行有效', 'work: zhuti-zeren\nversion: 2020\nstatus: 已修订') });
    // Files are read in name order: the copy comes first, and the current file is the second.
    expect(failure(load)).toContain(
      `content/regulations/zhuti-zeren.mdx:${fieldLine(REG, /^dates:/)}: a second file for zhuti-zeren, version 2020 (first: content/regulations/zhuti-zeren-copy.mdx)`,
    );
  });

  test('a historical version whose work is not on the site', () => {
    const load = site({ 'regulations/wenze-2009.mdx': REG.replace('status: 现行有效', 'work: wenze\nversion: 2009\nstatus: 已修订') });
    expect(failure(load)).toContain(`content/regulations/wenze-2009.mdx:${fieldLine(REG, /^status:/)}: work: wenze is not a regulation on the site`);
  });

  test('two interpretations of one article, and one filed under the wrong article', () => {
    const interp = (n: number) => `---\nregulation: zhuti-zeren\narticle: ${n}\ntitle: 测试\n---\n`;
    const load = site({ 'interpretations/zhuti-zeren/7.mdx': interp(7), 'interpretations/zhuti-zeren/07.mdx': interp(7) });
    const message = failure(load);
    expect(message).toContain(
      'content/interpretations/zhuti-zeren/07.mdx:3: frontmatter says zhuti-zeren/7; the file must be content/interpretations/zhuti-zeren/7.mdx',
    );
    expect(message).toContain('content/interpretations/zhuti-zeren/7.mdx:3: a second interpretation of zhuti-zeren/7 (first: ');
  });

  test('one id across the glossary: a term defined twice, or defined as a regulation name', () => {
    const load = site({
      'glossary/a.mdx': term('主体责任'),
      'glossary/b.mdx': term('第一责任人', 'aliases: [主体责任]\n'),
      'glossary/c.mdx': term('主体责任规定'),
    });
    const message = failure(load);
    expect(message).toContain('content/glossary/b.mdx:4: term “主体责任” is already defined in content/glossary/a.mdx');
    expect(message).toContain('content/glossary/c.mdx:2: term “主体责任规定” is the name of a regulation');
  });

  test('references across collections that do not resolve: related terms, a topic’s cases and terms', () => {
    const load = site({ 'glossary/a.mdx': term('主体责任', 'related: [jiandu-zeren]\n'), 'topics/t.mdx': topic('cases: [nowhere]\nterms: [a, nothing]\n') });
    const message = failure(load);
    expect(message).toContain('content/glossary/a.mdx:4: related term "jiandu-zeren" does not exist');
    expect(message).toContain('content/topics/t.mdx:8: case "nowhere" does not exist');
    expect(message).toContain('content/topics/t.mdx:9: term "nothing" does not exist');
  });

  test('a body link to a case that does not exist, and a case that takes the compare view’s URL', () => {
    const load = site({ 'topics/t.mdx': `${topic('')}\n## 学习提示\n\n见[某地的做法](case:nowhere)。\n`, 'cases/compare.mdx': '---\ntitle: 测试\n---\n' });
    const message = failure(load);
    expect(message).toContain('content/topics/t.mdx:13: case:nowhere does not exist in content/cases');
    expect(message).toContain('content/cases/compare.mdx:1: the case id “compare” is taken by /cases/compare/');
  });
});
