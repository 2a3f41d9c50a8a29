import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { closeExpiredRounds } from '../../src/services/decisions/close-round';
import { rounds } from '../../db/schema';
import { ensureDemo } from '../../src/services/demo/seed';
import { tempDb } from '../_setup';

describe('the demo rounds', () => {
  it('are left alone when the server sweeps expired rounds: every demo round is already closed', async () => {
    const db = tempDb();
    await ensureDemo(db);
    expect(closeExpiredRounds(db)).toEqual([]);
    const all = db.select().from(rounds).where(eq(rounds.kind, 'rating')).all();
    expect(all.map((r) => [r.number, r.kind, r.status])).toEqual([
      [3, 'rating', 'closed'],
      [4, 'rating', 'closed'],
      [5, 'rating', 'closed'],
    ]);
  });
});
