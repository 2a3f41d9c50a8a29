import { summarizeRatings, type DimensionStats } from './item-stats';
import type { Scale } from './scale';
import { wilcoxonSignedRank, type WilcoxonResult } from './wilcoxon';

export interface StabilityOptions {
  /** Largest change in percent agreement (points) still called stable. Default 15. */
  maxAgreementChange?: number;
  /** Significance level of the Wilcoxon test. Default 0.05. */
  alpha?: number;
}

export interface RoundComparison {
  before: DimensionStats;
  after: DimensionStats;
  /** after − before, in percentage points; null when either round has no valid rating. */
  agreementChange: number | null;
  /** after − before of SD/mean. */
  cvChange: number | null;
  /** Panellists with a valid rating in both rounds. */
  pairs: number;
  /** Share of those pairs whose rating changed, in percent. */
  changedPercent: number | null;
  /** Test on after − before. */
  wilcoxon: WilcoxonResult;
  /** |Δ agreement| ≤ limit and no significant shift; null when agreement is undefined in a round. */
  stable: boolean | null;
}

function isRating(v: number, scale: Scale): boolean {
  return Number.isInteger(v) && v >= scale.min && v <= scale.max;
}

/**
 * Compares one item between two rounds. `before[j]` and `after[j]` must belong to the same panellist
 * (coded as in `tally`). A shift counts as significant only when the Wilcoxon p < alpha; too few
 * differing pairs (p null) is not significant.
 */
export function compareRounds(
  before: ArrayLike<number>,
  after: ArrayLike<number>,
  scale: Scale,
  options: StabilityOptions = {},
): RoundComparison {
  const limit = options.maxAgreementChange ?? 15;
  const alpha = options.alpha ?? 0.05;
  const first = summarizeRatings(before, scale);
  const second = summarizeRatings(after, scale);
  const pairedBefore: number[] = [];
  const pairedAfter: number[] = [];
  const length = Math.min(before.length, after.length);
  let changed = 0;
  for (let j = 0; j < length; j++) {
    const b = before[j] as number;
    const a = after[j] as number;
    if (!isRating(b, scale) || !isRating(a, scale)) continue;
    pairedBefore.push(b);
    pairedAfter.push(a);
    if (a !== b) changed += 1;
  }
  const pairs = pairedBefore.length;
  const wilcoxon = wilcoxonSignedRank(pairedAfter, pairedBefore);
  const agreementChange =
    first.agreement === null || second.agreement === null ? null : second.agreement - first.agreement;
  const cvChange = first.cv === null || second.cv === null ? null : second.cv - first.cv;
  const significant = wilcoxon.p !== null && wilcoxon.p < alpha;
  return {
    before: first,
    after: second,
    agreementChange,
    cvChange,
    pairs,
    changedPercent: pairs === 0 ? null : (100 * changed) / pairs,
    wilcoxon,
    stable: agreementChange === null ? null : Math.abs(agreementChange) <= limit && !significant,
  };
}
