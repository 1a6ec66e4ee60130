/**
 * Flattens a regulation's structure into the list of units published as JSON: every division,
 * article (or part), 款, 项 and 目 with its clause id, number, anchor and text.
 */
import { articleText, type RegulationStructure } from './regulation-structure.ts';

export interface Unit {
  kind: 'bian' | 'zhang' | 'jie' | 'group' | 'preamble' | 'closing' | 'article' | 'part' | 'paragraph' | 'item' | 'mu';
  /** Clause id for 条/款/项 (and parts); null for divisions and unnumbered passages. */
  id: string | null;
  number: number | null;
  label: string;
  anchor: string | null;
  /** Site path of the article's study page (site-relative, without base). */
  page: string | null;
  text: string;
}

/**
 * @example regulationUnits(structure, (n) => `/regulations/zhuti-zeren/${n}/`)
 *   .find((u) => u.id === 'zhuti-zeren:7.1.3')?.anchor // 'art-7-1-3'
 */
export function regulationUnits(structure: RegulationStructure, pageOf: (article: number) => string): Unit[] {
  const units: Unit[] = [];
  const startOf = new Map<number, Unit[]>();
  const walk = (list: RegulationStructure['divisions']) => {
    for (const d of list) {
      const first = Math.min(...allArticles(d));
      const unit: Unit = { kind: d.kind, id: null, number: d.number, label: d.label, anchor: d.anchor, page: null, text: `${d.label} ${d.title}`.trim() };
      startOf.set(first, [...(startOf.get(first) ?? []), unit]);
      walk(d.children);
    }
  };
  walk(structure.divisions);
  structure.preamble.forEach((b, i) => units.push({ kind: 'preamble', id: null, number: i + 1, label: '序言', anchor: 'preamble', page: null, text: b.text }));
  for (const a of structure.articles) {
    units.push(...(startOf.get(a.number) ?? []));
    const page = pageOf(a.number);
    units.push({
      kind: a.kind,
      id: a.id,
      number: a.number,
      label: a.kind === 'part' ? `${a.label}${a.title ?? ''}` : a.label,
      anchor: a.anchor,
      page,
      text: articleText(a),
    });
    for (const p of a.paragraphs) {
      units.push({
        kind: 'paragraph',
        id: p.id,
        number: p.number,
        label: a.kind === 'part' ? `第${p.number}段` : `第${p.number}款`,
        anchor: p.anchor,
        page,
        text: p.text,
      });
      for (const it of p.items) {
        units.push({ kind: 'item', id: it.id, number: it.number, label: it.label, anchor: it.anchor, page, text: it.text });
        for (const m of it.mu) units.push({ kind: 'mu', id: null, number: m.number, label: `${m.number}.`, anchor: null, page, text: m.text });
      }
    }
  }
  structure.closing.forEach((b, i) => units.push({ kind: 'closing', id: null, number: i + 1, label: '结语', anchor: 'closing', page: null, text: b.text }));
  return units;
}

function allArticles(d: RegulationStructure['divisions'][number]): number[] {
  return [...d.articles, ...d.children.flatMap(allArticles)];
}
