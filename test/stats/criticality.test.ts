import { describe, expect, it } from 'vitest';
import { criticality } from '../../src/stats/criticality';
import { SCALE_1_9 } from '../../src/stats/scale';

describe('criticality', () => {
  it('multiplies median importance by median frequency', () => {
    expect(criticality(8, 4, SCALE_1_9).score).toBe(32);
  });

  it('sorts items into the 2×2 grid with the top band and frequency ≥ 3 as defaults', () => {
    expect(criticality(8, 3, SCALE_1_9).grid).toBe('core');
    expect(criticality(7, 2, SCALE_1_9).grid).toBe('critical');
    expect(criticality(6.5, 4, SCALE_1_9).grid).toBe('optional');
    expect(criticality(5, 1, SCALE_1_9).grid).toBe('drop');
  });

  it('honours configured cuts', () => {
    const c = criticality(6, 2, SCALE_1_9, { importanceCut: 6, frequencyCut: 2 });
    expect(c).toMatchObject({ important: true, frequent: true, grid: 'core' });
  });

  it('has no class without both medians', () => {
    expect(criticality(null, 3, SCALE_1_9)).toEqual({
      score: null,
      important: null,
      frequent: null,
      grid: null,
    });
  });
});
