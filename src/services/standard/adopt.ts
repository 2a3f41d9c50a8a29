import type { Db } from '../../../db/client';
import { adoptionRecords, adoptVersion } from '../../../db/standard/adoption';
import type { StandardVersion } from '../../../db/standard/standard';
import {
  adoptionChecklist,
  type AdoptionChecklist,
  type AdoptionFacts,
  type WarningCode,
} from '../../standard/adoption-checklist';
import { versionTree } from '../../standard/tree';

export type AdoptResult =
  | { ok: true; version: StandardVersion }
  | { ok: false; checklist: AdoptionChecklist; unconfirmed: WarningCode[] };

/** What the adoption checklist needs to know about a draft version and its study, items numbered. */
export function adoptionFacts(db: Db, studyId: number, versionId: number): AdoptionFacts {
  const { content, ...counts } = adoptionRecords(db, studyId, versionId);
  const numbered = versionTree(content.clusters, content.items).flatMap((c) => [
    ...c.subAspects.flatMap((s) => s.items),
    ...c.items,
  ]);
  return {
    items: numbered.map((x) => ({
      number: x.number,
      text: x.text,
      criterion: x.criterion,
      normPercentage: x.normPercentage,
      noNorm: x.noNorm,
    })),
    ...counts,
  };
}

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
