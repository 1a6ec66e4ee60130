/**
 * Words readers type that the texts do not use. The regulations say 党委（党组）书记 and
 * 第一责任人; a cadre types 一把手. Each group is a set of ways to say one thing. The search
 * page runs a query as typed and, for a word of a group, with that word replaced by the group's
 * others ({@link queryVariants}); hits of the variants rank after equal hits of the query.
 * Only equivalences the texts themselves support belong here.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['一把手', '主要负责人', '第一责任人'],
  ['纪委', '纪检机关', '纪律检查机关', '纪检监察机关'],
  ['班子成员', '领导班子其他成员', '领导班子成员'],
  ['责任清单', '清单'],
  ['谈心谈话', '谈话', '提醒谈话', '约谈'],
  ['问责', '追究责任', '责任追究'],
  ['民主生活会', '对照检查', '批评和自我批评'],
  ['两个责任', '主体责任', '监督责任'],
  ['形式主义', '官僚主义', '四风'],
  ['机关党建', '机关党的建设', '机关党委', '党的机关工委'],
];

/**
 * Other ways to ask the same question, for each group word the query uses (at most `max`).
 * @example queryVariants('一把手 职责') // ['主要负责人 职责', '第一责任人 职责']
 */
export function queryVariants(q: string, max = 4): string[] {
  const out: string[] = [];
  for (const group of SYNONYM_GROUPS) {
    const word = [...group].sort((a, b) => b.length - a.length).find((w) => q.includes(w));
    if (!word) continue;
    for (const other of group) if (other !== word && !other.includes(word) && !word.includes(other)) out.push(q.replace(word, other));
  }
  return [...new Set(out)].slice(0, max);
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * Merges the result lists of a query and its variants: each page once, at its best score, with
 * variant scores discounted so a page that matches the words as typed stays ahead (0.6, tuned
 * with the relevance suite: at 0.8 an article full of 主要负责人 outranked the 一把手 case).
 */
export function mergeVariantResults<T extends Scored>(lists: T[][], discount = 0.6): T[] {
  const best = new Map<string, { item: T; score: number }>();
  lists.forEach((list, i) => {
    for (const item of list) {
      const score = i === 0 ? item.score : item.score * discount;
      const seen = best.get(item.id);
      if (!seen || score > seen.score) best.set(item.id, { item, score });
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score).map((b) => b.item);
}

/**
 * What a result link asks the opened page to mark: the query's words as typed (`hl`, which the
 * page may split into words when the whole is absent) and their synonyms (`hs`, marked only
 * whole), so 一把手 marks 主要负责人 but never a lone 主要.
 * @example highlightParams('一把手 职责') // { hl: ['一把手', '职责'], hs: ['主要负责人', '第一责任人'] }
 */
export function highlightParams(q: string): { hl: string[]; hs: string[] } {
  const hl = q.split(/\s+/).filter(Boolean);
  const hs: string[] = [];
  for (const group of SYNONYM_GROUPS) {
    if (!group.some((w) => q.includes(w))) continue;
    for (const w of group) if (!q.includes(w) && !hs.includes(w)) hs.push(w);
  }
  return { hl, hs };
}

/** A result URL with the highlight parameters of a query in place of Pagefind's word list. */
export function withHighlight(url: string, q: string): string {
  const [path, hash] = url.split('#');
  const [base, query = ''] = path!.split('?');
  const params = new URLSearchParams(query);
  params.delete('hl');
  params.delete('hs');
  const { hl, hs } = highlightParams(q);
  for (const w of hl) params.append('hl', w);
  for (const w of hs) params.append('hs', w);
  const s = params.toString();
  return `${base}${s ? `?${s}` : ''}${hash !== undefined ? `#${hash}` : ''}`;
}
