import { describe, expect, it } from 'vitest';
import { findRound, localDate } from '../../db/rounds/rounds';
import { closeExpiredRounds } from '../../src/services/decisions/close-round';
import { addPanel, openedRound, roundsWorld } from './_fixture';

describe('closeExpiredRounds', () => {
  it('closes an open round the day after its closing date and leaves others open', async () => {
    const { db, userId, studyId } = await roundsWorld();
    addPanel(db, studyId);
    const due = openedRound(db, userId, studyId, { kind: 'review', closesAt: '2026-03-01' });
    const today = openedRound(db, userId, studyId, { kind: 'coverage', closesAt: '2026-03-02' });
    const noDate = openedRound(db, userId, studyId, { kind: 'rating' });
    const closed = closeExpiredRounds(db, new Date('2026-03-02T12:00:00+01:00'));
    expect(closed.map((r) => r.id)).toEqual([due.id]);
    expect(findRound(db, studyId, due.id)!.status).toBe('closed');
    expect(findRound(db, studyId, today.id)!.status).toBe('open');
    expect(findRound(db, studyId, noDate.id)!.status).toBe('open');
  });

  it('reads the date in Dutch time', () => {
    expect(localDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
  });
});
