import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ConsensusProtocol, Decision } from '../../src/consensus';
import type { Db } from '../client';
import { decisions, protocols, roundItems, rounds } from '../schema';

export type ProtocolRow = typeof protocols.$inferSelect;
export type DecisionRow = typeof decisions.$inferSelect;

/** The protocol a study works with: the newest saved one, or the default when none was saved. */
export interface ProtocolInForce {
  protocol: ConsensusProtocol;
  maxRounds: number;
  /** The saved row; null when the default applies. */
  id: number | null;
  isDefault: boolean;
  reason: string;
  createdAt: Date | null;
}

export const DEFAULT_MAX_ROUNDS = 3;

/** All saved versions of a study's protocol, oldest first. */
export function protocolHistory(db: Db, studyId: number): ProtocolRow[] {
  return db
    .select()
    .from(protocols)
    .where(eq(protocols.studyId, studyId))
    .orderBy(asc(protocols.createdAt), asc(protocols.id))
    .all();
}

/**
 * The protocol in force for a study. `defaultProtocol` is passed in (db does not import engine values)
 * so the caller decides what "no protocol saved" means.
 */
export function findProtocolRow(db: Db, studyId: number): ProtocolRow | undefined {
  return db
    .select()
    .from(protocols)
    .where(eq(protocols.studyId, studyId))
    .orderBy(desc(protocols.createdAt), desc(protocols.id))
    .limit(1)
    .get();
}

export function insertProtocol(
  db: Db,
  studyId: number,
  userId: number | null,
  input: { protocol: ConsensusProtocol; maxRounds: number; reason: string },
): ProtocolRow {
  return db
    .insert(protocols)
    .values({
      studyId,
      config: input.protocol as unknown as Record<string, unknown>,
      maxRounds: input.maxRounds,
      reason: input.reason,
      createdBy: userId,
      createdAt: new Date(),
    })
    .returning()
    .get();
}

/** Whether any rating round of the study has opened (open or closed): from then on changes need a reason. */
export function ratingRoundOpened(db: Db, studyId: number): boolean {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(rounds)
    .where(
      and(eq(rounds.studyId, studyId), eq(rounds.kind, 'rating'), inArray(rounds.status, ['open', 'closed'])),
    )
    .get();
  return (row?.n ?? 0) > 0;
}

/** Decisions of one round keyed by round item id. */
export function decisionsForRound(db: Db, roundId: number): Map<number, DecisionRow> {
  const rows = db.select().from(decisions).where(eq(decisions.roundId, roundId)).all();
  return new Map(rows.map((r) => [r.roundItemId, r]));
}

/**
 * Writes the computed class of each item; an existing override (and its reason) is kept, because the
 * researcher's judgement outlives a recomputation.
 */
export function upsertComputedDecisions(
  db: Db,
  roundId: number,
  protocolId: number | null,
  computed: readonly { roundItemId: number; decision: Decision }[],
): void {
  const now = Date.now();
  const stmt = db.$client.prepare(
    `INSERT INTO decisions (round_id, round_item_id, computed, protocol_id, computed_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (round_item_id) DO UPDATE SET
       computed = excluded.computed, protocol_id = excluded.protocol_id, computed_at = excluded.computed_at`,
  );
  db.$client.transaction(() => {
    for (const c of computed) stmt.run(roundId, c.roundItemId, c.decision, protocolId, now);
  })();
}

export function setOverride(
  db: Db,
  roundItemId: number,
  userId: number,
  override: Decision | null,
  reason: string,
): DecisionRow | undefined {
  return db
    .update(decisions)
    .set({
      override,
      overrideReason: override === null ? null : reason,
      overrideBy: override === null ? null : userId,
      overrideAt: override === null ? null : new Date(),
    })
    .where(eq(decisions.roundItemId, roundItemId))
    .returning()
    .get();
}

export function findDecision(db: Db, roundId: number, roundItemId: number): DecisionRow | undefined {
  return db
    .select()
    .from(decisions)
    .where(and(eq(decisions.roundId, roundId), eq(decisions.roundItemId, roundItemId)))
    .get();
}

/** One decision of a study for the standard and the handbook: the final class is the override when set. */
export interface StudyDecision {
  roundId: number;
  roundNumber: number;
  roundItemId: number;
  refKind: 'item' | 'criterion';
  refId: number;
  refVersion: number;
  number: string;
  text: string;
  computed: Decision;
  override: Decision | null;
  overrideReason: string | null;
  final: Decision;
}

/** Every decision of a study, by round number and item position. */
export function listStudyDecisions(db: Db, studyId: number): StudyDecision[] {
  return db
    .select({
      roundId: rounds.id,
      roundNumber: rounds.number,
      roundItemId: roundItems.id,
      refKind: roundItems.refKind,
      refId: roundItems.refId,
      refVersion: roundItems.refVersion,
      number: roundItems.number,
      text: roundItems.text,
      computed: decisions.computed,
      override: decisions.override,
      overrideReason: decisions.overrideReason,
    })
    .from(decisions)
    .innerJoin(roundItems, eq(roundItems.id, decisions.roundItemId))
    .innerJoin(rounds, eq(rounds.id, decisions.roundId))
    .where(eq(rounds.studyId, studyId))
    .orderBy(asc(rounds.number), asc(roundItems.position))
    .all()
    .map((r) => ({ ...r, final: r.override ?? r.computed }));
}
