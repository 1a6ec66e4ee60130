/**
 * The study kit as built: each role page lists exactly the articles whose 责任主体 bind the role
 * (read here straight from the content files) and exactly their self-check questions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { SUBJECTS, SUBJECT_GROUPS, boundLabels } from '../../src/lib/subjects';
import { DIST, officialText, page, requireDist, squash } from '../support/dist';

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
    const cards = page(DIST, 'study/index.html').querySelectorAll('.role-card[data-role]');
    expect(cards.map((c) => c.getAttribute('data-role')).sort()).toEqual(roles.map((r) => r.id).sort());
    for (const c of cards) expect(c.querySelector('a.role-card__link')?.getAttribute('href')).toBe(`/study/${c.getAttribute('data-role')}/`);
  });

  test('the picker groups the roles, each group with a line on what its roles share; roles of one or two duties are lines, not cards', () => {
    const root = page(DIST, 'study/index.html');
    const groups = root.querySelectorAll('fieldset.role-group');
    expect(groups.map((g) => g.querySelector('legend')!.textContent.trim())).toEqual(
      SUBJECT_GROUPS.filter((g) => roles.some((r) => r.group === g.id)).map((g) => g.label),
    );
    for (const g of groups) {
      expect(g.querySelector('.role-group__desc')!.textContent.length).toBeGreaterThan(10);
      for (const card of g.querySelectorAll('.role-card')) {
        const role = roles.find((r) => r.id === card.getAttribute('data-role'))!;
        expect(role.group).toBe(g.getAttribute('data-group'));
        const small = Number(card.getAttribute('data-duties')) < 3;
        expect(card.parentNode!.classList.contains('roles--small'), role.id).toBe(small);
      }
    }
    // The near-synonyms are told apart where the reader chooses.
    const notes = root.querySelectorAll('.role-group__note').map((n) => n.textContent);
    expect(notes.some((n) => n.includes('“党委（党组）”是统称') && n.includes('“党组（党委）”只指'))).toBe(true);
    expect(notes.some((n) => n.includes('“党的机关工委”和“机关党委”不同'))).toBe(true);
  });

  test('the combined view holds every duty once, each marked with exactly the roles it binds, and so each question', () => {
    const root = page(DIST, 'study/combined/index.html');
    const duties = root.querySelectorAll('[data-duty]');
    expect(duties.map((d) => d.getAttribute('data-duty'))).toEqual(interpretations.map((i) => i.id));
    for (const d of duties) {
      const i = interpretations.find((x) => x.id === d.getAttribute('data-duty'))!;
      const expected = roles.filter((r) => i.subjects.some((s) => boundLabels(r.label).includes(s))).map((r) => r.id);
      expect(d.getAttribute('data-roles')!.split(' '), i.id).toEqual(expected);
      for (const f of d.querySelectorAll('fieldset[data-check]')) {
        const n = Number(f.getAttribute('data-check')!.split('/').at(-1)) - 1;
        const subjects = i.selfCheck[n]!.subjects ?? i.subjects;
        const asked = expected.filter((id) => subjects.some((s) => boundLabels(SUBJECTS.find((x) => x.id === id)!.label).includes(s)));
        expect(f.getAttribute('data-roles')!.split(' '), f.getAttribute('data-check')!).toEqual(asked);
      }
    }
    expect(root.querySelectorAll('fieldset[data-check]').length).toBe(
      new Set(root.querySelectorAll('fieldset[data-check]').map((f) => f.getAttribute('data-check'))).size,
    );
  });

  test('every duty of a pack carries its article’s official text, for print', () => {
    for (const file of ['study/shuji/index.html', 'study/combined/index.html']) {
      for (const d of page(DIST, file).querySelectorAll('[data-duty]')) {
        const [reg, n] = d.getAttribute('data-duty')!.split('/');
        const text = d.querySelector('.duty__text')!;
        text.querySelector('.duty__kind')!.remove();
        expect(squash(text.textContent), `${file} ${reg}/${n}`).toBe(officialText(page(DIST, `regulations/${reg}/${n}/index.html`)));
      }
    }
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
