import { describe, expect, it } from 'vitest';
import { closeRound } from '../../src/services/decisions/close-round';
import { addPanel, openedRound, roundsWorld } from '../rounds/_fixture';

describe('closing a rating round', () => {
  it('closes and decides the round in one transaction: when deciding fails, the round stays open', async () => {
    const w = await roundsWorld();
    addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    w.db.$client.exec(
      `CREATE TEMP TRIGGER decisions_down BEFORE INSERT ON decisions BEGIN SELECT RAISE(ABORT, 'decisions down'); END`,
    );
    expect(() => closeRound(w.db, round.id, w.userId)).toThrow('decisions down');
    expect(w.db.$client.prepare('select status from rounds where id = ?').pluck().get(round.id)).toBe('open');
    w.db.$client.exec('DROP TRIGGER decisions_down');
    expect(closeRound(w.db, round.id, w.userId)?.status).toBe('closed');
    expect(
      w.db.$client.prepare('select count(*) from decisions where round_id = ?').pluck().get(round.id),
    ).toBeGreaterThan(0);
  });
});
