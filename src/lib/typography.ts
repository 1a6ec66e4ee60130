/**
 * Chinese typography checks (GB/T 15834) on rendered text: what a reader sees, after Markdown and
 * templates. Pure: tests/build/typography.test.ts runs them over every page of dist/.
 */

/** Newspapers and journals the sources come from: in running text they take 书名号. */
export const PERIODICALS = ['人民日报', '新华日报', '潮州日报', '南通纪检监察学会通讯'] as const;

const FULL_WIDTH = '，。；：？！、”’）》】';

export interface TypographyProblem {
  rule: 'bare-periodical' | 'space-after-full-width' | 'quoted-items-without-dunhao';
  excerpt: string;
}

/** Problems in one run of inline text (a paragraph, list item, cell …), whitespace as rendered. */
export function typographyProblems(text: string): TypographyProblem[] {
  const t = text.replace(/\s+/g, ' ');
  const out: TypographyProblem[] = [];
  const around = (i: number) => t.slice(Math.max(0, i - 12), i + 12);
  for (const name of PERIODICALS) {
    for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
      if (t[i - 1] !== '《' || t[i + name.length] !== '》') out.push({ rule: 'bare-periodical', excerpt: around(i) });
    }
  }
  for (const m of t.matchAll(new RegExp(`[${FULL_WIDTH}] (?=\\S)`, 'g'))) out.push({ rule: 'space-after-full-width', excerpt: around(m.index) });
  for (const m of t.matchAll(/”“/g)) out.push({ rule: 'quoted-items-without-dunhao', excerpt: around(m.index) });
  return out;
}
