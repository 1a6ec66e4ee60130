/**
 * A regulation is a work with dated versions. The work's id (`jilv-chufen`) names its current
 * version — its URLs and clause ids are the ones the site has always had; a historical version is
 * keyed `<work>@<year>` (`jilv-chufen@2018`), and so are its clause ids (`jilv-chufen@2018:67`).
 * The current version may also be written with its year (`jilv-chufen@2023:74`).
 */

export interface VersionKey {
  work: string;
  /** The version's year; absent for the current version written without one. */
  year?: string;
}

const KEY = /^([a-z][a-z0-9-]*)(?:@(\d{4}))?$/;

/**
 * @example parseKey('jilv-chufen@2018') // { work: 'jilv-chufen', year: '2018' }
 * @example parseKey('zhuti-zeren') // { work: 'zhuti-zeren' }
 */
export function parseKey(key: string): VersionKey | null {
  const m = KEY.exec(key);
  if (!m) return null;
  return m[2] ? { work: m[1]!, year: m[2] } : { work: m[1]! };
}

/** The key of a version: the work's id for the current one, `<work>@<year>` for an older one. */
export function versionKey(work: string, year: string | undefined, current: boolean): string {
  return current || !year ? work : `${work}@${year}`;
}

/**
 * The key a regulation file is published under, from its file name and frontmatter: a file of a
 * historical version names its `work` and `version` (content/regulations/jilv-chufen-2018.mdx:
 * `work: jilv-chufen`, `version: 2018`).
 */
export function fileKey(fileId: string, frontmatter: Record<string, unknown>): string {
  const work = typeof frontmatter.work === 'string' ? frontmatter.work : undefined;
  if (!work || work === fileId) return fileId;
  return versionKey(work, String(frontmatter.version), false);
}

/** Site path segment of a version: `jilv-chufen@2018` → `jilv-chufen/v2018`. */
export function keyPath(key: string): string {
  const k = parseKey(key);
  if (!k) throw new TypeError(`bad regulation key "${key}"`);
  return k.year ? `${k.work}/v${k.year}` : k.work;
}

/** A version's year: `version:` in the frontmatter, else the year it took effect or was published. */
export function versionYear(data: Record<string, unknown>): string | undefined {
  if (data.version !== undefined) return String(data.version);
  const dates = (data.dates ?? {}) as Record<string, unknown>;
  const d = dates.effective ?? dates.published ?? dates.revised;
  if (d instanceof Date) return String(d.getUTCFullYear());
  return typeof d === 'string' ? d.slice(0, 4) : undefined;
}
