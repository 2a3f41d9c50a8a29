import type { ExportAnswer } from '../../db/report/export';

export const LONG_COLUMNS = [
  'round',
  'item_number',
  'item_version',
  'panellist',
  'group',
  'dimension',
  'value',
  'cannot_judge',
  'comment',
  'dissent',
  'dissent_reason',
  'timestamp',
  'late',
] as const;

export interface LongRow {
  round: number;
  item_number: string;
  item_version: number;
  panellist: string;
  group: string;
  dimension: 'importance' | 'frequency';
  value: number | null;
  cannot_judge: boolean;
  comment: string;
  dissent: boolean;
  dissent_reason: string;
  timestamp: string;
  late: boolean;
}

/**
 * Long format: one row per answer and dimension. A dimension the panellist left unanswered (no value and not
 * "cannot judge") gets no row, so a round that asked only importance has no empty frequency rows.
 */
export function toLongRows(answers: readonly ExportAnswer[]): LongRow[] {
  const rows: LongRow[] = [];
  for (const a of answers) {
    for (const dimension of ['importance', 'frequency'] as const) {
      const value = a[dimension];
      const cannotJudge = a[`${dimension}CannotJudge`];
      if (value === null && !cannotJudge) continue;
      rows.push({
        round: a.round,
        item_number: a.itemNumber,
        item_version: a.itemVersion,
        panellist: a.pseudonym,
        group: a.group,
        dimension,
        value,
        cannot_judge: cannotJudge,
        comment: a.comment,
        dissent: a.dissent,
        dissent_reason: a.dissentReason,
        timestamp: a.updatedAt.toISOString(),
        late: a.late,
      });
    }
  }
  return rows;
}
