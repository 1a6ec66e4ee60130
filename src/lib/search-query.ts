/**
 * Reads what a query says about which text it means, the way readers cite: a regulation named by
 * its title, short title or alias (纪律处分条例, 组织处理规定) and a version named by its year
 * (2018年条例, 纪律处分条例（2015年）, 2015年版纪律处分条例). A year picks out the work that has a
 * version of that year even when the name is shared (《条例》). The search then ranks that
 * regulation's texts (of that version) first and the rest after; the words left are searched.
 * Pure: the search page and the relevance suite give it the same list of regulation names.
 */
import { workShortTitle } from './cite.ts';
import { cnToInt } from './numerals.ts';

export interface RegulationNames {
  /** The filter value pages carry (the current version's short title): 纪律处分条例. */
  shortTitle: string;
  /** Title, short title and aliases, without 《》. */
  names: string[];
  /** Years of the versions on the site, and the current one's. */
  years: string[];
  current: string;
  /** Each version's text: its year (empty for an undated text), full text's path, highest article number. */
  texts?: { year: string; path: string; articles: number; current: boolean }[];
}

export interface QueryReading {
  /** The words left to search (may be empty: then browse by the filters). */
  q: string;
  /** Filters for the texts the query names: regulation, and edition (a version's year). */
  filters: Record<string, string>;
}

const YEAR = /(?:^|[^\d])((?:19|20)\d\d)年?(?:版本?|修订版?)?/;

/**
 * @example readQuery('2018年条例 全面从严治党主体责任', regs) // { q: '全面从严治党主体责任', filters: { regulation: '纪律处分条例', edition: '2018' } }
 */
export function readQuery(q: string, regs: readonly RegulationNames[]): QueryReading {
  const norm = (s: string) =>
    s
      .replace(/[《》〈〉]/g, '')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）');
  let text = norm(q);
  // The longest name the query contains.
  let found: { name: string; regs: RegulationNames[] } | undefined;
  for (const r of regs) {
    for (const name of r.names) {
      if (!text.includes(name)) continue;
      if (!found || name.length > found.name.length) found = { name, regs: [r] };
      else if (name === found.name && !found.regs.includes(r)) found.regs.push(r);
    }
  }
  if (!found) return { q: q.trim(), filters: {} };
  const year = YEAR.exec(text);
  let candidates = found.regs;
  if (year) candidates = candidates.filter((r) => r.years.includes(year[1]!));
  if (candidates.length !== 1) return { q: q.trim(), filters: {} };
  const reg = candidates[0]!;
  text = text.replace(found.name, ' ');
  if (year) text = text.replace(new RegExp(`[（(]?${year[1]}年?(?:版本?|修订版?)?[）)]?`), ' ');
  const filters: Record<string, string> = { regulation: reg.shortTitle };
  if (year) filters.edition = year[1]!;
  return { q: text.replace(/\s+/g, ' ').trim(), filters };
}

/** The names list from the regulations on the site (every version; keys as in versions.ts). */
export function regulationNames(
  regulations: readonly { id: string; title: string; shortTitle: string; aliases: string[]; version?: string | undefined; articles?: number }[],
): RegulationNames[] {
  const byWork = new Map<string, RegulationNames>();
  const text = (r: (typeof regulations)[number], current: boolean) => ({
    year: r.version ?? '',
    path: `/regulations/${current ? r.id : `${r.id.split('@')[0]}/v${r.version}`}/`,
    articles: r.articles ?? 0,
    current,
  });
  for (const r of regulations.filter((x) => !x.id.includes('@'))) {
    byWork.set(r.id, {
      shortTitle: r.shortTitle,
      names: [...new Set([r.title, workShortTitle(r.shortTitle), ...r.aliases])],
      years: r.version ? [r.version] : [],
      current: r.version ?? '',
      texts: [text(r, true)],
    });
  }
  for (const r of regulations.filter((x) => x.id.includes('@'))) {
    const work = byWork.get(r.id.split('@')[0]!);
    if (work && r.version) {
      work.years.push(r.version);
      work.texts!.push(text(r, false));
    }
  }
  for (const w of byWork.values()) w.years.sort();
  return [...byWork.values()];
}

/**
 * A query that asks for an article by its number, in the forms readers write: 第七十四条,
 * 七十四条, 第74条, 74条, with or without the regulation (纪律处分条例74条, 《条例》第74条) and a
 * version's year. The search page puts that article (or, with no regulation named, the article of
 * that number in each text that has one) first. `regulation` and `edition` as in {@link readQuery}.
 * @example readArticleRef('纪律处分条例74条', regs) // { article: 74, filters: { regulation: '纪律处分条例' } }
 * @example readArticleRef('74条', regs) // { article: 74, filters: {} }
 */
export function readArticleRef(q: string, regs: readonly RegulationNames[]): { article: number; filters: Record<string, string> } | null {
  const reading = readQuery(q, regs);
  // A name several texts share (《条例》) names none: the number is looked up in each.
  const rest = reading.q.replace(/\s+/g, '').replace(/^《[^》]*》/, '');
  const m = /^第?([0-9０-９]{1,3}|[零〇一二两三四五六七八九十百]{1,7})条$/.exec(rest);
  if (!m) return null;
  const digits = m[1]!.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  const article = /^\d+$/.test(digits) ? Number(digits) : cnToInt(digits.replace(/两/g, '二').replace(/〇/g, '零'));
  if (!article || article < 1) return null;
  return { article, filters: reading.filters };
}
