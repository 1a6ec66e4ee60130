/**
 * Places from the official administrative divisions (GB/T 2260 codes, as packaged by the npm
 * package china-area-data), not from memory: a case names a place as its source does (a city, a
 * county, sometimes a province); the build derives the province and, for a county, the city, so a
 * city sits under its province in filters and labels. What the source says stays what the page
 * reports in its text.
 */
import table from 'china-area-data/data.json' with { type: 'json' };

/** code → (child code → name), the package's shape; "86" holds the provinces. */
export type DivisionTable = Record<string, Record<string, string>>;

export interface Place {
  province?: string | undefined;
  city?: string | undefined;
  county?: string | undefined;
}

export interface Division {
  /** GB/T 2260 code of the most specific level named. */
  code: string;
  province: string;
  /** The prefecture-level city (地级市, 自治州 …); absent for a province-level city's districts. */
  city?: string;
  county?: string;
}

interface Node {
  code: string;
  name: string;
  parent?: string;
}

function indexTable(t: DivisionTable) {
  const byCode = new Map<string, Node>();
  for (const [parent, children] of Object.entries(t)) {
    for (const [code, name] of Object.entries(children)) byCode.set(code, { code, name, ...(parent === '86' ? {} : { parent }) });
  }
  const byName = new Map<string, Node[]>();
  for (const n of byCode.values()) byName.set(n.name, [...(byName.get(n.name) ?? []), n]);
  return { byCode, byName };
}

const defaultIndex = indexTable(table as DivisionTable);

/** The chain of a node up to its province, most general first. */
function chain(n: Node, byCode: Map<string, Node>): Node[] {
  const out = [n];
  while (out[0]!.parent) out.unshift(byCode.get(out[0]!.parent!)!);
  return out;
}

/** Province-level cities are listed with a placeholder city level (市辖区, 县). */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/**
 * Resolves a place as a source names it to its division, or explains why it cannot:
 * a name no division has, one several divisions share with nothing to tell them apart, or levels
 * that contradict each other (a county not in the named province).
 */
export function resolvePlace(place: Place, t?: DivisionTable): { division: Division } | { error: string } {
  const { byCode, byName } = t ? indexTable(t) : defaultIndex;
  const named = [place.county, place.city, place.province].filter((p): p is string => Boolean(p));
  if (!named.length) return { error: 'a place needs a province, city or county' };
  const most = named[0]!;
  const candidates = (byName.get(most) ?? []).filter((n) => {
    const names = chain(n, byCode).map((c) => c.name);
    return named.every((p) => names.includes(p));
  });
  if (!candidates.length) {
    const anywhere = byName.get(most);
    return {
      error: anywhere
        ? `${named.join('、')}: ${most} is not in ${named.slice(1).join('、')} in the GB/T 2260 divisions (it is in ${anywhere.map((n) => chain(n, byCode)[0]!.name).join('、')})`
        : `${most} is no division in GB/T 2260 (china-area-data); write the name as the divisions do`,
    };
  }
  if (candidates.length > 1) {
    return {
      error: `${most} names ${candidates.length} divisions (${candidates
        .map((n) =>
          chain(n, byCode)
            .map((c) => c.name)
            .join(''),
        )
        .join('、')}); add the province or city the source names`,
    };
  }
  const path = chain(candidates[0]!, byCode).filter((n) => !PLACEHOLDER.test(n.name));
  const [province, ...rest] = path;
  const division: Division = { code: candidates[0]!.code, province: province!.name };
  const leaf = candidates[0]!;
  if (rest.length === 2) {
    division.city = rest[0]!.name;
    division.county = rest[1]!.name;
  } else if (rest.length === 1) {
    // One level below the province: a prefecture-level city (it has counties of its own), or a
    // district of a province-level city (上海市浦东新区).
    if ((t ?? (table as DivisionTable))[leaf.code]) division.city = rest[0]!.name;
    else division.county = rest[0]!.name;
  }
  return { division };
}

/** The place's name from its province down, e.g. 江苏省南通市, 云南省西双版纳傣族自治州景洪市. */
export function divisionLabel(d: Division): string {
  return [d.province, d.city, d.county].filter((p, i, all): p is string => Boolean(p) && p !== all[i - 1]).join('');
}
