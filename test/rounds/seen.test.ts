import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageShownAt, seenMarker } from '../../src/rounds/seen';

const key = randomBytes(32);

describe('the "page was shown" marker', () => {
  it('gives back the time the page was shown for a marker we signed', () => {
    expect(pageShownAt(key, 7, 3, seenMarker(key, 7, 3, 1_700_000_000_000))).toBe(1_700_000_000_000);
  });

  it('holds only for the panellist and round it was made for', () => {
    const marker = seenMarker(key, 7, 3, 1_700_000_000_000);
    expect(pageShownAt(key, 8, 3, marker)).toBeNull();
    expect(pageShownAt(key, 7, 4, marker)).toBeNull();
  });

  it('refuses a changed time, another key, a missing signature and garbage', () => {
    const [, sig] = seenMarker(key, 7, 3, 1_700_000_000_000).split('.');
    expect(pageShownAt(key, 7, 3, `1600000000000.${sig}`)).toBeNull();
    expect(pageShownAt(randomBytes(32), 7, 3, seenMarker(key, 7, 3))).toBeNull();
    expect(pageShownAt(key, 7, 3, '1700000000000')).toBeNull();
    expect(pageShownAt(key, 7, 3, '')).toBeNull();
    expect(pageShownAt(key, 7, 3, 'abc.def')).toBeNull();
  });
});
