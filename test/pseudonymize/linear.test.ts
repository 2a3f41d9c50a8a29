import { describe, expect, it } from 'vitest';
import { syntheticCase } from '../../scripts/bench/pseudonymize-input';
import { applyReplacements, pseudonymize } from '../../src/pseudonymize';

const seconds = (text: string): number => {
  const t0 = performance.now();
  pseudonymize(text, { lang: 'nl' });
  return (performance.now() - t0) / 1000;
};

describe('pseudonymisation time', () => {
  it('grows in proportion to the text (no work per pair of names or replacements)', () => {
    const quarter = syntheticCase(200_000);
    const full = syntheticCase(800_000);
    seconds(quarter); // warm up the regular expressions and the JIT
    const a = Math.min(seconds(quarter), seconds(quarter), seconds(quarter));
    const b = Math.min(seconds(full), seconds(full));
    // Four times the text: linear work gives a ratio near 4, the old quadratic engine about 16. The wide margin
    // keeps a busy machine from failing the test while a quadratic step still would.
    expect(b / a).toBeLessThan(8);
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
