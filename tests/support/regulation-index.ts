/** Builds the citation index from the real content files, with the pure parser only. */
import { readFileSync } from 'node:fs';
import { buildIndex } from '../../src/lib/citation-resolver';
import { parseRegulation, type Block } from '../../src/lib/regulation-structure';

export function loadRegulation(id: string) {
  const source = readFileSync(`content/regulations/${id}.mdx`, 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(front)?.[1]?.trim();
  const aliases = (field('aliases') ?? '[]')
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const offset = front.split('\n').length + 2;
  const blocks: Block[] = [];
  body.split('\n').forEach((line, i) => {
    if (line.trim()) blocks.push({ text: line.replace(/^## /, ''), line: i + offset + 1 });
  });
  const kind = field('structure') === 'parts' ? 'parts' : 'articles';
  const { structure } = parseRegulation(blocks, { reg: id, kind, closing: field('closing') });
  return { id, title: field('title')!, aliases, structure };
}

export const REG_IDS = ['zhuti-zeren', 'jiguan-jiceng-zuzhi', 'zhengzhi-shenghuo-zhunze', 'jilv-chufen', 'wenze'];
export const realIndex = () => buildIndex(REG_IDS.map(loadRegulation));
