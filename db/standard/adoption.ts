import { and, asc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { AdoptionFacts } from '../../src/standard';
import { versionTree } from '../../src/standard';
import type { Db } from '../client';
import { memberChecks, protocols, rounds } from '../schema';
import { lastDecisions } from './source';
import { loadVersionContent } from './items';

/** What the adoption checklist needs to know about a draft version and its study, read from the records. */
export function adoptionFacts(db: Db, studyId: number, versionId: number): AdoptionFacts {
  const { clusters, items } = loadVersionContent(db, versionId);
  const numbered = versionTree(clusters, items).flatMap((c) => [
    ...c.subAspects.flatMap((s) => s.items),
    ...c.items,
  ]);
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
    items: numbered.map((x) => ({
      number: x.number,
      text: x.text,
      criterion: x.criterion,
      normPercentage: x.normPercentage,
      noNorm: x.noNorm,
    })),
    openRounds: open?.n ?? 0,
    withoutConsensus: lastDecisions(db, studyId).filter((d) => d.final === 'none').length,
    finalMemberCheck: finalCheck !== undefined,
    protocolChangesAfterRating: changes,
  };
}
