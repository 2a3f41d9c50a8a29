import { summarizeRatings, type Scale } from '../stats';
import type { AttritionRound, LeaverComparison, ParticipationCounts } from './model';
import type { RatingMatrix } from './round-stats';

export interface ParticipationState {
  panellistId: number;
  started: boolean;
  completed: boolean;
}

function count(states: readonly ParticipationState[]): ParticipationCounts {
  let started = 0;
  let completed = 0;
  for (const s of states) {
    if (s.started) started += 1;
    if (s.completed) completed += 1;
  }
  return { invited: states.length, started, completed };
}

/** Invited → started → completed for one round, in total and per stakeholder group. */
export function attritionOf(
  round: { id: number; number: number; kind: string },
  states: readonly ParticipationState[],
  groupOf: (id: number) => string,
): AttritionRound {
  const byGroup = new Map<string, ParticipationState[]>();
  for (const s of states) {
    const g = groupOf(s.panellistId);
    byGroup.set(g, [...(byGroup.get(g) ?? []), s]);
  }
  const groups = [...byGroup]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, list]) => ({ group, ...count(list) }));
  return { roundId: round.id, number: round.number, kind: round.kind, total: count(states), groups };
}

export const LEAVER_DIFFERENCE = 15;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Did those who dropped out rate differently? Among panellists with a valid importance rating in the previous
 * rating round, leavers did not complete this round and stayers did. For every item of the previous round we
 * compute each subgroup's median and percent agreement there (statistics module), and report their means over
 * items and how many items differ by more than 15 points in agreement.
 */
export function compareLeavers(
  previous: { number: number; matrix: RatingMatrix },
  completedNow: ReadonlySet<number>,
  scale: Scale,
): LeaverComparison {
  const rows = previous.matrix.importance;
  const leaverCols: number[] = [];
  const stayerCols: number[] = [];
  previous.matrix.panellistIds.forEach((id, j) => {
    const rated = rows.some((row) => (row[j] as number) >= scale.min);
    if (!rated) return;
    (completedNow.has(id) ? stayerCols : leaverCols).push(j);
  });
  const medians: [number[], number[]] = [[], []];
  const agreements: [number[], number[]] = [[], []];
  let differing = 0;
  let compared = 0;
  for (const row of rows) {
    const [l, s] = [leaverCols, stayerCols].map((cols) =>
      summarizeRatings(
        Int16Array.from(cols, (j) => row[j] as number),
        scale,
      ),
    ) as [ReturnType<typeof summarizeRatings>, ReturnType<typeof summarizeRatings>];
    if (l.median !== null) medians[0].push(l.median);
    if (s.median !== null) medians[1].push(s.median);
    if (l.agreement !== null) agreements[0].push(l.agreement);
    if (s.agreement !== null) agreements[1].push(s.agreement);
    if (l.agreement !== null && s.agreement !== null) {
      compared += 1;
      if (Math.abs(l.agreement - s.agreement) > LEAVER_DIFFERENCE) differing += 1;
    }
  }
  return {
    previousRoundNumber: previous.number,
    leavers: leaverCols.length,
    stayers: stayerCols.length,
    leaversMeanMedian: mean(medians[0]),
    stayersMeanMedian: mean(medians[1]),
    leaversMeanAgreement: mean(agreements[0]),
    stayersMeanAgreement: mean(agreements[1]),
    itemsDiffering: differing,
    itemsCompared: compared,
  };
}
