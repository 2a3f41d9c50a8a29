import { isRealtime } from '../rounds/realtime';
import { importedItemCount } from '../draft/item-import';
import { poolOf } from '../rounds/pools';
import { and, asc, eq, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { HandbookRecords } from '../../src/handbook-data';
import type { Db } from '../client';
import {
  cases,
  decisions,
  itemVersions,
  items,
  memberCheckResponses,
  memberChecks,
  panellists,
  participations,
  protocols,
  ratingAnswers,
  roundItems,
  rounds,
  standardVersions,
  studies,
  studyMembers,
  users,
  proposedActivities,
} from '../schema';
import { loadVersionContent } from './items';

/**
 * The rounds a version's handbook accounts for. An adopted version is frozen, so its handbook reads the same
 * later: only the rounds closed by the time it was adopted, not rounds held afterwards for a next version.
 */
function roundsOf(studyId: number, adoptedAt: Date | null): SQL | undefined {
  if (!adoptedAt) return eq(rounds.studyId, studyId);
  return and(eq(rounds.studyId, studyId), isNotNull(rounds.closedAt), lte(rounds.closedAt, adoptedAt));
}

function roundRows(db: Db, studyId: number, roundIds: number[]) {
  const counts = db
    .select({
      roundId: participations.roundId,
      invited: sql<number>`count(*)`,
      started: sql<number>`count(${participations.startedAt})`,
      completed: sql<number>`count(${participations.completedAt})`,
    })
    .from(participations)
    .innerJoin(rounds, eq(rounds.id, participations.roundId))
    .where(and(eq(rounds.studyId, studyId), roundIds.length ? inArray(rounds.id, roundIds) : sql`0`))
    .groupBy(participations.roundId)
    .all();
  const byRound = new Map(counts.map((x) => [x.roundId, x]));
  return db
    .select()
    .from(rounds)
    .where(and(eq(rounds.studyId, studyId), roundIds.length ? inArray(rounds.id, roundIds) : sql`0`))
    .orderBy(asc(rounds.number))
    .all()
    .map((r) => {
      const n = byRound.get(r.id);
      const pool = poolOf(db, r.id);
      return {
        ...r,
        invited: n?.invited ?? 0,
        started: n?.started ?? 0,
        completed: n?.completed ?? 0,
        pool: pool && { size: pool.size, minPerItem: pool.minPerItem, randomOrder: pool.randomOrder },
        realtime: isRealtime(db, r.id),
      };
    });
}

/**
 * The handbook records stored with a version at its adoption (JSON as stored; `reviveRecords` in
 * src/handbook-data makes them records again), or undefined for a draft version.
 */
export function storedHandbookRecords(db: Db, studyId: number, versionNumber: number): unknown {
  return (
    db
      .select({ records: standardVersions.handbookRecords })
      .from(standardVersions)
      .where(and(eq(standardVersions.studyId, studyId), eq(standardVersions.number, versionNumber)))
      .get()?.records ?? undefined
  );
}

/**
 * The records as they are now, or — with `asOf` — cut off at that moment (rounds closed by then, protocol
 * versions and member checks up to then), as adoption stores them.
 */
export function readHandbookRecords(
  db: Db,
  studyId: number,
  versionNumber: number,
  asOf?: Date,
): HandbookRecords | undefined {
  const study = db.select().from(studies).where(eq(studies.id, studyId)).get();
  const version = db
    .select({ v: standardVersions, adoptedByName: users.name })
    .from(standardVersions)
    .leftJoin(users, eq(users.id, standardVersions.adoptedBy))
    .where(and(eq(standardVersions.studyId, studyId), eq(standardVersions.number, versionNumber)))
    .get();
  if (!study || !version) return undefined;
  const roundIds = db
    .select({ id: rounds.id })
    .from(rounds)
    .where(roundsOf(studyId, asOf ?? version.v.adoptedAt))
    .all()
    .map((r) => r.id);
  const inRounds = (col: SQLiteColumn) => (roundIds.length ? inArray(col, roundIds) : sql`0`);
  const content = loadVersionContent(db, version.v.id);
  // An adopted version reads the records as they were when it was adopted: later protocol changes and
  // member checks are not part of its accounting.
  const adoptedAt = asOf ?? version.v.adoptedAt;
  const mcs = db
    .select()
    .from(memberChecks)
    .where(
      and(inRounds(memberChecks.roundId), adoptedAt ? lte(memberChecks.publishedAt, adoptedAt) : undefined),
    )
    .all();
  const responses = mcs.length
    ? db
        .select()
        .from(memberCheckResponses)
        .where(
          inArray(
            memberCheckResponses.memberCheckId,
            mcs.map((m) => m.id),
          ),
        )
        .all()
    : [];
  return {
    study: {
      title: study.title,
      description: study.description,
      lang: study.lang,
      phases: study.phases,
      importanceScale: study.importanceScale,
      frequencyScale: study.frequencyScale,
    },
    version: {
      number: version.v.number,
      status: version.v.status,
      createdAt: version.v.createdAt,
      adoptedAt: version.v.adoptedAt,
      adoptedByName: version.adoptedByName,
      adoptionConfirmed: version.v.adoptionConfirmed,
    },
    authors: db
      .select({ name: users.name })
      .from(studyMembers)
      .innerJoin(users, eq(users.id, studyMembers.userId))
      .where(and(eq(studyMembers.studyId, studyId), inArray(studyMembers.role, ['owner', 'editor'])))
      .orderBy(asc(studyMembers.addedAt))
      .all()
      .map((u) => u.name),
    clusters: content.clusters,
    items: content.items,
    cases: db
      .select({ sourceType: cases.sourceType, phaseTags: cases.phaseTags })
      .from(cases)
      .where(eq(cases.studyId, studyId))
      .all(),
    panel: db
      .select({ stakeholderGroup: panellists.stakeholderGroup })
      .from(panellists)
      .where(eq(panellists.studyId, studyId))
      .all(),
    rounds: roundRows(db, studyId, roundIds),
    importedItems: importedItemCount(db, studyId),
    protocols: db
      .select({ config: protocols.config, reason: protocols.reason, createdAt: protocols.createdAt })
      .from(protocols)
      .where(and(eq(protocols.studyId, studyId), adoptedAt ? lte(protocols.createdAt, adoptedAt) : undefined))
      .all(),
    itemChanges: db
      .select({
        roundId: sql<number>`${itemVersions.roundId}`,
        itemId: itemVersions.itemId,
        action: itemVersions.action,
        status: itemVersions.status,
      })
      .from(itemVersions)
      .innerJoin(items, eq(items.id, itemVersions.itemId))
      .where(and(eq(items.studyId, studyId), isNotNull(itemVersions.roundId)))
      .all(),
    roundRefs: db
      .select({ roundId: roundItems.roundId, roundItemId: roundItems.id, refId: roundItems.refId })
      .from(roundItems)
      .where(and(inRounds(roundItems.roundId), eq(roundItems.refKind, 'item')))
      .all(),
    decisions: db
      .select({
        roundId: decisions.roundId,
        roundItemId: decisions.roundItemId,
        refId: roundItems.refId,
        number: roundItems.number,
        text: roundItems.text,
        computed: decisions.computed,
        override: decisions.override,
        overrideReason: decisions.overrideReason,
      })
      .from(decisions)
      .innerJoin(roundItems, eq(roundItems.id, decisions.roundItemId))
      .where(and(inRounds(decisions.roundId), eq(roundItems.refKind, 'item')))
      .all(),
    memberChecks: mcs.map((m) => {
      const rs = responses.filter((x) => x.memberCheckId === m.id);
      return {
        roundId: m.roundId,
        publishedAt: m.publishedAt,
        agreed: rs.filter((x) => x.agrees).length,
        disagreed: rs.filter((x) => !x.agrees).length,
        comments: rs.filter((x) => x.comment.trim()).length,
      };
    }),
    proposals: db
      .select({
        roundId: proposedActivities.roundId,
        outcome: proposedActivities.outcome,
        processedAt: proposedActivities.processedAt,
      })
      .from(proposedActivities)
      .where(inRounds(proposedActivities.roundId))
      .all()
      .map((x) => ({
        roundId: x.roundId,
        outcome: x.processedAt && (!adoptedAt || x.processedAt <= adoptedAt) ? x.outcome : null,
      })),
    dissent: db
      .select({
        roundId: ratingAnswers.roundId,
        roundItemId: ratingAnswers.roundItemId,
        reason: ratingAnswers.dissentReason,
      })
      .from(ratingAnswers)
      .where(and(inRounds(ratingAnswers.roundId), eq(ratingAnswers.dissent, true)))
      .all(),
    ratings: db
      .select({
        roundId: ratingAnswers.roundId,
        roundItemId: ratingAnswers.roundItemId,
        refId: roundItems.refId,
        number: roundItems.number,
        text: roundItems.text,
        position: roundItems.position,
        importance: ratingAnswers.importance,
        importanceCannotJudge: ratingAnswers.importanceCannotJudge,
        frequency: ratingAnswers.frequency,
        frequencyCannotJudge: ratingAnswers.frequencyCannotJudge,
      })
      .from(ratingAnswers)
      .innerJoin(roundItems, eq(roundItems.id, ratingAnswers.roundItemId))
      .innerJoin(rounds, eq(rounds.id, ratingAnswers.roundId))
      .where(
        and(
          inRounds(rounds.id),
          eq(rounds.kind, 'rating'),
          eq(rounds.status, 'closed'),
          eq(roundItems.refKind, 'item'),
        ),
      )
      .all(),
  };
}
