import { createRequire } from 'node:module';
import type { Content, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import type { HandbookDoc } from './model';
import { pdfContent } from './pdf-content';
import { pdfStyles } from './pdf-styles';

// pdfmake 0.2 is CommonJS and its server-side printer is untyped (@types/pdfmake describes 0.3).
interface PdfKitDoc extends NodeJS.ReadableStream {
  end(): void;
}
interface PdfPrinter {
  createPdfKitDocument(def: TDocumentDefinitions): PdfKitDoc;
}
const require = createRequire(import.meta.url);

let printer: PdfPrinter | undefined;

/** Roboto ships inside pdfmake, so no network or system fonts are needed and ë, é, ï, ü all render. */
function getPrinter(): PdfPrinter {
  if (printer) return printer;
  const Printer = require('pdfmake') as new (fonts: TFontDictionary) => PdfPrinter;
  // Since pdfmake 0.2.10 the vfs_fonts module exports the font table itself.
  const vfs = require('pdfmake/build/vfs_fonts.js') as Record<string, string>;
  const font = (name: string) => Buffer.from(vfs[name] ?? '', 'base64') as unknown as string;
  printer = new Printer({
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  });
  return printer;
}

/** A4 PDF with title page, table of contents with page numbers, running head and page numbers. */
export async function renderPdf(doc: HandbookDoc): Promise<Buffer> {
  const content = pdfContent(doc);
  const def: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [60, 64, 60, 60],
    info: { title: doc.title, creator: 'Maatstaf', producer: 'Maatstaf' },
    language: doc.lang,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25, color: '#1b1b1b' },
    styles: pdfStyles,
    header: (page: number): Content =>
      page === 1
        ? ''
        : {
            text: doc.runningHead,
            fontSize: 8,
            color: '#555555',
            alignment: 'right',
            margin: [60, 30, 60, 0],
          },
    footer: (page: number, pages: number): Content =>
      page === 1
        ? ''
        : {
            text: `${page} / ${pages}`,
            alignment: 'center',
            fontSize: 8.5,
            color: '#555555',
            margin: [0, 24, 0, 0],
          },
    content: content.content,
    // Keeps a long table's caption with its first row; everything else is kept together in pdfContent.
    // (pdfmake 0.2 passes a node description; @types/pdfmake describes 0.3's.)
    pageBreakBefore: content.pageBreakBefore as unknown as TDocumentDefinitions['pageBreakBefore'],
  };
  const pdf = getPrinter().createPdfKitDocument(def);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}
