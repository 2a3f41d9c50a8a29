import { LONG_COLUMNS, type LongRow } from './long';

/** Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function safeText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function cell(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return String(v);
  const s = safeText(v);
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV (comma, CRLF, quoted when needed) with a header row, UTF-8 with BOM for Excel. */
export function toCsv<C extends string>(
  columns: readonly C[],
  rows: readonly Record<C, string | number | boolean | null>[],
): string {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => cell(r[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The rating answers in long format (see long.ts). */
export function longCsv(rows: readonly LongRow[]): string {
  return toCsv(
    LONG_COLUMNS,
    rows as readonly Record<(typeof LONG_COLUMNS)[number], string | number | boolean | null>[],
  );
}
