/**
 * The study kit as built: each role page lists exactly the articles whose 责任主体 bind the role
 * (read here straight from the content files) and exactly their self-check questions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { SUBJECTS, boundLabels } from '../../src/lib/subjects';
import { DIST, page, requireDist } from '../support/dist';

requireDist(DIST);
// The current regulations in the site's order (their `order:`); historical versions name a `work:`.
const ORDER = readdirSync('content/regulations')
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), data: splitFrontmatter(readFileSync(join('content/regulations', f), 'utf8')).data }))
  .filter((r) => !r.data.work)
  .sort((a, b) => Number(a.data.order) - Number(b.data.order))
  .map((r) => r.id);
const interpretations = ORDER.flatMap((reg) => {
  let files: string[] = [];
  try {
    files = readdirSync(join('content/interpretations', reg));
  } catch {
    return [];
  }
  return files
    .map((f) => {
      const { data } = splitFrontmatter(readFileSync(join('content/interpretations', reg, f), 'utf8'));
      return {
        id: `${reg}/${data.article}`,
        article: data.article as number,
        subjects: data.subjects as string[],
        selfCheck: (data.selfCheck ?? []) as { q: string; subjects?: string[] }[],
      };
    })
    .sort((a, b) => a.article - b.article);
});

describe('duties by role', () => {
  const roles = SUBJECTS.filter((s) => interpretations.some((i) => i.subjects.some((x) => boundLabels(s.label).includes(x))));

  test('there is a role page for every role that some article binds', () => {
    expect(roles.length).toBeGreaterThanOrEqual(8);
    const links = page(DIST, 'study/index.html')
      .querySelectorAll('a.role-card')
      .map((a) => a.getAttribute('data-role'));
    expect(links).toEqual(roles.map((r) => r.id));
  });

  for (const role of SUBJECTS.filter((s) => ['shuji', 'banzi-chengyuan', 'jijian', 'paizhu', 'jiguan-dangwei', 'difang-dangwei'].includes(s.id))) {
    test(`${role.label}: the page lists exactly the articles and questions that bind it, in order`, () => {
      const bound = boundLabels(role.label);
      const expected = interpretations.filter((i) => i.subjects.some((s) => bound.includes(s)));
      const root = page(DIST, `study/${role.id}/index.html`);
      expect(root.querySelectorAll('[data-duty]').map((d) => d.getAttribute('data-duty'))).toEqual(expected.map((i) => i.id));
      const questions = expected.flatMap((i) =>
        i.selfCheck.flatMap((c, n) => ((c.subjects ?? i.subjects).some((s) => bound.includes(s)) ? [`${i.id}/${n + 1}`] : [])),
      );
      expect(questions.length).toBeGreaterThan(0);
      expect(root.querySelectorAll('fieldset[data-check]').map((f) => f.getAttribute('data-check'))).toEqual(questions);
    });
  }
});

describe('topics', () => {
  const topics = readdirSync('content/topics').map((f) => f.replace(/\.mdx$/, ''));

  test('at least six topics, each with readings that link to their clauses and questions to check against', () => {
    expect(topics.length).toBeGreaterThanOrEqual(6);
    for (const t of topics) {
      const root = page(DIST, `topics/${t}/index.html`);
      expect(root.querySelectorAll('.readings a.cref').length, t).toBeGreaterThanOrEqual(3);
      expect(root.querySelectorAll('.questions li').length, t).toBeGreaterThanOrEqual(3);
      expect(page(DIST, 'topics/index.html').querySelector(`[data-topic="${t}"]`), t).not.toBeNull();
    }
  });

  test('a topic’s readings list the topic back on the clause’s page', () => {
    const back = page(DIST, 'regulations/zhuti-zeren/15/index.html').querySelectorAll('[data-slot="backlinks"] a');
    expect(back.some((a) => a.getAttribute('href') === '/topics/minzhu-shenghuohui-huiqian/')).toBe(true);
  });
});
