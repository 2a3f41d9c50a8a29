import { LONG_COLUMNS, type LongRow } from './long';

export type CsvCell = string | number | boolean | null;

/** Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function safeText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function cell(v: CsvCell): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return String(v);
  const s = safeText(v);
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The one CSV writer: RFC 4180 (comma, CRLF, quoted when needed) with a header row, UTF-8 with BOM for Excel,
 * and every text cell guarded against formulas. Every CSV we write goes through here.
 */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(cell).join(',')];
  for (const r of rows) lines.push(r.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The long answer export (one row per answer and dimension). */
export function longCsv(rows: readonly LongRow[]): string {
  return csvDocument(
    LONG_COLUMNS,
    rows.map((r) => LONG_COLUMNS.map((c) => r[c])),
  );
}

/** Rows as records, written in the order of `columns` (through the one writer above). */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, CsvCell>[]): string {
  return csvDocument(
    columns,
    rows.map((r) => columns.map((c) => r[c])),
  );
}
