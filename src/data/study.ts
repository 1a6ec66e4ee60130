/**
 * The study kit's view of the content: which articles bind a role and which 对照检查 questions
 * it answers — derived from the 责任主体 and selfCheck data of the interpretations, never from a
 * hand-kept list.
 */
import { getInterpretations, type Loaded } from './content';
import { getRegulations, type Regulation } from './regulations';
import { articleHeading, bookTitle } from '../lib/cite';
import { clauseId, type ClauseId } from '../lib/clause-id';
import type { Article } from '../lib/regulation-structure';
import { SUBJECTS, boundLabels, type Subject } from '../lib/subjects';

export interface Duty {
  regulation: Regulation;
  article: Article;
  interpretation: Loaded<'interpretations'>;
  /** `zhuti-zeren/8`: the id used for study progress. */
  id: string;
  clause: ClauseId;
  /** 《主体责任规定》第八条 */
  label: string;
  /** The labels of this role the article binds it under (its own, or one it includes). */
  via: string[];
}

export interface CheckItem {
  /** Stable storage id: `zhuti-zeren/8/2` (article, question number). */
  id: string;
  q: string;
  clause: ClauseId;
  duty: Duty;
}

let dutiesCache: Promise<Omit<Duty, 'via'>[]> | undefined;
function allDuties(): Promise<Omit<Duty, 'via'>[]> {
  dutiesCache ??= loadDuties();
  return dutiesCache;
}

async function loadDuties(): Promise<Omit<Duty, 'via'>[]> {
  const regulations = await getRegulations();
  const out: Omit<Duty, 'via'>[] = [];
  for (const interpretation of await getInterpretations()) {
    const regulation = regulations.find((r) => r.id === interpretation.data.regulation)!;
    const article = regulation.structure.articles.find((a) => a.number === interpretation.data.article)!;
    out.push({
      regulation,
      article,
      interpretation,
      id: `${regulation.id}/${article.number}`,
      clause: clauseId({ reg: regulation.id, article: article.number }),
      label: `${bookTitle(regulation.data.shortTitle)}${articleHeading(article)}`,
    });
  }
  return out.sort((a, b) => a.regulation.data.order - b.regulation.data.order || a.article.number - b.article.number);
}

let rolesCache: Promise<(Subject & { duties: number; checks: number })[]> | undefined;
/** Roles that have at least one duty, in the vocabulary's order. */
export function studyRoles(): Promise<(Subject & { duties: number; checks: number })[]> {
  rolesCache ??= (async () => {
    const out = [];
    for (const s of SUBJECTS) {
      const duties = await dutiesFor(s.label);
      if (duties.length) out.push({ ...s, duties: duties.length, checks: (await checklistFor(s.label)).length });
    }
    return out;
  })();
  return rolesCache;
}

/** Every article whose 责任主体 binds the role (directly or through what it includes), in the regulations' order. */
export async function dutiesFor(label: string): Promise<Duty[]> {
  const bound = boundLabels(label);
  return (await allDuties()).map((d) => ({ ...d, via: d.interpretation.data.subjects.filter((s) => bound.includes(s)) })).filter((d) => d.via.length > 0);
}

/** The role's 对照检查 items: each selfCheck question of its duties that binds it. */
export async function checklistFor(label: string): Promise<CheckItem[]> {
  const bound = boundLabels(label);
  const items: CheckItem[] = [];
  for (const duty of await dutiesFor(label)) {
    duty.interpretation.data.selfCheck.forEach((c, i) => {
      const subjects = c.subjects ?? duty.interpretation.data.subjects;
      if (!subjects.some((s) => bound.includes(s))) return;
      items.push({ id: `${duty.id}/${i + 1}`, q: c.q, clause: (c.clause ?? duty.clause) as ClauseId, duty });
    });
  }
  return items;
}
