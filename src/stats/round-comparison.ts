import { DIMENSIONS, groupAnswers, type Answer, type Dimension, type Id, type RoundScales } from './round';
import { compareRounds, type RoundComparison, type StabilityOptions } from './stability';
import { MISSING } from './scale';

export interface ItemComparison {
  item: Id;
  comparisons: Partial<Record<Dimension, RoundComparison>>;
}

/**
 * Stability of every item rated in both rounds (in the order of the later round), per dimension rated
 * in both. Panellists are matched by id, so attrition and newcomers simply leave no pair.
 */
export function compareRoundAnswers(
  before: readonly Answer[],
  after: readonly Answer[],
  scales: RoundScales,
  options: StabilityOptions = {},
): ItemComparison[] {
  const first = groupAnswers(before);
  const second = groupAnswers(after, first.panellists);
  const width = second.panellists.length;
  const earlierRow = new Map(first.items.map((item, i) => [item, i]));
  return second.items.flatMap((item, i) => {
    const earlier = earlierRow.get(item);
    if (earlier === undefined) return [];
    const comparisons: Partial<Record<Dimension, RoundComparison>> = {};
    for (const d of DIMENSIONS) {
      const oldRow = first.ratings[d]?.[earlier];
      const newRow = second.ratings[d]?.[i];
      if (!oldRow || !newRow) continue;
      const padded = new Int16Array(width).fill(MISSING);
      padded.set(oldRow);
      comparisons[d] = compareRounds(padded, newRow, 'min' in scales ? scales : scales[d], options);
    }
    return [{ item, comparisons }];
  });
}
