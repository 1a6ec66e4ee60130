/** The 引文核验 page's data built from the real content files, as src/data/cite-check.ts builds it. */
import { join } from 'node:path';
import { checkData, prepareCheck, type CheckSite, type CheckSource } from '../../src/lib/cite-check';
import { align, alignArticles, type Pair } from '../../src/lib/version-align';
import { readContent } from '../../src/plugins/content-check';
import { loadRegulationFile } from '../../src/plugins/site-index';
import { fileKey, versionYear } from '../../src/lib/versions';

let site: CheckSite | undefined;

export function realCheckSite(): CheckSite {
  if (site) return site;
  const sources: CheckSource[] = readContent(join(process.cwd(), 'content')).regulations.map((f) => {
    const id = fileKey(f.id, f.data);
    const work = typeof f.data.work === 'string' ? f.data.work : f.id;
    return {
      id,
      work,
      year: versionYear(f.data),
      current: id === work,
      title: String(f.data.title),
      shortTitle: String(f.data.shortTitle),
      aliases: (f.data.aliases as unknown[]).map(String),
      status: String(f.data.status),
      statusNote: typeof f.data.statusNote === 'string' ? f.data.statusNote : undefined,
      structure: loadRegulationFile(f.path, f.raw).structure,
    };
  });
  const alignments = new Map<string, Pair[]>();
  for (const s of sources.filter((v) => !v.current)) {
    const current = sources.find((v) => v.current && v.work === s.work)!;
    alignments.set(s.id, align(alignArticles(s.structure), alignArticles(current.structure)));
  }
  site = prepareCheck(checkData(sources, alignments));
  return site;
}
