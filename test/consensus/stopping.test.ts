import { describe, expect, it } from 'vitest';
import { stoppingAdvice } from '../../src/consensus/stopping';
import { dictionaries } from '../../views/i18n';

const nl = dictionaries.nl.report.advice;
const en = dictionaries.en.report.advice;

describe('stoppingAdvice', () => {
  it('stops when every item is in or out', () => {
    const r = stoppingAdvice({
      decisions: ['in', 'out'],
      stability: [null, null],
      roundNumber: 1,
      maxRounds: 3,
    });
    expect(r).toMatchObject({ advice: 'all-decided', stop: true, undecided: 0 });
    expect(nl(r)).toMatch(/Alle 2 items/);
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
    expect(en(r)).toMatch(/Round 3 was the last of 3/);
  });

  it('continues after a first round, which has nothing to be stable against', () => {
    const r = stoppingAdvice({
      decisions: ['none', 'in'],
      stability: [null, null],
      roundNumber: 1,
      maxRounds: 3,
    });
    expect(r).toMatchObject({ advice: 'continue', stop: false, unstable: 1 });
    expect(en(r)).toMatch(/round 2/);
  });

  it("names the study's round numbers, counting only rating rounds against the maximum", () => {
    // study rounds: 1 review, 2 coverage, 3 rating, 4 rating (this one); a rating round 6 is prepared
    const r = stoppingAdvice({
      decisions: ['none'],
      stability: [false],
      roundNumber: 4,
      ratingRound: 2,
      nextRoundNumber: 6,
      maxRounds: 3,
    });
    expect(r).toMatchObject({ advice: 'continue', roundNumber: 4, ratingRound: 2 });
    expect(nl(r)).toContain('laat het opnieuw beoordelen in ronde 6');
    expect(en(r)).toContain('rate it again in round 6');
    const last = stoppingAdvice({
      ...{ decisions: ['none'], stability: [false] },
      roundNumber: 6,
      ratingRound: 3,
      maxRounds: 3,
    });
    expect(nl(last)).toContain('Ronde 6 was de laatste van 3 geplande beoordelingsrondes');
  });
});
