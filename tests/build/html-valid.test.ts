import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_KB, htmlFiles, requireDist } from '../support/dist';
import { formatHtmlError, validateHtml } from '../support/vnu';

describe('valid HTML (Nu Html Checker)', () => {
  it('reports a script written after </html> with its file and line', () => {
    const dir = join('.tmp', 'vnu-probe');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'stray-script.html'),
      '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head>\n<body><p>正文</p></body></html>\n<script type="module" src="/a.js"></script>\n',
    );
    const errors = validateHtml([dir]).map(formatHtmlError);
    expect(errors).toEqual([expect.stringMatching(/^\.tmp\/vnu-probe\/stray-script\.html:4:\d+: Stray start tag “script”\.$/)]);
  });

  it('finds no error on any page of either build (/ and /kb/)', { timeout: 600_000 }, () => {
    const dirs = [requireDist(DIST), requireDist(DIST_KB)];
    // The checker is handed whole directories; make sure it had pages to read.
    expect(dirs.map((d) => htmlFiles(d).length).every((n) => n > 500)).toBe(true);
    expect(validateHtml(dirs).map(formatHtmlError)).toEqual([]);
  });
});
