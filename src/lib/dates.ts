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
