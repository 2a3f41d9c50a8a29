import { describe, expect, it } from 'vitest';
import { classify, classifyDimension } from '../../src/consensus/classify';
import { PRESETS, type ConsensusProtocol } from '../../src/consensus/protocol';
import { summarizeRatings } from '../../src/stats/item-stats';
import { SCALE_1_5, SCALE_1_9 } from '../../src/stats/scale';

const nine = (values: number[]) => summarizeRatings(values, SCALE_1_9);
const five = (values: number[]) => summarizeRatings(values, SCALE_1_5);

describe('classify', () => {
  it('applies the COMET rule to importance by default (out needs < 15% in 7–9)', () => {
    expect(classify(PRESETS.comet, { importance: nine([7, 8, 9, 9, 7, 8, 8, 5, 6, 7]) })).toBe('in');
    expect(classify(PRESETS.comet, { importance: nine([1, 2, 3, 1, 2, 3, 1, 5, 6, 7]) })).toBe('out');
    expect(classify(PRESETS.comet, { importance: nine([1, 2, 3, 1, 2, 3, 1, 5, 7, 7]) })).toBe('none');
  });

  it('puts an item in at exactly 75% in the top band under the percent rule', () => {
    expect(classify(PRESETS.percent, { importance: five([4, 5, 4, 2]) })).toBe('in');
    expect(classify(PRESETS.percent, { importance: five([4, 5, 3, 2]) })).toBe('none');
    expect(classify(PRESETS.percent, { importance: five([1, 2, 1, 5]) })).toBe('out');
  });

  it('adds the IQR bound of 1 on a 5-point scale when asked', () => {
    const withIqr: ConsensusProtocol = { ...PRESETS.percent, iqrBound: true };
    // 4, 4, 4, 5, 5, 5, 5, 1: 87.5% in 4–5 but Q1 = 4, Q3 = 5 → IQR 1 passes
    expect(classify(withIqr, { importance: five([4, 4, 4, 5, 5, 5, 5, 1]) })).toBe('in');
    // 75% in 4–5, but Q1 = 3.25 and Q3 = 5 → IQR 1.75 > 1
    expect(classify(withIqr, { importance: five([4, 5, 4, 1, 5, 5, 4, 1]) })).toBe('none');
  });

  it('uses median and disagreement under the RAND rule', () => {
    expect(classify(PRESETS.rand, { importance: nine([6, 7, 7, 7, 7, 8, 8, 8, 9, 9]) })).toBe('in');
    expect(classify(PRESETS.rand, { importance: nine([1, 2, 2, 3]) })).toBe('out');
    expect(classify(PRESETS.rand, { importance: nine([1, 1, 1, 2, 8, 8, 9, 9, 9]) })).toBe('none');
  });

  it('builds a custom rule from a band range, threshold and spread limits', () => {
    const custom: ConsensusProtocol = {
      ...PRESETS.custom,
      thresholdPercent: 80,
      agreementBand: { from: 6, to: 9 },
      maxDi: 1,
      out: { thresholdPercent: 60, band: 'bottom' },
    };
    expect(classifyDimension(custom, nine([6, 6, 7, 8, 2]))).toBe('in');
    expect(classifyDimension(custom, nine([1, 2, 3, 5, 5]))).toBe('out');
    expect(classifyDimension({ ...custom, maxIqr: 0.5 }, nine([6, 6, 7, 8, 2]))).toBe('none');
  });

  it('needs the same decision on both dimensions when both decide', () => {
    const both: ConsensusProtocol = { ...PRESETS.percent, decideOn: 'both' };
    const important = nine([7, 8, 9, 9]);
    expect(classify(both, { importance: important, frequency: five([4, 5, 5, 4]) })).toBe('in');
    expect(classify(both, { importance: important, frequency: five([1, 2, 1, 1]) })).toBe('none');
    expect(classify(both, { importance: important })).toBe('none');
  });

  it('has no consensus without valid ratings', () => {
    expect(classify(PRESETS.percent, { importance: five([]) })).toBe('none');
  });
});
