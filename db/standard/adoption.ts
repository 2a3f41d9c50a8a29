import { and, asc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import { memberChecks, protocols, rounds, standardItems, standardVersions, users } from '../schema';
import { StandardError } from './errors';
import { readHandbookRecords } from './handbook-data';
import { loadVersionContent } from './items';
import { lastDecisions } from './source';
import { assertDraft, type StandardVersion } from './standard';

/**
 * What the adoption checklist needs to know about a draft version and its study, read from the records: the
 * version's content (numbered by the service, see `adoptionFacts`) and the counts the warnings are made of.
 */
export function adoptionRecords(db: Db, studyId: number, versionId: number) {
  const content = loadVersionContent(db, versionId);
  const open = db
    .select({ n: sql<number>`count(*)` })
    .from(rounds)
    .where(and(eq(rounds.studyId, studyId), eq(rounds.status, 'open')))
    .get();
  const firstRating = db
    .select({ openedAt: rounds.openedAt })
    .from(rounds)
    .where(and(eq(rounds.studyId, studyId), eq(rounds.kind, 'rating'), isNotNull(rounds.openedAt)))
    .orderBy(asc(rounds.openedAt))
    .get();
  const changes = firstRating?.openedAt
    ? (db
        .select({ n: sql<number>`count(*)` })
        .from(protocols)
        .where(and(eq(protocols.studyId, studyId), gt(protocols.createdAt, firstRating.openedAt)))
        .get()?.n ?? 0)
    : 0;
  const finalCheck = db
    .select({ id: memberChecks.id })
    .from(memberChecks)
    .innerJoin(rounds, eq(rounds.id, memberChecks.roundId))
    .where(and(eq(rounds.studyId, studyId), eq(rounds.standardVersionId, versionId)))
    .get();
  return {
    content,
    openRounds: open?.n ?? 0,
    withoutConsensus: lastDecisions(db, studyId).filter((d) => d.final === 'none').length,
    finalMemberCheck: finalCheck !== undefined,
    protocolChangesAfterRating: changes,
  };
}

/**
 * Adopts a draft: from now on it is frozen (dated, with who adopted it), here and by the database triggers.
 * In the same transaction it stores the records its handbook is generated from, as they are at this moment
 * (so the adopted handbook never changes), the checklist warnings the researcher confirmed, and the audit entry.
 */
export function adoptVersion(
  db: Db,
  versionId: number,
  userId: number,
  confirmed: { code: string; count: number }[] = [],
  summary = '',
): StandardVersion {
  return db.transaction((tx) => {
    const v = assertDraft(tx as unknown as Db, versionId);
    const row = tx
      .select({ n: sql<number>`count(*)` })
      .from(standardItems)
      .where(eq(standardItems.versionId, versionId))
      .get();
    if (!row?.n) throw new StandardError('empty', 'A standard without items cannot be adopted.');
    const now = new Date();
    const records = readHandbookRecords(tx as unknown as Db, v.studyId, v.number, now)!;
    const by = tx.select({ name: users.name }).from(users).where(eq(users.id, userId)).get();
    const frozenRecords = {
      ...records,
      version: {
        ...records.version,
        status: 'adopted' as const,
        adoptedAt: now,
        adoptedByName: by?.name ?? null,
        adoptionConfirmed: confirmed,
      },
    };
    const adopted = tx
      .update(standardVersions)
      .set({
        status: 'adopted',
        adoptedBy: userId,
        adoptedAt: now,
        adoptionConfirmed: confirmed,
        handbookRecords: frozenRecords,
      })
      .where(eq(standardVersions.id, versionId))
      .returning()
      .get();
    appendAudit(tx as unknown as Db, {
      studyId: v.studyId,
      userId,
      action: 'standard.adopt',
      entity: 'standard_version',
      entityId: versionId,
      summary,
      after: { confirmed },
    });
    return adopted;
  });
}
