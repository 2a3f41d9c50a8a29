import type { Db } from '../../../db/client';
import { readHandbookRecords, storedHandbookRecords } from '../../../db/standard/handbook-data';
import { reviveRecords, type HandbookRecords } from '../../handbook-data';

/**
 * Reads what the handbook's method accounting and appendix need, for one version of the standard. An adopted
 * version answers the records stored when it was adopted, so its handbook never changes afterwards; a draft
 * reads the study's records as they are now. Undefined when the version does not belong to the study.
 */
export function loadHandbookRecords(
  db: Db,
  studyId: number,
  versionNumber: number,
): HandbookRecords | undefined {
  const stored = storedHandbookRecords(db, studyId, versionNumber);
  if (stored) return reviveRecords(stored);
  return readHandbookRecords(db, studyId, versionNumber);
}
