/**
 * The study kit's view of the content: which articles bind a role and which 对照检查 questions
 * it answers — derived from the 责任主体 and selfCheck data of the interpretations, never from a
 * hand-kept list.
 */
import { getInterpretations, type Loaded } from './content';
import { getRegulations, type Regulation } from './regulations';
import { clauseHref, clausePreview } from './clause-text';
import { articleHeading, bookTitle } from '../lib/cite';
import { clauseId, type ClauseId } from '../lib/clause-id';
import { articleText, type Article } from '../lib/regulation-structure';
import { SUBJECTS, SUBJECT_GROUPS, boundLabels, type Subject, type SubjectGroup } from '../lib/subjects';

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

export type StudyRole = Subject & { duties: number; checks: number };

let rolesCache: Promise<StudyRole[]> | undefined;
/** Roles that have at least one duty, in the vocabulary's order. */
export function studyRoles(): Promise<StudyRole[]> {
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

/** Roles with fewer duties than this are shown small in the picker: a line, not a card. */
export const SMALL_ROLE = 3;

/** The role picker: every group that has a role with duties, its roles in the vocabulary's order. */
export async function studyRoleGroups(): Promise<(SubjectGroup & { roles: StudyRole[] })[]> {
  const roles = await studyRoles();
  return SUBJECT_GROUPS.map((g) => ({ ...g, roles: roles.filter((r) => r.group === g.id) })).filter((g) => g.roles.length > 0);
}

export interface PackCheck extends CheckItem {
  /** Ids of the pack's roles this question is asked of. */
  roles: string[];
  /** Where the question cites another clause than its duty's article: that clause's link and label (第八条第二款). */
  cite?: { href: string; label: string };
}

export interface PackDuty extends Duty {
  /** Ids of the pack's roles this article binds. */
  roles: string[];
  checks: PackCheck[];
  /** The article's official text, one 款, 项 or 目 a line, for the printed pack. */
  text: string[];
}

export interface StudyPack {
  /** Duties by regulation, in the regulations' order. */
  groups: { title: string; shortTitle: string; duties: PackDuty[] }[];
  duties: PackDuty[];
  checks: PackCheck[];
}

/**
 * The study pack of one or more roles: every article that binds any of them, once, with the
 * roles it binds, its official text and the questions it asks of those roles. One role's page
 * and the combined view (all roles, filtered in the browser) both render this.
 */
export async function studyPack(roles: readonly Subject[]): Promise<StudyPack> {
  const bound = new Map(roles.map((r) => [r.id, boundLabels(r.label)]));
  const binds = (subjects: readonly string[], id: string) => subjects.some((s) => bound.get(id)!.includes(s));
  const duties: PackDuty[] = [];
  for (const d of await allDuties()) {
    const subjects = d.interpretation.data.subjects;
    const dutyRoles = roles.filter((r) => binds(subjects, r.id)).map((r) => r.id);
    if (!dutyRoles.length) continue;
    const labels = new Set(dutyRoles.flatMap((id) => bound.get(id)!));
    const checks: PackCheck[] = [];
    for (const [i, c] of d.interpretation.data.selfCheck.entries()) {
      const checkRoles = dutyRoles.filter((id) => binds(c.subjects ?? subjects, id));
      if (!checkRoles.length) continue;
      const clause = (c.clause ?? d.clause) as ClauseId;
      const duty = { ...d, via: subjects.filter((s) => labels.has(s)) };
      const cite = clause === d.clause ? undefined : { href: await clauseHref(clause), label: (await clausePreview(clause))!.title.replace(/^《[^》]+》/, '') };
      checks.push({ id: `${d.id}/${i + 1}`, q: c.q, clause, duty, roles: checkRoles, ...(cite ? { cite } : {}) });
    }
    duties.push({ ...d, via: subjects.filter((s) => labels.has(s)), roles: dutyRoles, checks, text: articleText(d.article).split('\n') });
  }
  const groups: StudyPack['groups'] = [];
  for (const d of duties) {
    const last = groups.at(-1);
    if (last?.shortTitle === d.regulation.data.shortTitle) last.duties.push(d);
    else groups.push({ title: d.regulation.data.title, shortTitle: d.regulation.data.shortTitle, duties: [d] });
  }
  return { groups, duties, checks: duties.flatMap((d) => d.checks) };
}
