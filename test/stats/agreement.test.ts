import { describe, expect, it } from 'vitest';
import { cometClass, percentAgreement } from '../../src/stats/agreement';
import { tally } from '../../src/stats/descriptive';
import { SCALE_1_5, SCALE_1_9 } from '../../src/stats/scale';

function comet(values: number[]) {
  const t = tally(values, SCALE_1_9);
  return cometClass(t.counts, SCALE_1_9, t.n);
}

const repeat = (value: number, times: number) => Array<number>(times).fill(value);

describe('COMET/GRADE classification', () => {
  it('is in at exactly 70% rating 7–9 with fewer than 15% rating 1–3', () => {
    expect(comet([...repeat(8, 14), ...repeat(5, 4), ...repeat(2, 2)])).toBe('in');
  });

  it('is not in when exactly 15% rate 1–3', () => {
    expect(comet([...repeat(8, 14), ...repeat(5, 3), ...repeat(2, 3)])).toBe('none');
  });

  it('is not in just below 70%', () => {
    expect(comet([...repeat(9, 13), ...repeat(5, 7)])).toBe('none');
  });

  it('is out when at least 70% rate 1–3 and fewer than 15% rate 7–9', () => {
    expect(comet([...repeat(1, 7), 5, 6, 7])).toBe('out');
  });

  it('is none on a 5-point scale, where the rule is not defined', () => {
    const t = tally([5, 5, 5], SCALE_1_5);
    expect(cometClass(t.counts, SCALE_1_5, t.n)).toBe('none');
  });
});

describe('percent agreement', () => {
  it('is the share of valid ratings in the top band, in percent', () => {
    const t = tally([7, 8, 5, 2], SCALE_1_9);
    expect(percentAgreement(t.counts, SCALE_1_9, t.n)).toBe(50);
    const f = tally([4, 5, 3], SCALE_1_5);
    expect(percentAgreement(f.counts, SCALE_1_5, f.n)).toBeCloseTo(200 / 3, 12);
  });
});
