import type { Content, ContentStack, ContentTable, ContentText, TableCell } from 'pdfmake/interfaces';
import type { Block, HandbookDoc, Run } from './model';
import { ACCENT } from './pdf-styles';
import { fitWidths } from './widths';

// Only set what a run changes, so the paragraph style (e.g. a bold item statement) still applies.
const runs = (rs: Run[]) =>
  rs.map((r) => ({
    text: r.text,
    ...(r.bold ? { bold: true } : {}),
    ...(r.italic ? { italics: true } : {}),
  }));

const grid = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#6b6b6b',
  vLineColor: () => '#6b6b6b',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/** A4 width less the page margins, in points. */
const TEXT_WIDTH = 595.28 - 120;

/**
 * Tables of up to this many rows, estimated at up to this height (points), move to the next page whole; the
 * height well under a page, because pdfmake silently drops what an unbreakable block has beyond one page.
 */
const SHORT_TABLE_ROWS = 12;
const SHORT_TABLE_PT = 420;

/** The characters of a cell, however it is nested (string, text runs, stack). */
function cellChars(cell: unknown): number {
  if (typeof cell === 'string') return cell.length;
  if (Array.isArray(cell)) return cell.reduce((n: number, c) => n + cellChars(c), 0);
  if (cell && typeof cell === 'object') {
    const c = cell as { text?: unknown; stack?: unknown[] };
    // Each line of a stack starts a new line in the cell: count it as at least a short line.
    if (c.stack) return c.stack.reduce((n: number, x) => n + Math.max(cellChars(x), 30), 0);
    return cellChars(c.text);
  }
  return 0;
}

/**
 * A rough height of a table in points: per row the tallest cell, at about 4.6 pt per character of 9 pt Roboto
 * and 11 pt per line. Enough to tell a table that fits well within a page from one that may not.
 */
function estimatedHeight(rows: TableCell[][], widths: (number | string)[]): number {
  const width = (k: number) => {
    const w = widths[k];
    return typeof w === 'number' ? Math.max(w, 20) : TEXT_WIDTH / widths.length;
  };
  return rows.reduce(
    (sum, row) =>
      sum + 6 + 11 * Math.max(1, ...row.map((cell, k) => Math.ceil((cellChars(cell) * 4.6) / width(k)))),
    24,
  );
}

function table(caption: string, header: string[], rows: TableCell[][], widths: (number | string)[]): Content {
  // Short tables move to the next page whole; long ones at least keep the header with their first row, and
  // pdfContent's pageBreakBefore keeps their caption with that.
  return {
    unbreakable: rows.length <= SHORT_TABLE_ROWS && estimatedHeight(rows, widths) <= SHORT_TABLE_PT,
    stack: [
      { text: caption, style: 'caption', headlineLevel: 4 },
      {
        table: {
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths,
          body: [header.map((x) => ({ text: x, style: 'th' })), ...rows],
        },
        layout: grid,
        style: 'td',
        margin: [0, 0, 0, 10],
      },
    ],
  };
}

/**
 * Widths in points that keep every word whole (see fitWidths), less each column's padding. Roboto at 9 pt is
 * narrower than the DejaVu Sans fitWidths allows for, hence the smaller em.
 */
const fitted = (header: string[], rows: string[][], w?: number[]) =>
  fitWidths(header, rows, w, TEXT_WIDTH - header.length * 8, 7.5, 0).widths;

function block(x: Block): Content | Content[] {
  switch (x.kind) {
    case 'titlePage':
      return [
        { text: x.subtitle.toUpperCase(), style: 'subtitle', margin: [0, 180, 0, 0] },
        { text: x.title, style: 'title' },
        { text: x.status, style: 'status' },
        {
          table: { widths: [110, '*'], body: x.meta.map(([k, v]) => [{ text: k, bold: true }, v]) },
          layout: 'noBorders',
        },
      ];
    case 'toc':
      return {
        toc: { title: { text: x.title, style: 'tocTitle' }, numberStyle: { bold: false } },
      };
    case 'heading': {
      const h: Record<string, unknown> = {
        text: x.text,
        style: `h${x.level}`,
        id: x.id,
        headlineLevel: x.level,
      };
      if (x.level <= 2) {
        Object.assign(h, { tocItem: true, tocMargin: x.level === 2 ? [14, 2, 0, 0] : [0, 8, 0, 0] });
        if (x.level === 1) Object.assign(h, { tocStyle: { bold: true, color: ACCENT } });
      }
      return h as unknown as ContentText;
    }
    case 'paragraph':
      return { text: runs(x.runs), style: x.role === 'item' ? 'item' : 'p' };
    case 'list': {
      const items = x.items.map((it) => ({
        text: runs(it),
        margin: [0, 0, 0, 2] as [number, number, number, number],
      }));
      return x.ordered ? { ol: items, style: 'list' } : { ul: items, style: 'list' };
    }
    case 'table':
      return table(
        x.caption,
        x.header,
        x.rows.map((r) =>
          // Plain strings where possible: per-cell style objects dominate layout time for long tables.
          r.map((c, k) => (x.numeric?.includes(k) ? { text: c, alignment: 'right' as const } : c)),
        ),
        fitted(x.header, x.rows, x.widths),
      );
    case 'fields':
      if (x.variant === 'terms') {
        return x.fields.map(([k, v]) => ({
          stack: [
            { text: k, bold: true },
            { text: v, margin: [12, 1, 0, 0] },
          ],
          margin: [0, 0, 0, 8],
          unbreakable: true,
        })) as Content[];
      }
      // One cell holding label–value lines: a two-column table per item costs several times more layout time.
      return {
        table: {
          widths: ['*'],
          body: [
            [
              {
                stack: x.fields.map(([k, v]) => ({
                  text: [
                    { text: `${k}: `, style: 'fieldLabel' },
                    { text: v, style: 'fieldValue' },
                  ],
                  margin: [0, 0, 0, 1.5] as [number, number, number, number],
                })),
              },
            ],
          ],
        },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: (i: number) => (i === 0 ? 2 : 0),
          vLineColor: () => ACCENT,
          paddingLeft: () => 8,
          paddingTop: () => 1,
          paddingBottom: () => 1,
        },
        margin: [0, 0, 0, 8],
      };
    case 'checklist':
      return table(
        x.caption,
        x.header,
        x.rows.map((r) => [
          {
            stack: [
              { text: r.title, bold: true, margin: [0, 0, 0, 1.5] },
              ...r.lines.map(([k, v]) => ({ text: [{ text: `${k}: `, italics: true }, v], fontSize: 8.5 })),
            ],
          },
          '',
          '',
          '',
          '',
          '',
        ]),
        ['*', 44, 36, 60, 36, 62],
      );
    case 'pageBreak':
      return [];
  }
}

/** What pdfmake's page-break hook is told about a node (pdfmake 0.2). */
export interface PdfNodeInfo {
  id?: string;
  pageNumbers: number[];
}

export interface PdfContent {
  content: Content[];
  /**
   * For pdfmake's pageBreakBefore: true for the caption of a long table (or the first heading before it) when
   * the table's first row went to a later page. It takes one parameter on purpose: pdfmake only collects the
   * nodes following each node on its page (quadratic in the document) for a hook that declares a second one.
   */
  pageBreakBefore: (node: PdfNodeInfo) => boolean;
}

/**
 * Gives a table cell's first line an id and returns the cell. pdfmake corrects the recorded page of a line
 * moved to the next page with the unbreakable block around it (here: the header and first row) only for lines
 * of nodes with an id.
 */
function withId(cell: TableCell, id: string): TableCell {
  if (typeof cell === 'string') return { text: cell, id };
  const c = cell as { stack?: TableCell[]; id?: string };
  if (c.stack?.length) c.stack[0] = withId(c.stack[0]!, id);
  else c.id = id;
  return cell;
}

/** The page pdfmake laid a node's first line out on (it records positions on the nodes it was given). */
function firstPage(node: unknown): number | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const n = node as { positions?: { pageNumber: number }[]; stack?: unknown[] };
  if (n.positions?.length) return n.positions[0]!.pageNumber;
  return n.stack?.length ? firstPage(n.stack[0]) : undefined;
}

/**
 * Blocks to pdfmake content. No heading, table caption or lead-in line ends a page, in one layout pass wherever possible:
 * an item's statement, fields and rubric stay on one page; headings travel with the first block after them
 * in an unbreakable stack, short tables (with their caption) too. Only a long table, which must be able to
 * span pages, cannot be held to its caption that way (pdfmake drops what an unbreakable block has beyond one
 * page): the caption and headings before it get an id, and pageBreakBefore moves them to the next page when
 * the table's header and first row (kept together by keepWithHeaderRows) start there. pdfmake lays the
 * document out again after each such break, so that costs one extra pass per stranded long table.
 */
export function pdfContent(doc: HandbookDoc): PdfContent {
  const out: Content[] = [];
  /** Id of a long table's first caption or heading → the table whose first row must start on its page. */
  const leads = new Map<string, ContentTable>();
  let breakNext = false;
  let group: Content[] | null = null;
  let pendingHeads: Content[] = [];
  const emit = (c: Content) => {
    if (breakNext) {
      out.push({ text: '', pageBreak: 'before' });
      breakNext = false;
    }
    out.push(c);
  };
  const flush = () => {
    if (!group) return;
    emit({ stack: [...pendingHeads, ...group], unbreakable: true });
    group = null;
    pendingHeads = [];
  };
  for (const [i, x] of doc.blocks.entries()) {
    if (x.kind === 'pageBreak') {
      flush();
      pendingHeads.forEach(emit);
      pendingHeads = [];
      breakNext = true;
      continue;
    }
    const c = block(x);
    if (x.kind === 'heading') {
      flush();
      pendingHeads.push(c as Content);
      continue;
    }
    // A line between a heading and its table (e.g. the form line of a scoring list) travels with both.
    const next = doc.blocks[i + 1];
    if (
      pendingHeads.length > 0 &&
      !group &&
      x.kind === 'paragraph' &&
      x.role !== 'item' &&
      (next?.kind === 'table' || next?.kind === 'checklist')
    ) {
      pendingHeads.push(...(Array.isArray(c) ? c : [c]));
      continue;
    }
    if (x.kind === 'paragraph' && x.role === 'item') {
      flush();
      group = [c as Content];
      continue;
    }
    if (
      group &&
      (x.kind === 'fields' || x.kind === 'list' || (x.kind === 'paragraph' && x.runs.every((r) => r.italic)))
    ) {
      // Rubric levels line up with the field bar above them.
      group.push(
        x.kind === 'fields' ? (c as Content) : { stack: Array.isArray(c) ? c : [c], margin: [10, 0, 0, 0] },
      );
      continue;
    }
    flush();
    const heads = pendingHeads;
    pendingHeads = [];
    const [first, ...rest] = Array.isArray(c) ? c : [c];
    if (x.kind === 'checklist' && !(first as ContentStack).unbreakable) {
      // A scoring list too long to move whole starts on a new page with its heading and form line: a paper
      // form, and no extra layout pass (which a lead that pdfmake must move would cost per list).
      breakNext = true;
      emit(heads.length > 0 ? { stack: [...heads, first!] } : first!);
    } else if ((x.kind === 'table' || x.kind === 'checklist') && !(first as ContentStack).unbreakable) {
      const [caption, body] = (first as ContentStack).stack as [ContentText, ContentTable];
      const lead = (heads[0] ?? caption) as { id?: string };
      lead.id ??= `pdf-table-${leads.size + 1}`;
      const row = body.table.body[1]!;
      row[0] = withId(row[0]!, `${lead.id}-first-row`);
      leads.set(lead.id, body);
      emit(heads.length > 0 ? { stack: [...heads, first!] } : first!);
    } else if (heads.length > 0) {
      // Only the first of several blocks (e.g. terms), so the unbreakable stack stays well within a page.
      emit({ stack: [...heads, first!], unbreakable: true });
    } else emit(first!);
    rest.forEach(emit);
  }
  flush();
  pendingHeads.forEach(emit);
  return {
    content: out,
    pageBreakBefore(node) {
      const table = node.id === undefined ? undefined : leads.get(node.id);
      const row = table && firstPage(table.table.body[1]?.[0]);
      return row !== undefined && row > node.pageNumbers[0]!;
    },
  };
}
