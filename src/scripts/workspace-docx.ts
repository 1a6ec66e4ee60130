/**
 * The workspace document (src/lib/workspace.ts) as a Word file, laid out like an official
 * document: A4 with the usual margins, a 小标宋 title, 黑体 section headings, 楷体 sub-headings,
 * 仿宋 body text, the 整改 list as a table. Font names are those Word users have for official
 * documents, with common fallbacks; Word uses what it has. Loaded only when the reader exports.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions } from 'docx';
import type { Block, WorkspaceDocument } from '../lib/workspace';

const TITLE = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: '方正小标宋简体' };
const HEI = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: '黑体' };
const KAI = { ascii: 'KaiTi', hAnsi: 'KaiTi', eastAsia: '楷体_GB2312' };
const FANG = { ascii: 'FangSong', hAnsi: 'FangSong', eastAsia: '仿宋_GB2312' };
/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
const ERHAO = 44;
const SANHAO = 32;
const SIHAO = 28;
/** Twips: A4, margins 37 / 35 / 28 / 26 mm as official documents are printed. */
const mm = (n: number) => Math.round((n / 25.4) * 1440);

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, font: FANG, size: SANHAO, ...options });
/** A body paragraph: first-line indent of two characters, fixed 28 pt line spacing. */
const body = (children: TextRun[]) => new Paragraph({ children, indent: { firstLine: SANHAO * 20 }, spacing: { line: 560, lineRule: 'exact' } });

function table(b: Extract<Block, { kind: 'table' }>): Table {
  const widths = [48, 16, 22, 14];
  const cell = (text: string, i: number, head = false) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({ alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, { font: head ? HEI : FANG, size: SIHAO })] }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: b.head.map((h, i) => cell(h, i, true)) }),
      ...b.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i)) })),
    ],
  });
}

function block(b: Block): (Paragraph | Table)[] {
  if (b.kind === 'subheading') return [body([run(b.text, { font: KAI })])];
  if (b.kind === 'table') return [table(b), new Paragraph({ children: [] })];
  return [body([run(`${b.number}. ${b.text}`)]), ...b.lines.map((l) => body([run(`${l.label}：`, { bold: true }), run(l.text)]))];
}

export function toDocxDocument(doc: WorkspaceDocument): Document {
  return new Document({
    title: doc.title,
    creator: '全面从严治党责任知识库',
    styles: { default: { document: { run: { font: FANG, size: SANHAO } } } },
    sections: [
      {
        properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: doc.title, font: TITLE, size: ERHAO })] }),
          ...(doc.roles ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(`（${doc.roles}）`, { font: KAI })] })] : []),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [run(doc.date)] }),
          ...doc.sections.flatMap((s) => [body([run(s.heading, { font: HEI })]), ...s.blocks.flatMap(block)]),
        ],
      },
    ],
  });
}

export function toDocx(doc: WorkspaceDocument): Promise<Blob> {
  return Packer.toBlob(toDocxDocument(doc));
}
