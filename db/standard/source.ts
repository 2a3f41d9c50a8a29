import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { decisions, ratingAnswers, roundItems, rounds } from '../schema';

export interface DecidedRoundItem {
  roundItemId: number;
  roundNumber: number;
  refId: number;
  text: string;
  phaseId: string | null;
  clusterNumber: string;
  clusterLabel: string;
  subAspectNumber: string | null;
  subAspectLabel: string | null;
  position: number;
  final: 'in' | 'out' | 'none';
}

/**
 * For every draft item rated in a closed rating round, its decision from the last such round in which it was
 * rated (final = the researcher's override when given, else the computed class).
 */
export function lastDecisions(db: Db, studyId: number): DecidedRoundItem[] {
  const rows = db
    .select({
      roundItemId: roundItems.id,
      roundNumber: rounds.number,
      refId: roundItems.refId,
      text: roundItems.text,
      phaseId: roundItems.phaseId,
      clusterNumber: roundItems.clusterNumber,
      clusterLabel: roundItems.clusterLabel,
      subAspectNumber: roundItems.subAspectNumber,
      subAspectLabel: roundItems.subAspectLabel,
      position: roundItems.position,
      computed: decisions.computed,
      override: decisions.override,
    })
    .from(decisions)
    .innerJoin(roundItems, eq(roundItems.id, decisions.roundItemId))
    .innerJoin(rounds, eq(rounds.id, decisions.roundId))
    .where(
      and(
        eq(rounds.studyId, studyId),
        eq(rounds.kind, 'rating'),
        eq(rounds.status, 'closed'),
        eq(rounds.subject, 'items'),
        eq(roundItems.refKind, 'item'),
      ),
    )
    .orderBy(asc(rounds.number), asc(roundItems.position))
    .all();
  const last = new Map<number, DecidedRoundItem>();
  for (const { computed, override, ...r } of rows) last.set(r.refId, { ...r, final: override ?? computed });
  return [...last.values()];
}

/** Valid importance and frequency ratings per round item ("cannot judge" and unanswered left out). */
export function validRatings(db: Db, roundItemIds: readonly number[]) {
  const out = new Map<number, { importance: number[]; frequency: number[] }>();
  for (const id of roundItemIds) out.set(id, { importance: [], frequency: [] });
  const CHUNK = 500;
  for (let i = 0; i < roundItemIds.length; i += CHUNK) {
    const rows = db
      .select({
        id: ratingAnswers.roundItemId,
        importance: ratingAnswers.importance,
        frequency: ratingAnswers.frequency,
      })
      .from(ratingAnswers)
      .where(inArray(ratingAnswers.roundItemId, roundItemIds.slice(i, i + CHUNK)))
      .all();
    for (const r of rows) {
      const slot = out.get(r.id)!;
      if (r.importance !== null) slot.importance.push(r.importance);
      if (r.frequency !== null) slot.frequency.push(r.frequency);
    }
  }
  return out;
}
