import { describe, expect, it } from 'vitest';
import { stoppingAdvice } from '../../src/consensus/stopping';

describe('stoppingAdvice', () => {
  it('stops when every item is in or out', () => {
    const r = stoppingAdvice({
      decisions: ['in', 'out'],
      stability: [null, null],
      roundNumber: 1,
      maxRounds: 3,
    });
    expect(r).toMatchObject({ advice: 'all-decided', stop: true, undecided: 0 });
    expect(r.reason.nl).toMatch(/Alle 2 items/);
  });

  it('stops when all undecided items are stable', () => {
    const r = stoppingAdvice({
      decisions: ['in', 'none'],
      stability: [false, true],
      roundNumber: 2,
      maxRounds: 3,
    });
    expect(r).toMatchObject({ advice: 'stable', stop: true, undecided: 1, unstable: 0 });
  });

  it('stops after the last planned round even when items still move', () => {
    const r = stoppingAdvice({ decisions: ['none'], stability: [false], roundNumber: 3, maxRounds: 3 });
    expect(r).toMatchObject({ advice: 'max-rounds', stop: true });
    expect(r.reason.en).toMatch(/Round 3 was the last of 3/);
  });

  it('continues after a first round, which has nothing to be stable against', () => {
    const r = stoppingAdvice({
      decisions: ['none', 'in'],
      stability: [null, null],
      roundNumber: 1,
      maxRounds: 3,
    });
    expect(r).toMatchObject({ advice: 'continue', stop: false, unstable: 1 });
    expect(r.reason.en).toMatch(/round 2/);
  });
});
