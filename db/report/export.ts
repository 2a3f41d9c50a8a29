import type { Db } from '../client';

/** One rating answer for export: the panellist by pseudonym and group only, never name or e-mail. */
export interface ExportAnswer {
  round: number;
  itemNumber: string;
  itemVersion: number;
  pseudonym: string;
  group: string;
  importance: number | null;
  importanceCannotJudge: boolean;
  frequency: number | null;
  frequencyCannotJudge: boolean;
  comment: string;
  dissent: boolean;
  dissentReason: string;
  /** Kept after closing, within the round's grace period. */
  late: boolean;
  updatedAt: Date;
}

type Raw = [
  number,
  string,
  number,
  string,
  string,
  number | null,
  number,
  number | null,
  number,
  string,
  number,
  string,
  number,
  number,
];

/** Rating answers kept late (after closing, within the grace period) in one round. */
export function lateAnswerCount(db: Db, roundId: number): number {
  const row = db.$client
    .prepare('SELECT count(*) AS n FROM rating_answers WHERE round_id = ? AND late = 1')
    .get(roundId) as { n: number };
  return row.n;
}

/** Rating answers of the given rounds of a study, by round, item position and pseudonym. */
export function exportAnswers(db: Db, studyId: number, roundIds: readonly number[]): ExportAnswer[] {
  if (roundIds.length === 0) return [];
  const marks = roundIds.map(() => '?').join(',');
  const rows = db.$client
    .prepare(
      `SELECT r.number, i.number, i.ref_version, p.pseudonym, p.stakeholder_group, a.importance,
              a.importance_cannot_judge, a.frequency, a.frequency_cannot_judge, a.comment, a.dissent,
              a.dissent_reason, a.updated_at, a.late
       FROM rating_answers a
       JOIN rounds r ON r.id = a.round_id
       JOIN round_items i ON i.id = a.round_item_id
       JOIN panellists p ON p.id = a.panellist_id
       WHERE r.study_id = ? AND a.round_id IN (${marks})
       ORDER BY r.number, i.position, i.id, p.pseudonym`,
    )
    .raw()
    .all(studyId, ...roundIds) as Raw[];
  return rows.map((x) => ({
    round: x[0],
    itemNumber: x[1],
    itemVersion: x[2],
    pseudonym: x[3],
    group: x[4],
    importance: x[5],
    importanceCannotJudge: x[6] === 1,
    frequency: x[7],
    frequencyCannotJudge: x[8] === 1,
    comment: x[9],
    dissent: x[10] === 1,
    dissentReason: x[11],
    updatedAt: new Date(x[12]),
    late: x[13] === 1,
  }));
}
