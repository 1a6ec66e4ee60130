/**
 * Reads the official texts independently of the site's parser, so that the fidelity tests do
 * not check the parser against itself: a plain split of each source into its articles (or the
 * 准则's parts), by the lines that open them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SOURCES = resolve(process.env.SOURCES_DIR ?? '../shared/sources');

/**
 * Every text on the site: `id` is its page path under /regulations/ (a historical version's is
 * `<work>/v<year>`), `content` its file under content/regulations, `groups` the unnumbered headings
 * that close an article in the plain split.
 */
export const REGULATIONS: readonly { id: string; content: string; file: string; count: number; kind: 'articles' | 'parts'; groups?: readonly string[] }[] = [
  { id: 'zhuti-zeren', content: 'zhuti-zeren', file: 'zhuti-zeren-2020.md', count: 25, kind: 'articles' },
  { id: 'jiguan-jiceng-zuzhi', content: 'jiguan-jiceng-zuzhi', file: 'jiguan-jiceng-zuzhi-2019.md', count: 43, kind: 'articles' },
  { id: 'jilv-chufen', content: 'jilv-chufen', file: 'jilv-chufen-2023.md', count: 158, kind: 'articles' },
  { id: 'jilv-chufen/v2018', content: 'jilv-chufen-2018', file: 'jilv-chufen-2018.md', count: 142, kind: 'articles' },
  { id: 'jilv-chufen/v2015', content: 'jilv-chufen-2015', file: 'jilv-chufen-2015.md', count: 133, kind: 'articles' },
  { id: 'wenze', content: 'wenze', file: 'wenze-2016.md', count: 13, kind: 'articles' },
  { id: 'zhengzhi-shenghuo-zhunze', content: 'zhengzhi-shenghuo-zhunze', file: 'zhengzhi-shenghuo-zhunze-2016.md', count: 12, kind: 'parts' },
  { id: 'jijian-weiyuanhui', content: 'jijian-weiyuanhui', file: 'jijian-weiyuanhui-2021.md', count: 59, kind: 'articles' },
  { id: 'paizhu-jigou', content: 'paizhu-jigou', file: 'paizhu-jigou-2022.md', count: 56, kind: 'articles' },
  { id: 'zuzhi-chuli', content: 'zuzhi-chuli', file: 'zuzhi-chuli-2021.md', count: 19, kind: 'articles' },
  {
    id: 'lianjie-zilv',
    content: 'lianjie-zilv',
    file: 'lianjie-zilv-2015.md',
    count: 8,
    kind: 'articles',
    groups: ['党员廉洁自律规范', '党员领导干部廉洁自律规范'],
  },
];

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
  const path = existsSync(SOURCES) ? resolve(SOURCES, reg.file) : resolve('content/regulations', `${reg.content}.mdx`);
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
    const closes = reg.kind === 'parts' ? ZHUNZE_CLOSING.test(line) : DIVISION.test(line) || (reg.groups ?? []).includes(line);
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
