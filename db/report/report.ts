import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { panellists, rounds, roundItems, studies } from '../schema';

export type RoundRow = typeof rounds.$inferSelect;
export type RoundItemRow = typeof roundItems.$inferSelect;

export function findRoundById(db: Db, roundId: number): RoundRow | undefined {
  return db.select().from(rounds).where(eq(rounds.id, roundId)).get();
}

export function findStudyRound(db: Db, studyId: number, roundId: number): RoundRow | undefined {
  return db
    .select()
    .from(rounds)
    .where(and(eq(rounds.studyId, studyId), eq(rounds.id, roundId)))
    .get();
}

export function listStudyRounds(db: Db, studyId: number): RoundRow[] {
  return db.select().from(rounds).where(eq(rounds.studyId, studyId)).orderBy(asc(rounds.number)).all();
}

export function listRoundItems(db: Db, roundId: number): RoundItemRow[] {
  return db
    .select()
    .from(roundItems)
    .where(eq(roundItems.roundId, roundId))
    .orderBy(asc(roundItems.position), asc(roundItems.id))
    .all();
}

export function studyScales(db: Db, studyId: number) {
  return db
    .select({ lang: studies.lang, importance: studies.importanceScale, frequency: studies.frequencyScale })
    .from(studies)
    .where(eq(studies.id, studyId))
    .get();
}

/** Pseudonym and stakeholder group per panellist; names and e-mail addresses are never selected. */
export interface PanellistGroup {
  pseudonym: string;
  group: string;
}

export function panellistGroups(db: Db, studyId: number): Map<number, PanellistGroup> {
  const rows = db
    .select({ id: panellists.id, pseudonym: panellists.pseudonym, group: panellists.stakeholderGroup })
    .from(panellists)
    .where(eq(panellists.studyId, studyId))
    .all();
  return new Map(rows.map((r) => [r.id, { pseudonym: r.pseudonym, group: r.group }]));
}

/** Invited / started / completed per panellist for one round (started_at is set at the first answer). */
export function participationStates(
  db: Db,
  roundId: number,
): { panellistId: number; started: boolean; completed: boolean }[] {
  const rows = db.$client
    .prepare(
      `SELECT panellist_id, started_at IS NOT NULL, completed_at IS NOT NULL
       FROM participations WHERE round_id = ? ORDER BY panellist_id`,
    )
    .raw()
    .all(roundId) as [number, number, number][];
  return rows.map(([panellistId, started, completed]) => ({
    panellistId,
    started: started === 1 || completed === 1,
    completed: completed === 1,
  }));
}

/** Dissent reasons of a round per item, without who gave them (shown anonymised, in a stable order). */
export function dissentReasons(db: Db, roundId: number): Map<number, string[]> {
  const rows = db.$client
    .prepare(
      `SELECT round_item_id, dissent_reason FROM rating_answers
       WHERE round_id = ? AND dissent = 1 ORDER BY round_item_id, dissent_reason`,
    )
    .raw()
    .all(roundId) as [number, string][];
  const out = new Map<number, string[]>();
  for (const [id, reason] of rows) {
    const list = out.get(id) ?? [];
    list.push(reason);
    out.set(id, list);
  }
  return out;
}

export interface ItemDissent {
  roundId: number;
  roundNumber: number;
  roundItemId: number;
  refKind: 'item' | 'criterion';
  refId: number;
  refVersion: number;
  number: string;
  text: string;
  count: number;
  /** Anonymised: the reasons only, never who gave them. */
  reasons: string[];
}

/** The dissent register of a study ("principieel bezwaar"), per round item with at least one dissent. */
export function listStudyDissent(db: Db, studyId: number): ItemDissent[] {
  const rows = db.$client
    .prepare(
      `SELECT r.id, r.number, i.id, i.ref_kind, i.ref_id, i.ref_version, i.number, i.text, a.dissent_reason
       FROM rating_answers a JOIN round_items i ON i.id = a.round_item_id JOIN rounds r ON r.id = a.round_id
       WHERE r.study_id = ? AND a.dissent = 1 ORDER BY r.number, i.position, i.id, a.dissent_reason`,
    )
    .raw()
    .all(studyId) as [number, number, number, 'item' | 'criterion', number, number, string, string, string][];
  const out: ItemDissent[] = [];
  for (const [roundId, roundNumber, roundItemId, refKind, refId, refVersion, number, text, reason] of rows) {
    let last = out[out.length - 1];
    if (!last || last.roundItemId !== roundItemId) {
      last = {
        roundId,
        roundNumber,
        roundItemId,
        refKind,
        refId,
        refVersion,
        number,
        text,
        count: 0,
        reasons: [],
      };
      out.push(last);
    }
    last.count += 1;
    if (reason.trim()) last.reasons.push(reason);
  }
  return out;
}
