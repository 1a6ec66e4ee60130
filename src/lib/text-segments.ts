/**
 * Cuts a text into plain and linked pieces for rendering, from link spans measured on the full
 * text. `from` skips a prefix the caller renders separately (the 第X条 label).
 */
import type { TextLink } from './regulation-structure.ts';

export interface Segment {
  text: string;
  link?: TextLink;
}

/**
 * @example segments('依照前款规定处理', [{ start: 2, end: 4, target: 'x:1.1', raw: '前款' }])
 * // [{ text: '依照' }, { text: '前款', link: … }, { text: '规定处理' }]
 */
export function segments(text: string, links: TextLink[] = [], from = 0): Segment[] {
  const out: Segment[] = [];
  let pos = from;
  for (const link of [...links].sort((a, b) => a.start - b.start)) {
    if (link.start < pos) continue;
    if (link.start > pos) out.push({ text: text.slice(pos, link.start) });
    out.push({ text: text.slice(link.start, link.end), link });
    pos = link.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}
