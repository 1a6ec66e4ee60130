#!/usr/bin/env node
// Turns an official text from ../shared/sources into the body of content/regulations/<id>.mdx:
// drops the provenance comment and anything before the regulation proper (title lines, adoption
// notes, a news release), trims indentation, and marks 编/章/节 lines and the 准则's parts
// "一、…" as Markdown headings. The words themselves are never touched.
// A copy that runs an article number into its text ("第一条为了…", "第一章总则") gets a full-width
// space after the label: whitespace is not part of the text (the fidelity check ignores it), and
// the structure parser reads the label by it. Unnumbered group headings (the 廉洁自律准则's
// "党员廉洁自律规范") are named with --group and marked as headings too.
// Usage: node scripts/import-regulation.mjs <source.md> [--start "<regex>"] [--group "<line>"]… > body.md
// Then add the frontmatter by hand (see README, "Adding a regulation").
import { readFileSync } from 'node:fs';

const [file, ...flags] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/import-regulation.mjs <source.md> [--start "<regex>"] [--group "<line>"]…');
  process.exit(2);
}
const option = (name) => flags.flatMap((f, i) => (f === name && flags[i + 1] ? [flags[i + 1]] : []));
const startPattern = option('--start')[0];
const groups = new Set(option('--group'));
const start = startPattern ? new RegExp(startPattern) : /^第[一二三四五六七八九十百零]+[编章条]/;
const heading = /^(第[一二三四五六七八九十百零]+[编章节](\s|$)|[一二三四五六七八九十]+、)/;

const lines = readFileSync(file, 'utf8')
  .split('\n')
  .slice(1)
  .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
const from = lines.findIndex((l) => start.test(l));
if (from < 0) {
  console.error(`${file}: no line matches the start pattern ${start}`);
  process.exit(1);
}
const out = [];
for (const line of lines.slice(from)) {
  if (!line) continue;
  // A stray space inside a Chinese sentence is a transcription artifact of the source copy;
  // dropping it is the one change ../shared/sources/README.md allows. The space after a
  // "第X条" label is kept: it separates the label from the text.
  const spaced = line.replace(/^(第[一二三四五六七八九十百零]+[编章节条])(?=[^\s\u3000，、的规])/, '$1\u3000');
  const label = /^第[一二三四五六七八九十百零]+[编章节条][ \u3000]+/.exec(spaced)?.[0] ?? '';
  const text = label + spaced.slice(label.length).replace(/(?<=[\u4e00-\u9fff，。、；：）”])[ \t]+(?=[\u4e00-\u9fff（“])/g, '');
  out.push(heading.test(text) || groups.has(text) ? `## ${text}` : text);
}
process.stdout.write(out.join('\n\n') + '\n');
