import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, DIST_KB, htmlFiles, page, requireDist } from '../support/dist';

const sites = [
  { dir: DIST, base: '/' },
  { dir: DIST_KB, base: '/kb/' },
];

describe.each(sites)('built site under base $base', ({ dir, base }) => {
  requireDist(dir);
  const files = htmlFiles(dir);

  test('has every page type (home, list, 5 full texts, 251 article pages, 404)', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('regulations/index.html');
    expect(files).toContain('404.html');
    expect(files.filter((f) => /^regulations\/[a-z-]+\/index\.html$/.test(f))).toHaveLength(5);
    expect(files.filter((f) => /^regulations\/[a-z-]+\/\d+\/index\.html$/.test(f))).toHaveLength(25 + 43 + 158 + 13 + 12);
  });

  test('every page is Chinese, titled and described', () => {
    for (const f of files) {
      const root = page(dir, f);
      expect(root.querySelector('html')?.getAttribute('lang'), f).toBe('zh-CN');
      expect(root.querySelector('title')?.textContent.trim(), f).toBeTruthy();
      expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0, f).toBeGreaterThan(10);
      expect(root.querySelectorAll('h1'), f).toHaveLength(1);
    }
  });

  test('every internal link and #fragment resolves; nothing points off the site', () => {
    const broken: string[] = [];
    for (const f of files) {
      const root = page(dir, f);
      const from = `${base}${f.replace(/index\.html$/, '')}`;
      for (const el of root.querySelectorAll('[href], [src]')) {
        const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
        const target = new URL(raw, `http://site${from}`);
        if (target.host !== 'site') {
          broken.push(`${f}: external reference ${raw}`);
          continue;
        }
        if (!target.pathname.startsWith(base)) {
          broken.push(`${f}: ${raw} escapes the base path ${base}`);
          continue;
        }
        let path = decodeURIComponent(target.pathname.slice(base.length));
        if (path === '' || path.endsWith('/')) path += 'index.html';
        if (!existsSync(join(dir, path))) {
          broken.push(`${f}: ${raw} → missing ${path}`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && path.endsWith('.html') && !page(dir, path).querySelector(`[id="${fragment}"]`))
          broken.push(`${f}: ${raw} → no #${fragment} in ${path}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('ids are unique on every page', () => {
    for (const f of files) {
      const ids = page(dir, f)
        .querySelectorAll('[id]')
        .map((el) => el.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        f,
      ).toEqual([]);
    }
  });
});
