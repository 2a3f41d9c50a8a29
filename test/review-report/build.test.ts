import { describe, expect, it } from 'vitest';
import { textBar } from '../../src/review-report/build';

describe('textBar', () => {
  it('draws compliance in 5% cells with the norm as a bar, readable without colour', () => {
    expect(textBar(50, 80)).toBe('==========------|----');
    expect(textBar(100, null)).toBe('====================');
    expect(textBar(null, 80)).toBe('');
  });
});
