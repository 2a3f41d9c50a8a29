import type ExcelJS from 'exceljs';
import { ITEM_COLUMNS, type ItemRow } from './item-rows';
import { LONG_COLUMNS, type LongRow } from './long';

export const ANSWERS_SHEET = 'Antwoorden';
export const ITEMS_SHEET = 'Itemstatistieken';

export function sheet<C extends string>(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly C[],
  rows: readonly Record<C, unknown>[],
) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c, key: c, width: Math.max(10, c.length + 2) }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    ws.addRow(
      columns.map((c) => {
        const v = r[c];
        return typeof v === 'boolean' ? (v ? 1 : 0) : (v ?? null);
      }),
    );
  }
}

/**
 * A new workbook. exceljs (with its zip and stream libraries, about 8 MB of heap) is loaded on the first export,
 * not at start: the thread that answers panellists keeps a smaller heap, and so shorter collector pauses.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Maatstaf';
  return wb;
}

/** A workbook with the raw answers (long format) and the item statistics, as an .xlsx buffer. */
export async function answersWorkbook(
  answers: readonly LongRow[],
  items: readonly ItemRow[],
): Promise<Buffer> {
  const wb = await newWorkbook();
  sheet(wb, ANSWERS_SHEET, LONG_COLUMNS, answers);
  sheet(wb, ITEMS_SHEET, ITEM_COLUMNS, items);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
