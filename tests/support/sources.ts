/**
 * Reads the official texts independently of the site's parser, so that the fidelity tests do
 * not check the parser against itself: a plain split of each source into its articles (or the
 * 准则's parts), by the lines that open them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SOURCES = resolve(process.env.SOURCES_DIR ?? '../shared/sources');

export const REGULATIONS = [
  { id: 'zhuti-zeren', file: 'zhuti-zeren-2020.md', count: 25, kind: 'articles' },
  { id: 'jiguan-jiceng-zuzhi', file: 'jiguan-jiceng-zuzhi-2019.md', count: 43, kind: 'articles' },
  { id: 'jilv-chufen', file: 'jilv-chufen-2023.md', count: 158, kind: 'articles' },
  { id: 'wenze', file: 'wenze-2016.md', count: 13, kind: 'articles' },
  { id: 'zhengzhi-shenghuo-zhunze', file: 'zhengzhi-shenghuo-zhunze-2016.md', count: 12, kind: 'parts' },
] as const;

const ARTICLE = /^第[一二三四五六七八九十百零]+条/;
const DIVISION = /^第[一二三四五六七八九十百零]+[编章节]/;
const PART = /^[一二三四五六七八九十]+、/;
const ZHUNZE_START = /^办好中国的事情/;
const ZHUNZE_CLOSING = /^加强和规范党内政治生活是全党的共同任务/;

/**
 * The source text of each article (or part), in order, each as its lines.
 * Falls back to content/regulations when ../shared is not beside the project.
 */
export function sourceUnits(reg: (typeof REGULATIONS)[number]): string[] {
  const path = existsSync(SOURCES) ? resolve(SOURCES, reg.file) : resolve('content/regulations', `${reg.id}.mdx`);
  let lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000#]+|[\s\u3000]+$/g, ''))
    .filter(Boolean);
  const start = lines.findIndex((l) => (reg.kind === 'parts' ? ZHUNZE_START : /^第[一二三四五六七八九十百零]+[编章条]/).test(l));
  lines = lines.slice(start);
  const units: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const opens = reg.kind === 'parts' ? PART.test(line) && line.length <= 40 : ARTICLE.test(line);
    const closes = reg.kind === 'parts' ? ZHUNZE_CLOSING.test(line) : DIVISION.test(line);
    if (opens) {
      current = [line];
      units.push(current);
    } else if (closes) {
      current = undefined;
    } else if (current) {
      current.push(line);
    }
  }
  return units.map((u) => u.join('\n'));
}
