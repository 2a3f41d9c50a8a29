import type { Db } from '../../../db/client';
import { adoptVersion, type StandardVersion } from '../../../db/standard/standard';
import { adoptionFacts } from '../../../db/standard/adoption';
import {
  adoptionChecklist,
  type AdoptionChecklist,
  type WarningCode,
} from '../../standard/adoption-checklist';

export type AdoptResult =
  | { ok: true; version: StandardVersion }
  | { ok: false; checklist: AdoptionChecklist; unconfirmed: WarningCode[] };

/** The checklist of a draft version as the records show it now. */
export function checklistFor(db: Db, version: StandardVersion): AdoptionChecklist {
  return adoptionChecklist(adoptionFacts(db, version.studyId, version.id));
}

/**
 * Adopts a draft version when nothing blocks and every warning of the checklist is among `confirmed`; the
 * confirmed warnings are stored with the version and in its audit entry.
 */
export function adoptChecked(
  db: Db,
  version: StandardVersion,
  userId: number,
  confirmed: readonly string[],
  summary: string,
): AdoptResult {
  const checklist = checklistFor(db, version);
  const unconfirmed = checklist.warnings.map((w) => w.code).filter((code) => !confirmed.includes(code));
  if (checklist.blocking.length > 0 || unconfirmed.length > 0) return { ok: false, checklist, unconfirmed };
  return { ok: true, version: adoptVersion(db, version.id, userId, checklist.warnings, summary) };
}
