import { describe, expect, it } from 'vitest';
import { describeProtocol } from '../../src/consensus/describe';
import { PRESETS } from '../../src/consensus/protocol';

describe('describeProtocol', () => {
  it('states the COMET thresholds in English and Dutch', () => {
    expect(describeProtocol(PRESETS.comet, 'en')).toMatch(
      /at least 70% rate 7–9 and fewer than 15% rate 1–3/,
    );
    expect(describeProtocol(PRESETS.comet, 'nl')).toMatch(/ten minste 70% 7–9 geeft en minder dan 15% 1–3/);
  });

  it('mentions the IQR bound, the deciding dimensions and who is counted', () => {
    const text = describeProtocol(
      { ...PRESETS.percent, iqrBound: true, decideOn: 'both', countIncomplete: false },
      'en',
    );
    expect(text).toMatch(/at least 75% of valid ratings fall in the top band and the interquartile range/);
    expect(text).toMatch(/both importance and frequency/);
    expect(text).toMatch(/Only panellists who completed the round are counted/);
  });

  it('writes Dutch decimal commas in a custom rule', () => {
    const text = describeProtocol(
      { ...PRESETS.custom, thresholdPercent: 66.7, maxIqr: 1.5, out: null },
      'nl',
    );
    expect(text).toMatch(/ten minste 66,7% van de geldige oordelen in de bovenste band valt/);
    expect(text).toMatch(/interkwartielafstand hoogstens 1,5/);
    expect(text).not.toMatch(/weglaten/);
  });
});
