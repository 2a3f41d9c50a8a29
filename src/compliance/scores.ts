/** The four peer-review scores: voldaan (1), deels (½), niet voldaan (0), n.v.t. (left out). */
import { REVIEW_SCORES as SCORES, type ReviewScore as Score } from '../domain';

export { REVIEW_SCORES as SCORES, type ReviewScore as Score } from '../domain';

export function isScore(value: string): value is Score {
  return (SCORES as readonly string[]).includes(value);
}

/** Weight of a score in the compliance numerator; null for n.v.t. (not in the denominator either). */
export function scoreWeight(score: Score): number | null {
  return score === 'voldaan' ? 1 : score === 'deels' ? 0.5 : score === 'niet' ? 0 : null;
}
