import { asc, eq } from 'drizzle-orm';
import {
  MIN_PRACTITIONERS_ABOVE_GROUP,
  aggregateResults,
  practitionerResults,
  roundResults,
  type ResultItem,
  type RoundResults,
} from '../../compliance';
import type { Db } from '../../../db/client';
import { reviewRounds } from '../../../db/schema';
import { reviewItemsOf, type ReviewRound } from './review';
import { scoresOf } from './scores';

function inputs(db: Db, round: ReviewRound) {
  const items: ResultItem[] = reviewItemsOf(db, round).map((x) => ({
    id: x.id,
    lineage: x.lineage,
    number: x.number,
    text: x.text,
    clusterNumber: x.clusterNumber,
    clusterLabel: x.clusterLabel,
    normPercentage: x.normPercentage,
  }));
  return { items, rows: scoresOf(db, round.id) };
}

/** The group's results of a round (for the group and its facilitator). */
export function groupResultsOf(db: Db, round: ReviewRound): RoundResults {
  const { items, rows } = inputs(db, round);
  return roundResults(items, rows);
}

/** One practitioner's own results. */
export function ownResultsOf(db: Db, round: ReviewRound, practitionerId: number): RoundResults {
  const { items, rows } = inputs(db, round);
  return practitionerResults(items, rows, practitionerId);
}

/** The view above the group; null when fewer than three practitioners were reviewed. */
export function aggregateOf(db: Db, round: ReviewRound): RoundResults | null {
  const { items, rows } = inputs(db, round);
  return aggregateResults(items, rows);
}

/** Every round of the study, oldest first, with its results: the trend, matched across versions by lineage. */
export function trendOf(db: Db, studyId: number) {
  const rounds = db
    .select()
    .from(reviewRounds)
    .where(eq(reviewRounds.studyId, studyId))
    .orderBy(asc(reviewRounds.number))
    .all();
  return rounds.map((round) => ({ round, results: groupResultsOf(db, round) }));
}

export type ItemSignal = 'oftenNvt' | 'lowAgreement' | 'farBelow' | 'alwaysMet';

/**
 * What all review rounds on a version say per item (by lineage), scores of those rounds pooled: often n.v.t.
 * (≥ 50% of scores), low agreement (kappa < 0.4, or without kappa < 70% agreement, over ≥ 3 subjects), far below
 * the norm (≥ 20 points), always met (every applicable score voldaan, at least 5). Thresholds are rules of
 * thumb for the revision meeting, not statistics. `aboveGroup`: for a viewer of the study, see below.
 */
export function signalsForVersion(
  db: Db,
  studyId: number,
  versionId: number,
  opts: { aboveGroup?: boolean } = {},
) {
  const rounds = db
    .select()
    .from(reviewRounds)
    .where(eq(reviewRounds.studyId, studyId))
    .orderBy(asc(reviewRounds.number))
    .all()
    .filter((r) => r.versionId === versionId);
  const items = new Map<number, ResultItem>();
  const rows: ReturnType<typeof scoresOf> = [];
  for (const round of rounds) {
    const x = inputs(db, round);
    for (const i of x.items) items.set(i.id, i);
    rows.push(...x.rows);
  }
  const out = new Map<string, { signals: ItemSignal[]; scored: number; compliance: number | null }>();
  for (const x of roundResults([...items.values()], rows).items) {
    if (x.tally.scored === 0) continue;
    const signals: ItemSignal[] = [];
    if (x.tally.nvt / x.tally.scored >= 0.5) signals.push('oftenNvt');
    const a = x.agreement;
    if (
      a.subjects >= 3 &&
      ((a.kappa !== null && a.kappa < 0.4) || (a.kappa === null && (a.percent ?? 100) < 70))
    )
      signals.push('lowAgreement');
    if (x.norm.difference !== null && x.norm.difference <= -20) signals.push('farBelow');
    if (x.tally.applicable >= 5 && x.tally.voldaan === x.tally.applicable) signals.push('alwaysMet');
    // Above the group (a viewer of the study) an item of fewer than three practitioners keeps only "often
    // n.v.t.": its compliance, agreement and norm signals would be one or two people's scores.
    if (opts.aboveGroup && x.practitioners < MIN_PRACTITIONERS_ABOVE_GROUP) {
      out.set(x.lineage, {
        signals: signals.filter((s) => s === 'oftenNvt'),
        scored: x.tally.scored,
        compliance: null,
      });
      continue;
    }
    out.set(x.lineage, { signals, scored: x.tally.scored, compliance: x.tally.compliance });
  }
  return out;
}
