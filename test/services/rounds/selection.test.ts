import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createRound, findRound } from '../../../db/rounds/rounds';
import { saveSelection } from '../../../src/services/rounds/selection';
import { openedRound, roundsWorld } from '../../rounds/_fixture';

describe('saveSelection', () => {
  it('stores the chosen items once each', async () => {
    const w = await roundsWorld();
    const round = createRound(w.db, w.userId, { studyId: w.studyId, kind: 'rating', title: 'Ronde' });
    const [a, b] = w.itemIds;
    const res = saveSelection(w.db, round, w.userId, [a!, b!, a!], '');
    expect(res.ok && res.round.selectedRefIds).toEqual([a, b]);
  });

  it('writes the selection and its audit entry in one transaction: when the audit insert fails nothing changes', async () => {
    const w = await roundsWorld();
    const round = createRound(w.db, w.userId, { studyId: w.studyId, kind: 'rating', title: 'Ronde' });
    w.db.run(
      sql.raw(
        "CREATE TRIGGER audit_fails BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END",
      ),
    );
    expect(() => saveSelection(w.db, round, w.userId, [w.itemIds[0]!], '')).toThrow(/audit down/);
    expect(findRound(w.db, w.studyId, round.id)!.selectedRefIds).toBeNull();
  });

  it('refuses a round that has opened', async () => {
    const w = await roundsWorld();
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    expect(saveSelection(w.db, round, w.userId, [w.itemIds[0]!], '')).toEqual({
      ok: false,
      error: 'notDraft',
    });
  });
});
