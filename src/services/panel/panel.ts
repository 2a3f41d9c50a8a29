import type { Lang } from '../../domain';
import type { Db } from '../../../db/client';
import { createPanellist, importPanellists, panelEmails, type Panellist } from '../../../db/panel/panel';
import { erasePanellist, type AnswersChoice } from '../../../db/panel/privacy';
import type { ImportRow, PanelRowInput } from '../../panel/csv';
import { pseudonymize } from '../../pseudonymize';
import { pool } from '../../work/pool';
import { topUpOpenPools } from '../rounds/top-up';

/**
 * Adds one panellist (see `createPanellist`: invited to the rounds open now) and, in the same transaction, gives
 * them their own subset in an open round with item subsets.
 */
export function addPanellistToStudy(
  db: Db,
  key: Buffer,
  studyId: number,
  userId: number,
  input: PanelRowInput,
): ReturnType<typeof createPanellist> {
  return db.transaction(() => {
    const res = createPanellist(db, key, studyId, userId, input);
    if (res.ok) topUpOpenPools(db, studyId, userId);
    return res;
  });
}

export type PanelImport =
  | { ok: false; error: 'errNoCsv' | 'errCsvEmpty' | 'errCsvNoName' | 'errCsvTooManyRows' }
  | {
      ok: true;
      added: Panellist[];
      refused: ImportRow[];
      unknownHeaders: string[];
    };

/**
 * Imports a panel CSV: the good rows are added (with one audit entry) in one transaction, the others reported
 * with their reasons. Parsing a large CSV and deriving a link per row run in the worker pool; only the insert
 * runs here.
 */
export async function importPanelCsv(
  db: Db,
  key: Buffer,
  studyId: number,
  userId: number,
  text: string,
): Promise<PanelImport> {
  if (!text.trim()) return { ok: false, error: 'errNoCsv' };
  const parsed = await pool().run('parsePanelCsv', [text, panelEmails(db, studyId)]);
  if (!parsed.ok) return parsed;
  const good = parsed.rows.filter((row) => !row.errors.length);
  const secrets = await pool().run('newLinkSecrets', [key, good.length]);
  const added = await importPanellists(
    db,
    studyId,
    userId,
    good.map((row) => row.input),
    secrets,
  );
  // The import itself is chunked (not one transaction); the subsets of open rounds follow in one of their own.
  if (added.length) topUpOpenPools(db, studyId, userId);
  return {
    ok: true,
    added,
    refused: parsed.rows.filter((row) => row.errors.length),
    unknownHeaders: parsed.unknownHeaders,
  };
}

/**
 * Erases a panellist (see `erasePanellist`). The reason goes into the append-only log, so the panellist's own
 * name and any other personal detail are taken out of it first.
 */
export function erasePanellistWithReason(
  db: Db,
  study: { id: number; lang: Lang; knownNames: readonly string[] },
  person: Pick<Panellist, 'id' | 'name'>,
  answers: AnswersChoice,
  reason: string,
  userId: number,
): boolean {
  const names = [person.name, ...study.knownNames].filter(Boolean);
  const clean = pseudonymize(reason, { names, lang: study.lang }).text;
  return erasePanellist(db, study.id, person.id, answers, clean, userId);
}
