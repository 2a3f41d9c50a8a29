import { describe, expect, it } from 'vitest';
import { compareWithNorm, tally } from '../../src/compliance';

describe('tally', () => {
  it('counts half a point for deels and leaves n.v.t. out of the denominator', () => {
    expect(tally(['voldaan', 'deels', 'niet', 'nvt'])).toEqual({
      scored: 4,
      voldaan: 1,
      deels: 1,
      niet: 1,
      nvt: 1,
      applicable: 3,
      compliance: 50,
    });
  });
});

describe('compareWithNorm', () => {
  it('says by how many points compliance is above or below the norm', () => {
    expect(compareWithNorm(68.75, 80)).toEqual({ met: false, difference: -11.25 });
    expect(compareWithNorm(80, 80)).toEqual({ met: true, difference: 0 });
    expect(compareWithNorm(null, 80)).toEqual({ met: null, difference: null });
    expect(compareWithNorm(90, null)).toEqual({ met: null, difference: null });
  });
});
