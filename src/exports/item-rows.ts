import type { RoundReport } from '../report/model';

export const ITEM_COLUMNS = [
  'round',
  'item_number',
  'item_version',
  'item',
  'dimension',
  'n',
  'cannot_judge',
  'median',
  'q1',
  'q3',
  'iqr',
  'mean',
  'sd',
  'cv',
  'agreement_percent',
  'comet',
  'rand_di',
  'criticality',
  'criticality_class',
  'dissent',
  'computed',
  'override',
  'override_reason',
  'decision',
] as const;

export type ItemRow = Record<(typeof ITEM_COLUMNS)[number], string | number | null>;

/** Item statistics per round, item and dimension, with the decision (override when set). */
export function itemRows(reports: readonly RoundReport[]): ItemRow[] {
  return reports.flatMap((rep) =>
    rep.items.flatMap((it) =>
      (['importance', 'frequency'] as const).map((dim): ItemRow => {
        const s = it[dim];
        return {
          round: rep.round.number,
          item_number: it.number,
          item_version: it.refVersion,
          item: it.text,
          dimension: dim,
          n: s.n,
          cannot_judge: s.cannotJudge,
          median: s.median,
          q1: s.q1,
          q3: s.q3,
          iqr: s.iqr,
          mean: s.mean,
          sd: s.sd,
          cv: s.cv,
          agreement_percent: s.agreement,
          comet: s.comet,
          rand_di: s.rand.di,
          criticality: it.criticality.score,
          criticality_class: it.criticality.grid,
          dissent: it.dissent,
          computed: it.computed,
          override: it.override,
          override_reason: it.overrideReason,
          decision: it.final,
        };
      }),
    ),
  );
}
