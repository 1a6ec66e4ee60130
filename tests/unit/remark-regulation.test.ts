import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import remarkRegulation from '../../src/plugins/remark-regulation';
import type { RegulationStructure } from '../../src/lib/regulation-structure';

/** Runs the plugin as Astro does: a file under content/regulations with its frontmatter in data. */
async function run(markdown: string, frontmatter: Record<string, unknown> = { structure: 'articles' }, path = 'content/regulations/demo.mdx') {
  const file = new VFile({ path, value: markdown, data: { astro: { frontmatter } } });
  const processor = unified().use(remarkParse).use(remarkRegulation);
  await processor.run(processor.parse(file), file);
  return (file.data as { astro: { frontmatter: { structure?: RegulationStructure } } }).astro.frontmatter.structure;
}

describe('remark-regulation', () => {
  test('hands the parsed structure to the page as frontmatter', async () => {
    const structure = await run('## 第一章　总则\n\n第一条　为了……制定本规定。\n\n第二条　本规定适用于：\n\n（一）地方党委；\n\n（二）党组（党委）。\n');
    expect(structure?.articles.map((a) => a.id)).toEqual(['demo:1', 'demo:2']);
    expect(structure?.articles[1]!.paragraphs[0]!.items.map((i) => i.anchor)).toEqual(['art-2-1-1', 'art-2-1-2']);
    expect(structure?.divisions[0]!.title).toBe('总则');
  });

  test('fails with file, line and reason for every structural problem', async () => {
    const broken = '第一条　甲。\n\n第一条　乙。\n\n第三条　丙。\n';
    await expect(run(broken)).rejects.toThrow(/content\/regulations\/demo\.mdx:3: duplicate article number 第一条/);
    await expect(run(broken)).rejects.toThrow(/demo\.mdx:5: article 第三条 \(3\) out of order: expected 2 after 1/);
  });

  test('refuses Markdown constructs that would change the official words', async () => {
    await expect(run('第一条　甲：\n\n1. 乙\n')).rejects.toThrow(/demo\.mdx:3: unexpected list in official text/);
  });

  test('leaves other content alone', async () => {
    expect(await run('第五条　随便写的。', {}, 'content/cases/demo.mdx')).toBeUndefined();
  });
});
