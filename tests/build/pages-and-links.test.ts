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

  test('has every page type (home, list, 9 current and 2 historical full texts, 801 article pages, 3 comparisons, 404)', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('regulations/index.html');
    expect(files).toContain('404.html');
    expect(files.filter((f) => /^regulations\/[a-z-]+\/index\.html$/.test(f))).toHaveLength(9);
    expect(files.filter((f) => /^regulations\/[a-z-]+\/v\d{4}\/index\.html$/.test(f)).sort()).toEqual([
      'regulations/jilv-chufen/v2015/index.html',
      'regulations/jilv-chufen/v2018/index.html',
    ]);
    // 主体责任规定 25, 机关基层组织工作条例 43, 纪律处分条例 158, 问责条例 13, 准则 12 parts,
    // 纪委工作条例 59, 派驻机构工作规则 56, 组织处理规定 19, 廉洁自律准则 8.
    expect(files.filter((f) => /^regulations\/[a-z-]+\/\d+\/index\.html$/.test(f))).toHaveLength(25 + 43 + 158 + 13 + 12 + 59 + 56 + 19 + 8);
    expect(files.filter((f) => /^regulations\/jilv-chufen\/v2015\/\d+\/index\.html$/.test(f))).toHaveLength(133);
    expect(files.filter((f) => /^regulations\/jilv-chufen\/v2018\/\d+\/index\.html$/.test(f))).toHaveLength(142);
    expect(files.filter((f) => /^regulations\/jilv-chufen\/compare\/\d{4}-\d{4}\/index\.html$/.test(f)).sort()).toEqual([
      'regulations/jilv-chufen/compare/2015-2018/index.html',
      'regulations/jilv-chufen/compare/2015-2023/index.html',
      'regulations/jilv-chufen/compare/2018-2023/index.html',
    ]);
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
