/**
 * Site-internal URLs. Every link goes through {@link joinBase} so the site works under any base
 * path (`/`, `/kb/`, …): pages never write a root-relative URL by hand.
 */

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
