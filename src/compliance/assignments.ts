import type { ReviewMode } from '../domain';

export type { ReviewMode } from '../domain';

/**
 * Who reviews whom, as [reviewer index, practitioner index] over the members in order. Pairs review each other
 * (with an odd group the last three rotate); rotating roles: practitioner i is reviewed by the next
 * `perPractitioner` members (i+1, i+2, … round the group), so everyone reviews as often as they are reviewed.
 */
export function assignReviewers(count: number, mode: ReviewMode, perPractitioner = 1): [number, number][] {
  if (count < 2) return [];
  const out: [number, number][] = [];
  if (mode === 'pairs') {
    const pairsEnd = count % 2 === 0 ? count : count - 3;
    for (let i = 0; i < pairsEnd; i += 2) out.push([i + 1, i], [i, i + 1]);
    if (count % 2 === 1) out.push([count - 2, count - 3], [count - 1, count - 2], [count - 3, count - 1]);
    return out;
  }
  const k = Math.max(1, Math.min(perPractitioner, count - 1));
  for (let p = 0; p < count; p++) for (let s = 1; s <= k; s++) out.push([(p + s) % count, p]);
  return out;
}
