import { describe, expect, it } from 'vitest';
import type { StoppingResult } from '../../src/consensus';
import { texts } from '../../views/i18n';
import { signed } from '../../views/pages/report/format';

const stopping = (over: Partial<StoppingResult>): StoppingResult => ({
  advice: 'stable',
  stop: true,
  items: 4,
  undecided: 1,
  unstable: 0,
  roundNumber: 5,
  ratingRound: 3,
  nextRoundNumber: 6,
  maxRounds: 3,
  ...over,
});

describe('round report sentences with a count', () => {
  it('speaks of one item in the singular, in Dutch and in English', () => {
    const nl = texts('nl').report;
    const en = texts('en').report;
    expect(nl.advice(stopping({}))).toBe(
      'Het item zonder consensus is stabiel sinds de vorige ronde; een volgende ronde verandert het waarschijnlijk niet. Bespreek het in de slotbijeenkomst.',
    );
    expect(en.advice(stopping({}))).toMatch(/^The item without consensus is stable/);
    expect(nl.advice(stopping({ advice: 'continue', unstable: 1 }))).toBe(
      '1 item heeft geen consensus en beweegt nog (of is nog niet vergeleken); laat het opnieuw beoordelen in ronde 6.',
    );
    expect(nl.advice(stopping({ advice: 'max-rounds' }))).toContain(
      '1 item heeft geen consensus. Bespreek het',
    );
    expect(nl.advice(stopping({ advice: 'stable', undecided: 4 }))).toMatch(
      /^De 4 items zonder consensus zijn/,
    );
  });

  it('writes the Dutch plural of a principled objection as "bezwaren"', () => {
    expect(texts('nl').report.dissentCount(1)).toBe('1 bezwaar');
    expect(texts('nl').report.dissentCount(2)).toBe('2 bezwaren');
    expect(texts('en').report.dissentCount(2)).toBe('2 objections');
  });
});

describe('signed changes in the round report', () => {
  it('shows a change that rounds to nothing as 0, not as -0,00', () => {
    const t = texts('nl');
    expect(signed(t, -0.003, 2)).toBe('0,00');
    expect(signed(t, -0.11, 2)).toBe('-0,11');
    expect(signed(t, 0.06, 2)).toBe('+0,06');
  });
});
