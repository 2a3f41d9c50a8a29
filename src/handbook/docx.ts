import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
} from 'docx';
import { ACCENT, docxNumbering, docxStyles } from './docx-styles';
import { docxTable, type CellLine } from './docx-table';
import type { Block, HandbookDoc, Run } from './model';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

const textRuns = (rs: Run[]) => rs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic }));

/** Bookmark names must start with a letter and stay under 40 characters. */
const bookmarkId = (id: string) => `h_${id.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 39);

function titlePage(x: Extract<Block, { kind: 'titlePage' }>): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({ children: [new TextRun({ text: x.subtitle.toUpperCase(), size: 24, color: '3D3D3D' })] }),
    new Paragraph({
      spacing: { before: 200, after: 400, line: 264, lineRule: LineRuleType.AUTO },
      children: [new TextRun({ text: x.title, bold: true, size: 48, color: ACCENT })],
    }),
    new Paragraph({
      spacing: { after: 600 },
      children: [new TextRun({ text: x.status, bold: true, size: 26 })],
    }),
    ...x.meta.map(
      ([k, v]) => new Paragraph({ children: [new TextRun({ text: `${k}: `, bold: true }), new TextRun(v)] }),
    ),
  ];
}

function toChildren(doc: HandbookDoc): FileChild[] {
  const out: FileChild[] = [];
  let listInstance = 0;
  for (const x of doc.blocks) {
    switch (x.kind) {
      case 'titlePage':
        out.push(...titlePage(x));
        break;
      case 'toc':
        out.push(
          new Paragraph({ style: 'TocTitle', children: [new TextRun(x.title)] }),
          new TableOfContents(x.title, { hyperlink: true, headingStyleRange: '1-2' }),
        );
        break;
      case 'heading':
        out.push(
          new Paragraph({
            heading: HEADINGS[x.level - 1],
            children: [new Bookmark({ id: bookmarkId(x.id), children: [new TextRun(x.text)] })],
          }),
        );
        break;
      case 'paragraph':
        out.push(
          new Paragraph({
            children: textRuns(x.runs),
            ...(x.role === 'item'
              ? {
                  keepNext: true,
                  spacing: { before: 240, after: 60 },
                  border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 6 } },
                }
              : {}),
          }),
        );
        break;
      case 'list': {
        listInstance += 1;
        for (const it of x.items) {
          out.push(
            new Paragraph({
              children: textRuns(it),
              ...(x.ordered
                ? { numbering: { reference: 'numbered', level: 0, instance: listInstance } }
                : { bullet: { level: 0 } }),
            }),
          );
        }
        break;
      }
      case 'fields':
        if (x.variant === 'terms') {
          for (const [k, v] of x.fields) {
            out.push(
              new Paragraph({
                keepNext: true,
                spacing: { before: 120, after: 20 },
                children: [new TextRun({ text: k, bold: true })],
              }),
              new Paragraph({ indent: { left: 360 }, children: [new TextRun(v)] }),
            );
          }
          break;
        }
        for (const [k, v] of x.fields) {
          out.push(
            new Paragraph({
              indent: { left: 360 },
              spacing: { after: 40 },
              children: [new TextRun({ text: `${k}: `, bold: true }), new TextRun(v)],
            }),
          );
        }
        break;
      case 'table':
        out.push(...docxTable(x.caption, x.header, x.rows, x.widths, x.numeric));
        break;
      case 'checklist':
        out.push(
          ...docxTable(
            x.caption,
            x.header,
            x.rows.map((r) => [
              [
                { text: r.title, bold: true },
                ...r.lines.map(([k, v]): CellLine => ({ text: v, label: `${k}: ` })),
              ],
              '',
              '',
              '',
              '',
              '',
            ]),
            // Wide enough that "Voldaan" and "N.v.t." never break inside the word; "Niet voldaan" wraps at the space.
            [8, 2.4, 2, 2.4, 2, 3.2],
          ),
        );
        break;
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

/** Word document with real heading styles, a TOC field Word fills in on open, lists, tables and page numbers. */
export async function renderDocx(doc: HandbookDoc): Promise<Buffer> {
  const pageNo = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })],
  });
  const document = new Document({
    title: doc.title,
    creator: 'Maatstaf',
    // Word updates the fields (the TOC with its page numbers) on opening. Writing estimated page numbers with the
    // document (docx/layout) took 20 s for the demo and drifted 1–3 pages in LibreOffice without Calibri metrics.
    features: { updateFields: true },
    styles: docxStyles,
    numbering: docxNumbering,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: doc.runningHead, size: 16, color: '555555' })],
              }),
            ],
          }),
        },
        footers: { default: new Footer({ children: [pageNo] }) },
        children: toChildren(doc),
      },
    ],
  });
  return Packer.toBuffer(document);
}
