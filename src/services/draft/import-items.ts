import type { Db } from '../../../db/client';
import { activeWordings, importItems, type ImportSource } from '../../../db/draft/item-import';
import type { Phase } from '../../../db/schema';
import { parseItemTable, type ItemImportRow } from '../../item-import/parse';
import type { Table } from '../../item-import/read';

/** Why a table cannot be imported as a whole (row errors are reported per row instead). */
export type TableRefusal = 'errEmpty' | 'errNoWording' | 'errNothing';

export type ItemTableCheck =
  | { kind: 'refused'; error: TableRefusal }
  | { kind: 'rowErrors' | 'ok'; rows: ItemImportRow[]; unknownHeaders: string[] };

/**
 * Checks an item table against the study's phases and the wordings already in its draft: refused as a whole,
 * with errors in some rows (nothing may be imported), or ready to import.
 */
export function checkItemTable(
  db: Db,
  studyId: number,
  phases: readonly Phase[],
  table: Table,
): ItemTableCheck {
  const parsed = parseItemTable(table, phases, activeWordings(db, studyId));
  if (!parsed.ok) return { kind: 'refused', error: parsed.error };
  if (!parsed.rows.length) return { kind: 'refused', error: 'errNothing' };
  const kind = parsed.rows.some((r) => r.errors.length) ? 'rowErrors' : 'ok';
  return { kind, rows: parsed.rows, unknownHeaders: parsed.unknownHeaders };
}

/**
 * Checks the table again (the draft may have changed since the preview) and imports it, all in one
 * transaction with its audit entry: all rows or none.
 */
export function importItemTable(
  db: Db,
  studyId: number,
  phases: readonly Phase[],
  table: Table,
  source: ImportSource,
  userId: number,
): { kind: 'imported'; items: number; clusters: number } | Exclude<ItemTableCheck, { kind: 'ok' }> {
  return db.transaction((t) => {
    const tx = t as unknown as Db;
    const check = checkItemTable(tx, studyId, phases, table);
    if (check.kind !== 'ok') return check;
    const done = importItems(
      tx,
      studyId,
      check.rows.map((r) => r.input),
      source,
      userId,
    );
    return { kind: 'imported', ...done };
  });
}
