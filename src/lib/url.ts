/**
 * Site-internal URLs. Every link goes through {@link joinBase} so the site works under any base
 * path (`/`, `/kb/`, …): pages never write a root-relative URL by hand.
 */
import { clauseAnchor, type ClauseRef } from './clause-id.ts';
import { keyPath } from './versions.ts';

/**
 * Joins the configured base path and a site path.
 * @example joinBase('/kb/', '/regulations/') // '/kb/regulations/'
 * @example joinBase('/', 'regulations/zhuti-zeren/#art-7') // '/regulations/zhuti-zeren/#art-7'
 */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/**
 * Path of a regulation's full text; a historical version's is under its work.
 * @example regulationPath('jilv-chufen@2018') // '/regulations/jilv-chufen/v2018/'
 */
export const regulationPath = (reg: string) => `/regulations/${keyPath(reg)}/`;

/** Path of one article's study page. */
export const articlePath = (reg: string, article: number) => `/regulations/${keyPath(reg)}/${article}/`;

/** Path of a regulation's structured data: `/data/regulations/jilv-chufen.json`, `…/jilv-chufen/v2018.json`. */
export const regulationDataPath = (reg: string) => `/data/regulations/${keyPath(reg)}.json`;

/**
 * Path of the 新旧条文对照表 of two versions of a work, and of its data.
 * @example comparePath('jilv-chufen', '2018', '2023') // '/regulations/jilv-chufen/compare/2018-2023/'
 */
export const comparePath = (work: string, from: string, to: string) => `/regulations/${work}/compare/${from}-${to}/`;
export const compareDataPath = (work: string, from: string, to: string) => `/data/regulations/${work}/compare/${from}-${to}.json`;

/**
 * Path of a clause: its article page, at the clause's anchor (articles `#art-7-1-3`, parts of
 * the 准则 `#part-9-2`).
 * @example clausePath({ reg: 'zhuti-zeren', article: 7, paragraph: 1, item: 3 }) // '/regulations/zhuti-zeren/7/#art-7-1-3'
 */
export function clausePath(ref: ClauseRef, kind: 'articles' | 'parts' = 'articles'): string {
  return `${articlePath(ref.reg, ref.article)}#${clauseAnchor(ref, kind === 'parts' ? 'part' : 'article')}`;
}

/** Path of a practice case. */
export const casePath = (id: string) => `/cases/${id}/`;

/** Path of a glossary term: the glossary page at the term's anchor. */
export const glossaryPath = (id: string) => `/glossary/#${id}`;

/** Path of a study topic. */
export const topicPath = (id: string) => `/topics/${id}/`;

/** Path of a role's page in the study kit. */
export const studyRolePath = (id: string) => `/study/${id}/`;

/**
 * Path of the compare view of two or three cases, in the reader's order.
 * @example compareCasesPath(['a', 'b']) // '/cases/compare/?ids=a,b'
 */
export const compareCasesPath = (ids: readonly string[]) => `/cases/compare/${ids.length ? `?ids=${ids.join(',')}` : ''}`;

/**
 * Path of several roles' combined study pack.
 * @example studyCombinedPath(['dangzu', 'shuji']) // '/study/combined/?roles=dangzu,shuji'
 */
export const studyCombinedPath = (ids: readonly string[]) => `/study/combined/?roles=${ids.join(',')}`;
