import { fitWidths } from './widths';
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';

const TEXT_WIDTH = 11906 - 2 * 1134;
const border = { style: BorderStyle.SINGLE, size: 4, color: '6B6B6B' };
const borders = { top: border, bottom: border, left: border, right: border };

/** One paragraph of a multi-line cell: an optional bold label, then the text. */
export interface CellLine {
  text: string;
  label?: string;
  bold?: boolean;
}

/**
 * Caption paragraph plus a full-width table whose first row repeats on every page. A cell is a string or a
 * list of lines (a scoring-form row: the activity, then criterion, norm and source).
 */
export function docxTable(
  caption: string,
  header: string[],
  rows: (string | CellLine[])[][],
  widths?: number[],
  numeric: number[] = [],
): FileChild[] {
  const text = (c: string | CellLine[]) => (typeof c === 'string' ? c : c.map((l) => l.text).join(' '));
  // 9.5 pt text (size 19) in 20ths of a point; wide tables that do not fit drop to 8.5 pt.
  let size = 19;
  let fit = fitWidths(
    header,
    rows.map((r) => r.map(text)),
    widths,
    TEXT_WIDTH,
    size * 10,
    160,
  );
  if (!fit.fits) {
    size = 17;
    fit = fitWidths(
      header,
      rows.map((r) => r.map(text)),
      widths,
      TEXT_WIDTH,
      size * 10,
      160,
    );
  }
  const cols = fit.widths.map((w) => Math.round(w));
  const cell = (content: string | CellLine[], k: number, head: boolean) =>
    new TableCell({
      width: { size: cols[k] ?? 0, type: WidthType.DXA },
      borders,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(head ? { shading: { type: ShadingType.CLEAR, fill: 'E4ECF4', color: 'auto' } } : {}),
      children: (typeof content === 'string' ? [{ text: content, bold: head }] : content).map(
        (line) =>
          new Paragraph({
            spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
            alignment: numeric.includes(k) && !head ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [
              ...(line.label ? [new TextRun({ text: line.label, italics: true, size: size - 2 })] : []),
              new TextRun({ text: line.text, bold: line.bold, size: line.label ? size - 2 : size }),
            ],
          }),
      ),
    });
  return [
    new Paragraph({ style: 'Caption', children: [new TextRun(caption)] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: cols,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: header.map((h, k) => cell(h, k, true)),
        }),
        ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, k) => cell(c, k, false)) })),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}
