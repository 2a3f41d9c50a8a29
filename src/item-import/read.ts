import type ExcelJS from 'exceljs';
import { decodeCsvBytes, readCsv } from '../exports/csv';
import { codebookTable, readCodebook } from '../refi-qda/read-codebook';
import { parseStudyDocument, type StudyDocument } from '../transfer';

export type Table = string[][];

export type ReadResult =
  | {
      ok: true;
      table: Table;
      kind: 'csv' | 'xlsx' | 'standard' | 'qdc';
      /** Set when a CSV was not UTF-8 and was read as Windows-1252, so the preview can say so. */
      encoding?: 'windows-1252';
    }
  | {
      ok: false;
      error: 'errFileType' | 'errXlsx' | 'errStudyJson' | 'errNoAdopted' | 'errXml' | 'errNoCodes';
    };

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('formula' in v || 'sharedFormula' in v) {
      // A formula counts by the value Excel stored for it; without one (a file written by a program, never
      // opened in Excel) or with an error value, the formula itself is shown, and the preview refuses it.
      const r = v.result;
      if (r === undefined || r === null) return `=${'formula' in v ? v.formula : v.sharedFormula}`;
      if (typeof r === 'object' && 'error' in r) return r.error;
      return r instanceof Date ? r.toISOString().slice(0, 10) : String(r);
    }
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return '';
  }
  return String(v);
}

/** The first worksheet of an XLSX file as rows of text (formulas by their cached result). */
export async function readXlsx(bytes: ArrayBuffer): Promise<Table | undefined> {
  // Loaded on first use (see newWorkbook in src/exports/xlsx.ts).
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch {
    return undefined;
  }
  const ws = wb.worksheets[0];
  if (!ws) return undefined;
  const table: Table = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    table[n - 1] = cells;
  });
  return Array.from(table, (r) => r ?? []);
}

/**
 * The last adopted standard version of a study export as an item table (the same columns as a file), so an
 * earlier standard seeds a revision through the same preview and checks.
 */
export function standardTable(doc: StudyDocument): Table | undefined {
  const adopted = doc.standardVersions
    .filter((v) => v.status === 'adopted')
    .sort((a, b) => b.number - a.number)[0];
  if (!adopted) return undefined;
  const clusters = new Map(
    doc.standardClusters.filter((c) => c.versionId === adopted.id).map((c) => [c.id, c]),
  );
  const clusterPos = (id: number | null) => {
    const c = id === null ? undefined : clusters.get(id);
    if (!c) return [Infinity, Infinity];
    const parent = c.parentId === null ? undefined : clusters.get(c.parentId);
    return parent ? [parent.position, c.position] : [c.position, -1];
  };
  const rows = doc.standardItems
    .filter((i) => i.versionId === adopted.id)
    .map((i) => ({ i, pos: [...clusterPos(i.clusterId), i.position] }))
    .sort((a, b) => a.pos[0]! - b.pos[0]! || a.pos[1]! - b.pos[1]! || a.pos[2]! - b.pos[2]!)
    .map(({ i }) => {
      const c = i.clusterId === null ? undefined : clusters.get(i.clusterId);
      const parent = c?.parentId != null ? clusters.get(c.parentId) : undefined;
      const [cluster, sub] = parent ? [parent.label, c!.label] : [c?.label ?? '', ''];
      const norm = i.normPercentage === null ? '' : `${i.normPercentage}% ${i.normUnit}`;
      return [cluster, sub, i.phaseId ?? '', i.text, i.criterion, norm];
    });
  return [['cluster', 'sub-aspect', 'phase', 'wording', 'criterion', 'norm'], ...rows];
}

/**
 * Reads an uploaded item list by its name: .csv/.txt (the one CSV reader, separator sniffed), .xlsx, a study .json export, or a
 * REFI-QDA codebook (.qdc) as a starting structure.
 */
export async function readItemFile(name: string, bytes: ArrayBuffer): Promise<ReadResult> {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'txt') {
    const { text, encoding } = decodeCsvBytes(bytes);
    const table = readCsv(text, { lenient: true });
    return encoding === 'windows-1252'
      ? { ok: true, kind: 'csv', table, encoding }
      : { ok: true, kind: 'csv', table };
  }
  if (ext === 'xlsx') {
    const table = await readXlsx(bytes);
    return table ? { ok: true, kind: 'xlsx', table } : { ok: false, error: 'errXlsx' };
  }
  if (ext === 'json') {
    const parsed = parseStudyDocument(new TextDecoder().decode(bytes));
    if (!parsed.ok) return { ok: false, error: 'errStudyJson' };
    const table = standardTable(parsed.doc);
    return table ? { ok: true, kind: 'standard', table } : { ok: false, error: 'errNoAdopted' };
  }
  if (ext === 'qdc') {
    const parsed = readCodebook(new TextDecoder().decode(bytes));
    return parsed.ok ? { ok: true, kind: 'qdc', table: codebookTable(parsed.codes) } : parsed;
  }
  return { ok: false, error: 'errFileType' };
}
