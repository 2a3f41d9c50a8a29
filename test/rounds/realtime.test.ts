import { describe, expect, it } from 'vitest';
import { anonymousComments } from '../../src/rounds/feedback';
import { realtimeSummary, type Revision } from '../../src/rounds/realtime';
import { importanceScale } from '../../src/studies/defaults';

const scale = importanceScale('1-9', 'nl');
const rev = (panellistId: number, value: number | null, at: number, cannotJudge = false): Revision => ({
  panellistId,
  value,
  cannotJudge,
  at,
});

describe('realtimeSummary', () => {
  it('compares each panellist’s first and last rating and follows agreement after every revision', () => {
    const s = realtimeSummary(
      [rev(1, 8, 1), rev(2, 4, 2), rev(3, 5, 3), rev(2, 7, 4), rev(3, 8, 5), rev(1, 8, 6)],
      scale,
    );
    // Panellist 1's second save keeps their 8 (a changed comment): no step of the timeline.
    expect(s).toMatchObject({ panellists: 3, revisions: 5, changed: 2, firstMedian: 5, lastMedian: 8 });
    expect(s.firstAgreement).toBeCloseTo(100 / 3);
    expect(s.lastAgreement).toBe(100);
    expect(s.timeline.map((p) => (p.agreement === null ? null : Math.round(p.agreement)))).toEqual([
      100, 50, 33, 67, 100,
    ]);
  });

  it('counts only saves that give or change the rating: a comment or frequency saved first or later is no revision', () => {
    const s = realtimeSummary(
      [rev(1, null, 1), rev(1, 8, 2), rev(2, 3, 3), rev(2, 3, 4), rev(1, 8, 5), rev(1, 5, 6)],
      scale,
    );
    expect(s).toMatchObject({ panellists: 2, revisions: 3, changed: 1, firstMedian: 5.5, lastMedian: 4 });
    expect(s.timeline.map((p) => p.at)).toEqual([2, 3, 6]);
  });

  it('leaves "cannot judge" out of the statistics and has no agreement without valid ratings', () => {
    const s = realtimeSummary([rev(1, null, 1, true)], scale);
    expect(s).toMatchObject({ panellists: 1, firstMedian: null, lastAgreement: null });
    expect(s.timeline).toEqual([{ at: 1, agreement: null, n: 0 }]);
  });
});

describe('anonymousComments', () => {
  it('hides a name, phone number or e-mail address a panellist wrote, de-duplicates and sorts', () => {
    expect(
      anonymousComments([
        'Doe ik nooit, bel mij op 06-12345678. Groet, Bram Jansen',
        ' Hoort bij elk eerste gesprek. ',
        'Hoort bij elk eerste gesprek.',
        'Met mevrouw Jansen besproken; mail anna@example.org.',
        '',
      ]),
    ).toEqual([
      'Doe ik nooit, bel mij op [TELEFOON]. Groet, [naam]',
      'Hoort bij elk eerste gesprek.',
      'Met mevrouw [naam] besproken; mail [E-MAIL].',
    ]);
    expect(anonymousComments(['Call me, Bram Jansen.'], 'en')).toEqual(['Call me, [name].']);
  });
});
