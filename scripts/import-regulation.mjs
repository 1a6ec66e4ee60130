#!/usr/bin/env node
// Turns an official text from ../shared/sources into the body of content/regulations/<id>.mdx:
// drops the provenance comment and anything before the regulation proper (title lines, adoption
// notes, a news release), trims indentation, and marks 编/章/节 lines and the 准则's parts
// "一、…" as Markdown headings. The words themselves are never touched.
// Usage: node scripts/import-regulation.mjs <source.md> [--start "<regex>"] > body.md
// Then add the frontmatter by hand (see README, "Adding a regulation").
import { readFileSync } from 'node:fs';

const [file, flag, startPattern] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/import-regulation.mjs <source.md> [--start "<regex>"]');
  process.exit(2);
}
const start = flag === '--start' && startPattern ? new RegExp(startPattern) : /^第[一二三四五六七八九十百零]+[编章条]/;
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
  const label = /^第[一二三四五六七八九十百零]+[编章节条][ \u3000]/.exec(line)?.[0] ?? '';
  const text = label + line.slice(label.length).replace(/(?<=[\u4e00-\u9fff，。、；：）”])[ \t]+(?=[\u4e00-\u9fff（“])/g, '');
  out.push(heading.test(text) ? `## ${text}` : text);
}
process.stdout.write(out.join('\n\n') + '\n');
