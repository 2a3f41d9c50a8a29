import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { LONG_COLUMNS, type LongRow } from './long';

/** The one CSV module: every CSV we write and every CSV import goes through here (on csv-stringify/csv-parse). */

export type CsvCell = string | number | boolean | null;
export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvWriteOptions {
  /** ',' (RFC 4180, the default) or ';' for spreadsheets set to Dutch, which read ',' as the decimal sign. */
  delimiter?: ',' | ';';
  /** A byte-order mark so Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function safeText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/**
 * The one CSV writer: comma (or semicolon) separated, CRLF, quoted when a field holds a quote, a line break or
 * either separator, a header row, UTF-8 with BOM for Excel, and every text cell guarded against formulas.
 */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  opts: CsvWriteOptions = {},
): string {
  const out = stringify([header, ...rows] as CsvCell[][], {
    delimiter: opts.delimiter ?? ',',
    record_delimiter: '\r\n',
    // Always quoted when a ',' or ';' is inside, so the file reads the same whichever separator Excel expects.
    quoted_match: /[",;\r\n]/,
    cast: {
      string: safeText,
      boolean: (v) => (v ? '1' : '0'),
      number: (v) => String(v),
    },
  });
  return (opts.bom ?? true) ? `\uFEFF${out}` : out;
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

/**
 * The text of an uploaded CSV: UTF-8 (a BOM is dropped), UTF-16 when it starts with a BOM (Excel's "Unicode
 * text"), and otherwise, when the bytes are no valid UTF-8, Windows-1252 — what Dutch Excel writes as "CSV
 * (gescheiden door lijstscheidingsteken)", where "cliënt" would else become "cli\uFFFDnt".
 */
export function decodeCsvBytes(bytes: ArrayBuffer): {
  text: string;
  encoding: 'utf-8' | 'utf-16' | 'windows-1252';
} {
  const b = new Uint8Array(bytes);
  if (b[0] === 0xff && b[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(b), encoding: 'utf-16' };
  if (b[0] === 0xfe && b[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(b), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(b), encoding: 'windows-1252' };
  }
}

export interface CsvReadOptions {
  /** The separator; by default the one of `;`, tab and `,` that splits the first line most (Excel-Dutch writes `;`). */
  delimiter?: CsvDelimiter;
  /**
   * A quote that is never closed makes the file unreadable (a SyntaxError) unless `lenient`: then the file is read
   * again with quotes as plain characters, so a person sees their rows in the preview and can fix the one cell.
   */
  lenient?: boolean;
}

function sniffDelimiter(text: string): CsvDelimiter {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0] ?? '';
  return ([';', '\t', ','] as const)
    .map((s) => ({ s, n: firstLine.split(s).length }))
    .sort((a, b) => b.n - a.n)[0]!.s;
}

/**
 * The one CSV reader: quoted fields may hold separators, line breaks and doubled quotes; CRLF, LF or CR line
 * ends; a BOM is dropped; a trailing newline adds no row, an empty line is a row with one empty field (so row
 * numbers match the file's lines). Returns the rows as arrays of raw field text.
 */
export function readCsv(text: string, opts: CsvReadOptions = {}): string[][] {
  const read = (quote: boolean): string[][] =>
    parse(text, {
      bom: true,
      delimiter: opts.delimiter ?? sniffDelimiter(text),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      quote: quote ? '"' : false,
    });
  try {
    return read(true);
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    if (opts.lenient) return read(false);
    throw new SyntaxError(e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'unterminated quoted field' : e.message);
  }
}
