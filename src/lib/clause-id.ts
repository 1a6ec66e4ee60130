/**
 * Clause ids and anchors: the public, stable names of every unit of a regulation.
 *
 * A clause id is `<reg-id>:<article>[.<款>[.<项>]]` (`zhuti-zeren:7.1.3` = 第七条第一款第（三）项);
 * a historical version's is `<reg-id>@<year>:…` (`jilv-chufen@2018:67`).
 * Its anchor is ASCII: `art-7-1-3`, or `part-9-2` for the 准则, whose units are parts.
 * The id is branded so a raw string cannot pass for a resolved clause.
 */

export type ClauseId = string & { readonly __brand: 'ClauseId' };

export interface ClauseRef {
  reg: string;
  /** 条 number, or part number for part-structured documents. */
  article: number;
  /** 款 (or 段 of a part), 1-based. */
  paragraph?: number;
  /** 项, 1-based. */
  item?: number;
}

// A regulation id, or a version of one (`jilv-chufen@2018`, see versions.ts).
const REG_ID = /^[a-z][a-z0-9-]*(?:@\d{4})?$/;
const CLAUSE_ID = /^([a-z][a-z0-9-]*(?:@\d{4})?):([1-9]\d*)(?:\.([1-9]\d*)(?:\.([1-9]\d*))?)?$/;

/**
 * The one constructor of a {@link ClauseId}.
 * @example clauseId({ reg: 'zhuti-zeren', article: 7, paragraph: 1, item: 3 }) // 'zhuti-zeren:7.1.3'
 */
export function clauseId(ref: ClauseRef): ClauseId {
  if (!REG_ID.test(ref.reg)) throw new TypeError(`clauseId: bad regulation id "${ref.reg}"`);
  if (ref.item !== undefined && ref.paragraph === undefined) throw new TypeError('clauseId: an item needs its paragraph');
  const parts = [ref.article, ref.paragraph, ref.item].filter((n): n is number => n !== undefined);
  if (parts.some((n) => !Number.isInteger(n) || n < 1)) throw new TypeError(`clauseId: bad numbers in ${JSON.stringify(ref)}`);
  return `${ref.reg}:${parts.join('.')}` as ClauseId;
}

/** Type guard for strings that are well-formed clause ids (it does not check that the clause exists). */
export function isClauseId(value: string): value is ClauseId {
  return CLAUSE_ID.test(value);
}

/**
 * Splits a clause id into its parts.
 * @example parseClauseId('wenze:6.1.2') // { reg: 'wenze', article: 6, paragraph: 1, item: 2 }
 */
export function parseClauseId(id: string): ClauseRef | null {
  const m = CLAUSE_ID.exec(id);
  if (!m) return null;
  const ref: ClauseRef = { reg: m[1]!, article: Number(m[2]) };
  if (m[3]) ref.paragraph = Number(m[3]);
  if (m[4]) ref.item = Number(m[4]);
  return ref;
}

/**
 * The ASCII anchor of a clause on the full-text page.
 * @example clauseAnchor({ reg: 'zhuti-zeren', article: 7, paragraph: 1 }) // 'art-7-1'
 */
export function clauseAnchor(ref: ClauseRef, unit: 'article' | 'part' = 'article'): string {
  const prefix = unit === 'part' ? 'part' : 'art';
  return [prefix, ref.article, ref.paragraph, ref.item].filter((p) => p !== undefined).join('-');
}
