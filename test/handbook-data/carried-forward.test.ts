import { describe, expect, it } from 'vitest';
import { loadHandbookRecords } from '../../src/services/standard/handbook-records';
import { toHandbookInput } from '../../src/handbook-data';
import { tempDb } from '../_setup';
import { adoptedFixture } from './_version';

describe('items carried forward in the accounting of rounds', () => {
  it('counts only items without consensus that the next rating round re-rated, and nothing under a review round', async () => {
    const db = tempDb();
    const f = await adoptedFixture(db);
    const records = loadHandbookRecords(db, f.study.id, 1)!;
    const [r1, r2] = records.rounds;
    // A review round between the two rating rounds that put every item of round 1 to the panel again.
    const review = { ...r1!, id: 9001, number: 99, kind: 'review' as const };
    records.rounds = [r1!, review, r2!].map((r, k) => ({ ...r, number: k + 1 }));
    records.roundRefs.push(
      ...records.roundRefs.filter((x) => x.roundId === r1!.id).map((x) => ({ ...x, roundId: 9001 })),
    );
    const rounds = toHandbookInput(records).method.rounds;
    expect(rounds.map((r) => [r.number, r.kind, r.itemsCarriedForward])).toEqual([
      [1, 'rating', 1],
      [2, 'review', 0],
      [3, 'rating', 0],
    ]);
  });
});
