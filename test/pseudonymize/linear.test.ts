import { describe, expect, it } from 'vitest';
import { syntheticCase } from '../../scripts/bench/pseudonymize-input';
import { applyReplacements, pseudonymize } from '../../src/pseudonymize';

const seconds = (text: string): number => {
  const t0 = performance.now();
  pseudonymize(text, { lang: 'nl' });
  return (performance.now() - t0) / 1000;
};

describe('pseudonymisation time', () => {
  it('roughly doubles when the text doubles (no work per pair of names or replacements)', () => {
    const half = syntheticCase(400_000);
    const full = syntheticCase(800_000);
    seconds(half); // warm up the regular expressions and the JIT
    const a = Math.min(seconds(half), seconds(half));
    const b = Math.min(seconds(full), seconds(full));
    // Linear work gives a ratio near 2; the old quadratic engine gave about 4. The margin absorbs a busy machine.
    expect(b / a).toBeLessThan(3);
  }, 120_000);

  it('builds the output in one pass that keeps the text between replacements', () => {
    const text = 'a Bob b Bob c';
    const reps = [
      { start: 2, end: 5, original: 'Bob', placeholder: '[P]', kind: 'name' as const },
      { start: 8, end: 11, original: 'Bob', placeholder: '[P]', kind: 'name' as const },
      { start: 3, end: 6, original: 'ob ', placeholder: '[X]', kind: 'name' as const },
    ];
    expect(applyReplacements(text, reps)).toBe('a [P] b [P] c');
  });
});
