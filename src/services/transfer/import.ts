import { appendAudit } from '../../../db/audit';
import type { Db } from '../../../db/client';
import type { Study } from '../../../db/studies/studies';
import { importStudy } from '../../../db/transfer/import';
import { parseStudyDocument, pseudonymizeCases, type ParseResult } from '../../transfer';

export type ImportResult =
  | { ok: true; study: Study }
  | { ok: false; error: Extract<ParseResult, { ok: false }>['error']; details: string[] };

/**
 * Imports an exported study file as a new study owned by `userId`: parses and checks it, pseudonymizes the
 * case texts again, and stores the study with its audit entry in one transaction. `titleOf` names the new
 * study after the original title. A refused file stores nothing.
 */
export function importStudyFile(
  db: Db,
  userId: number,
  file: { name: string; text: string },
  titleOf: (original: string) => string,
): ImportResult {
  const parsed = parseStudyDocument(file.text);
  if (!parsed.ok) return parsed;
  const doc = parsed.doc;
  try {
    const study = db.transaction((tx) => {
      const t = tx as unknown as Db;
      const study = importStudy(t, userId, pseudonymizeCases(doc), titleOf(doc.study.title));
      appendAudit(t, {
        studyId: study.id,
        userId,
        action: 'study.import',
        entity: 'study',
        entityId: study.id,
        summary: `${file.name}: ${doc.cases.length} cases, ${doc.rounds.length} rounds, ${doc.standardVersions.length} standard versions`,
      });
      return study;
    });
    return { ok: true, study };
  } catch (err) {
    // The transaction rolled back: nothing of the file is stored. Duplicates the schema cannot see end here.
    return { ok: false, error: 'schema', details: [err instanceof Error ? err.message : String(err)] };
  }
}
