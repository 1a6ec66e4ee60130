/**
 * Dates as Chinese readers write them.
 * @example formatDate('2020-03-09') // '2020年3月9日'
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`formatDate: "${iso}" is not YYYY-MM-DD`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

export const DATE_LABELS = {
  adopted: '通过',
  approved: '审议批准',
  revised: '修订',
  published: '发布',
  effective: '施行',
} as const;

export type DateKind = keyof typeof DATE_LABELS;

/** The dates of a document in the order they happen, with their labels. */
export function datedEvents(dates: { [K in DateKind]?: string | undefined }): { kind: DateKind; label: string; date: string }[] {
  return (Object.keys(DATE_LABELS) as DateKind[]).filter((k) => dates[k]).map((k) => ({ kind: k, label: DATE_LABELS[k], date: formatDate(dates[k]!) }));
}

/**
 * Whether YYYY-MM-DD names a day of the calendar (no month 13, no 30 February). A YAML parser
 * would turn 2024-02-30 into 1 March without a word, so content dates are checked as written.
 * @example isCalendarDate('2024-02-29') // true
 * @example isCalendarDate('2023-02-29') // false
 */
export function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Every date written in a file's frontmatter that is no calendar day, with its line: values of the
 * form YYYY-MM-DD anywhere in the frontmatter (dates of a regulation, of a source, …).
 */
export function badDates(source: string): { line: number; value: string }[] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!m) return [];
  const out: { line: number; value: string }[] = [];
  m[1]!.split('\n').forEach((text, i) => {
    for (const d of text.matchAll(/(?<![\d-])(\d{4}-\d{1,2}-\d{1,2})(?![\d-])/g)) {
      const [y, mo, day] = d[1]!.split('-');
      const iso = `${y}-${mo!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
      if (!isCalendarDate(iso)) out.push({ line: i + 2, value: d[1]! });
    }
  });
  return out;
}
