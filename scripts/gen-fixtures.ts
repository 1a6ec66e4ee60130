/**
 * Synthetic sites for the bench: a copy of this project whose content is the real content plus
 * (scale − 1) synthetic copies of every regulation (with its interpretations) and every case,
 * each copy citing its own copy of the regulation. Topics and the glossary stay as they are.
 *
 *   node scripts/gen-fixtures.ts <out-dir> <scale>
 *
 * The copy shares node_modules with this project (a symlink); its content/ is generated.
 * Synthetic pages are for measuring only: they are never published.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..');

function split(source: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(source)!;
  return { data: parse(m[1]!) as Record<string, unknown>, body: source.slice(m[0].length) };
}
const join2 = (data: Record<string, unknown>, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;

export function generateSite(out: string, scale: number): { regulations: number; cases: number; interpretations: number } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(out, f), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'), 'dir');
  cpSync(join(ROOT, 'content'), join(out, 'content'), { recursive: true });

  const regDir = join(ROOT, 'content', 'regulations');
  const regs = readdirSync(regDir).map((f) => f.replace(/\.mdx$/, ''));
  const copyId = (reg: string, k: number) => `${reg}-x${k}`;
  const mapClause = (id: string, k: number) => {
    const [reg, rest] = id.split(':');
    return regs.includes(reg!) ? `${copyId(reg!, k)}:${rest}` : id;
  };
  const realInterpretations = readdirSync(join(ROOT, 'content', 'interpretations'), { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.mdx'),
  ).length;
  let counts = { regulations: regs.length, cases: 0, interpretations: realInterpretations };

  for (let k = 2; k <= scale; k++) {
    for (const reg of regs) {
      const { data, body } = split(readFileSync(join(regDir, `${reg}.mdx`), 'utf8'));
      data.title = `${data.title}（合成样本${k}）`;
      data.shortTitle = `${data.shortTitle}${k}`;
      data.aliases = [];
      data.order = Number(data.order) + k * 10;
      // A historical version belongs to the copy of its work.
      if (typeof data.work === 'string') data.work = copyId(data.work, k);
      writeFileSync(join(out, 'content', 'regulations', `${copyId(reg, k)}.mdx`), join2(data, body));
      counts.regulations++;

      const interpDir = join(ROOT, 'content', 'interpretations', reg);
      if (!existsSync(interpDir)) continue;
      mkdirSync(join(out, 'content', 'interpretations', copyId(reg, k)), { recursive: true });
      for (const f of readdirSync(interpDir)) {
        const { data: d, body: b } = split(readFileSync(join(interpDir, f), 'utf8'));
        d.regulation = copyId(reg, k);
        d.related = ((d.related as string[] | undefined) ?? []).map((id) => mapClause(id, k));
        d.selfCheck = ((d.selfCheck as { clause?: string }[] | undefined) ?? []).map((c) => (c.clause ? { ...c, clause: mapClause(c.clause, k) } : c));
        writeFileSync(
          join(out, 'content', 'interpretations', copyId(reg, k), f),
          join2(
            d,
            b.replace(/\(clause:([a-z-]+):/g, (m, r: string) => (regs.includes(r) ? `(clause:${copyId(r, k)}:` : m)),
          ),
        );
        counts.interpretations++;
      }
    }
    for (const f of readdirSync(join(ROOT, 'content', 'cases'))) {
      const { data, body } = split(readFileSync(join(ROOT, 'content', 'cases', f), 'utf8'));
      data.title = `${data.title}（合成样本${k}）`;
      data.clauses = (data.clauses as string[]).map((id) => mapClause(id, k));
      writeFileSync(join(out, 'content', 'cases', f.replace(/\.mdx$/, `-x${k}.mdx`)), join2(data, body));
      counts.cases++;
    }
  }
  counts = { ...counts, cases: counts.cases + readdirSync(join(ROOT, 'content', 'cases')).length };
  return counts;
}

if (import.meta.main) {
  const [out, scale] = process.argv.slice(2);
  if (!out || !Number(scale)) {
    console.error('usage: node scripts/gen-fixtures.ts <out-dir> <scale>');
    process.exit(2);
  }
  console.log(generateSite(resolve(out), Number(scale)));
}
