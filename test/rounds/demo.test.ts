import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { closeExpiredRounds } from '../../src/decisions/close-round';
import { rounds } from '../../db/schema';
import { ensureDemo } from '../../src/demo/seed';
import { tempDb } from '../_setup';

describe('the demo rounds', () => {
  it('keep the second rating round open when the server sweeps expired rounds', async () => {
    const db = tempDb();
    await ensureDemo(db);
    expect(closeExpiredRounds(db)).toEqual([]);
    const all = db.select().from(rounds).where(eq(rounds.number, 3)).all();
    expect(all.map((r) => [r.kind, r.status])).toEqual([['rating', 'open']]);
  });
});
