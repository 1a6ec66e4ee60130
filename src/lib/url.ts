/**
 * Site-internal URLs. Every link goes through {@link joinBase} so the site works under any base
 * path (`/`, `/kb/`, …): pages never write a root-relative URL by hand.
 */
import { clauseAnchor, type ClauseRef } from './clause-id.ts';

/**
 * Joins the configured base path and a site path.
 * @example joinBase('/kb/', '/regulations/') // '/kb/regulations/'
 * @example joinBase('/', 'regulations/zhuti-zeren/#art-7') // '/regulations/zhuti-zeren/#art-7'
 */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** Path of a regulation's full text. */
export const regulationPath = (reg: string) => `/regulations/${reg}/`;

/** Path of one article's study page. */
export const articlePath = (reg: string, article: number) => `/regulations/${reg}/${article}/`;

/** Path of a regulation's structured data. */
export const regulationDataPath = (reg: string) => `/data/regulations/${reg}.json`;

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
