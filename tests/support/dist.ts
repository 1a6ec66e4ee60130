/** Helpers for tests on the built site: list pages, parse HTML, read the official sources. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = resolve('dist');
export const DIST_KB = resolve('dist-kb');

export function requireDist(dir: string): string {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: build first (npm test does)`);
  return dir;
}

/** Every HTML file under dir, as site paths ("regulations/zhuti-zeren/7/index.html"). */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

const cache = new Map<string, HTMLElement>();
export function page(dir: string, file: string): HTMLElement {
  const key = join(dir, file);
  let root = cache.get(key);
  if (!root) {
    root = parse(readFileSync(key, 'utf8'));
    cache.set(key, root);
  }
  return root;
}

/** Whitespace is not significant in official text comparisons (as in ../shared/checks). */
export const squash = (s: string) => s.replace(/[\s\u3000]/g, '');

/** The official text on a page, without the interface inside it (引用 buttons). */
export function officialText(root: HTMLElement): string {
  const block = root.querySelector('[data-official-text]');
  if (!block) return '';
  const clone = parse(block.outerHTML);
  for (const b of clone.querySelectorAll('button, [data-article-note]')) b.remove();
  return squash(clone.textContent);
}
