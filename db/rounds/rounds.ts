import { and, asc, desc, eq, isNotNull, lt, max } from 'drizzle-orm';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import {
  coverageAnswers,
  proposedActivities,
  roundClusters,
  roundItems,
  rounds,
  type RoundKind,
} from '../schema';

import type { Round, RoundCluster, RoundItem } from './types';

export type { Round, RoundCluster, RoundItem };

export interface NewRound {
  studyId: number;
  kind: RoundKind;
  title: string;
  instructions?: string;
  /** ISO dates (yyyy-mm-dd) shown to the panel. */
  opensAt?: string | null;
  closesAt?: string | null;
  subject?: 'items' | 'criteria';
  /** Required when subject is 'criteria'. */
  standardVersionId?: number | null;
  askRelevance?: boolean;
  feedbackByGroup?: boolean;
  graceHours?: number;
  /** Draft item ids (or standard item ids for criteria) to put to the panel; null/undefined = default choice. */
  selectedRefIds?: number[] | null;
  reminderTemplate?: string;
}

/** Creates a round in status 'draft' with the next number of the study, and logs it. */
export function createRound(db: Db, userId: number | null, input: NewRound): Round {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const n =
      t
        .select({ n: max(rounds.number) })
        .from(rounds)
        .where(eq(rounds.studyId, input.studyId))
        .get()?.n ?? 0;
    const round = t
      .insert(rounds)
      .values({
        studyId: input.studyId,
        number: n + 1,
        kind: input.kind,
        subject: input.subject ?? 'items',
        standardVersionId: input.standardVersionId ?? null,
        title: withoutOwnNumber(input.title, n + 1),
        instructions: input.instructions ?? '',
        opensAt: input.opensAt ?? null,
        closesAt: input.closesAt ?? null,
        askRelevance: input.askRelevance ?? false,
        feedbackByGroup: input.feedbackByGroup ?? false,
        graceHours: input.graceHours ?? 0,
        selectedRefIds: input.selectedRefIds ?? null,
        reminderTemplate: input.reminderTemplate ?? '',
        createdBy: userId,
        createdAt: new Date(),
      })
      .returning()
      .get();
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'round.create',
      entity: 'round',
      entityId: round.id,
      summary: `${round.number}. ${round.title} (${round.kind})`,
    });
    return round;
  });
}

export type RoundPatch = Partial<
  Pick<
    Round,
    | 'title'
    | 'instructions'
    | 'opensAt'
    | 'closesAt'
    | 'askRelevance'
    | 'feedbackByGroup'
    | 'graceHours'
    | 'invitationTemplate'
    | 'selectedRefIds'
    | 'reminderTemplate'
  >
>;

/**
 * A title typed as "Ronde 2: aanvullen" (or "Round 2 – …") for round 2 is stored as "aanvullen": every page already
 * puts the round's number before its title. A title that is nothing but the number is kept as typed.
 */
export function withoutOwnNumber(title: string, n: number): string {
  const rest = title.replace(new RegExp(`^\\s*(?:ronde|round)\\s*0*${n}(?!\\d)\\s*[:.\\-–—]?\\s*`, 'i'), '');
  return rest.trim() ? rest : title;
}

/**
 * Settings of a round, with their audit entry in one transaction; what is put to the panel (selection,
 * relevance) can change only before opening.
 */
export function updateRound(db: Db, round: Round, userId: number | null, patch: RoundPatch): Round {
  const p = { ...patch };
  if (p.title !== undefined) p.title = withoutOwnNumber(p.title, round.number);
  if (round.status !== 'draft') {
    delete p.selectedRefIds;
    delete p.askRelevance;
  }
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const after = t.update(rounds).set(p).where(eq(rounds.id, round.id)).returning().get()!;
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'round.update',
      entity: 'round',
      entityId: round.id,
      summary: `${round.number}. ${after.title}`,
      before: { ...round, selectedRefIds: round.selectedRefIds?.length },
      after: { ...after, selectedRefIds: after.selectedRefIds?.length },
    });
    return after;
  });
}

export function listRounds(db: Db, studyId: number): Round[] {
  return db.select().from(rounds).where(eq(rounds.studyId, studyId)).orderBy(asc(rounds.number)).all();
}

export function findRound(db: Db, studyId: number, id: number): Round | undefined {
  return db
    .select()
    .from(rounds)
    .where(and(eq(rounds.studyId, studyId), eq(rounds.id, id)))
    .get();
}

/**
 * The activities a coverage round's panel found missing become proposed activities of the round (one per line
 * written, under the cluster it was written for), so the researcher processes them as in a review round: add,
 * merge into an item, or reject with a reason.
 */
function proposeMissingActivities(db: Db, round: Round): number {
  const rows = db
    .select({
      panellistId: coverageAnswers.panellistId,
      roundClusterId: coverageAnswers.roundClusterId,
      missing: coverageAnswers.missing,
      late: coverageAnswers.late,
    })
    .from(coverageAnswers)
    .where(eq(coverageAnswers.roundId, round.id))
    .all();
  const now = new Date();
  const values = rows.flatMap((r) =>
    r.missing
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((text) => ({
        roundId: round.id,
        panellistId: r.panellistId,
        roundClusterId: r.roundClusterId,
        text,
        late: r.late,
        createdAt: now,
      })),
  );
  if (values.length) db.insert(proposedActivities).values(values).run();
  return values.length;
}

/**
 * Closes an open round; answers sent afterwards are refused (or kept as late from a page opened before). A
 * closed rating round still has to be classified: use `closeRound` in src/decisions/close-round.ts, which
 * does both.
 */
export function markRoundClosed(db: Db, roundId: number, userId: number | null): Round | undefined {
  const closed = db.transaction((tx) => {
    const t = tx as unknown as Db;
    const closed = t
      .update(rounds)
      .set({ status: 'closed', closedAt: new Date() })
      .where(and(eq(rounds.id, roundId), eq(rounds.status, 'open')))
      .returning()
      .get();
    if (!closed) return closed;
    const proposed = closed.kind === 'coverage' ? proposeMissingActivities(t, closed) : 0;
    appendAudit(t, {
      studyId: closed.studyId,
      userId,
      action: 'round.close',
      entity: 'round',
      entityId: roundId,
      summary: `${closed.number}. ${closed.title}`,
      ...(closed.kind === 'coverage' ? { after: { proposedActivities: proposed } } : {}),
    });
    return closed;
  });
  return closed;
}

/** Today's date (YYYY-MM-DD) in the Netherlands, where closing dates are meant. */
export function localDate(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** Open rounds whose closing date has passed (a round stays open through its closing day). */
export function expiredRoundIds(db: Db, now = new Date()): number[] {
  const today = localDate(now);
  return db
    .select({ id: rounds.id })
    .from(rounds)
    .where(and(eq(rounds.status, 'open'), isNotNull(rounds.closesAt), lt(rounds.closesAt, today)))
    .all()
    .map((r) => r.id);
}

/** Closed rating rounds with a grace period that has run out and no decisions yet. */
export function graceEndedUndecided(db: Db, now = new Date()): number[] {
  return db.$client
    .prepare(
      `select r.id from rounds r where r.kind = 'rating' and r.status = 'closed' and r.grace_hours > 0
        and r.closed_at + r.grace_hours * 3600000 <= ? and not exists (select 1 from decisions d where d.round_id = r.id)`,
    )
    .all(now.getTime())
    .map((r) => (r as { id: number }).id);
}

export function roundItemsOf(db: Db, roundId: number): RoundItem[] {
  return db
    .select()
    .from(roundItems)
    .where(eq(roundItems.roundId, roundId))
    .orderBy(asc(roundItems.position))
    .all();
}

export function roundClustersOf(db: Db, roundId: number): RoundCluster[] {
  return db
    .select()
    .from(roundClusters)
    .where(eq(roundClusters.roundId, roundId))
    .orderBy(asc(roundClusters.position))
    .all();
}

/** The latest closed rating round before this one (same subject), whose answers feed back into it. */
export function previousRatingRound(
  db: Db,
  round: Pick<Round, 'studyId' | 'number' | 'subject'>,
): Round | undefined {
  return db
    .select()
    .from(rounds)
    .where(
      and(
        eq(rounds.studyId, round.studyId),
        eq(rounds.kind, 'rating'),
        eq(rounds.status, 'closed'),
        eq(rounds.subject, round.subject),
      ),
    )
    .orderBy(desc(rounds.number))
    .all()
    .find((r) => r.number < round.number);
}
