import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../views/format';

describe('formatDate', () => {
  it('writes a calendar date out in full in the page language', () => {
    expect(formatDate('2026-12-15', 'nl')).toBe('15 december 2026');
    expect(formatDate('2026-12-15', 'en')).toBe('15 December 2026');
  });

  it('gives a moment the day it was in the Netherlands, not on the server clock', () => {
    expect(formatDate(new Date('2026-03-01T23:30:00Z'), 'nl')).toBe('2 maart 2026');
  });

  it('shows nothing for a missing date and leaves text that is no date as it is', () => {
    expect(formatDate(null, 'nl')).toBe('');
    expect(formatDate('ergens in mei', 'nl')).toBe('ergens in mei');
  });
});

describe('formatDateTime', () => {
  it('gives day, short month, year and Dutch clock time without a comma', () => {
    expect(formatDateTime(new Date('2026-11-24T13:05:00Z'), 'nl')).toMatch(/^24 nov\.? 2026 14:05$/);
    expect(formatDateTime(new Date('2026-11-24T13:05:00Z'), 'en')).toBe('24 Nov 2026 14:05');
  });
});
