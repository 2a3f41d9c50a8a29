import { describe, expect, it } from 'vitest';
import { answerWindow } from '../../src/rounds/late-window';

const HOUR = 3_600_000;
const closedAt = 1_700_000_000_000;
const closed = { status: 'closed' as const, closedAt, graceHours: 24 };
const undecided = () => false;

describe('the late-answer window', () => {
  it('takes every answer while the round is open and none before it opened', () => {
    expect(answerWindow({ status: 'open', closedAt: null, graceHours: 0 }, null, undecided)).toBe('open');
    expect(answerWindow({ status: 'draft', closedAt: null, graceHours: 24 }, closedAt, undecided)).toBe(
      'closed',
    );
  });

  it('keeps an answer from a page shown before closing as late, until the grace period runs out', () => {
    expect(answerWindow(closed, closedAt - 1000, undecided, closedAt + HOUR)).toBe('late');
    expect(answerWindow(closed, closedAt, undecided, closedAt + 24 * HOUR)).toBe('late');
    expect(answerWindow(closed, closedAt - 1000, undecided, closedAt + 24 * HOUR + 1)).toBe('closed');
  });

  it('refuses without a page shown while open, without a grace period, or once decisions were taken', () => {
    expect(answerWindow(closed, null, undecided, closedAt + HOUR)).toBe('closed');
    expect(answerWindow(closed, closedAt + 1, undecided, closedAt + HOUR)).toBe('closed');
    expect(answerWindow({ ...closed, graceHours: 0 }, closedAt - 1000, undecided, closedAt + 1)).toBe(
      'closed',
    );
    expect(answerWindow(closed, closedAt - 1000, () => true, closedAt + HOUR)).toBe('closed');
  });

  it('asks whether the round was decided only when a late answer is otherwise allowed', () => {
    let asked = 0;
    const decided = () => (asked++, false);
    answerWindow(closed, null, decided, closedAt + HOUR);
    answerWindow(closed, closedAt - 1000, decided, closedAt + 25 * HOUR);
    expect(asked).toBe(0);
  });
});
