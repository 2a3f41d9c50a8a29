/** What a round needs to say whether it still takes an answer. */
export interface RoundWindow {
  status: 'draft' | 'open' | 'closed';
  /** When the round was closed (ms), null while it never was. */
  closedAt: number | null;
  /** How long after closing an answer from a page shown while open is still kept (0: not at all). */
  graceHours: number;
}

/**
 * Whether an answer may be stored now: 'open'; 'late' — the page was shown while the round was open, the round
 * has a grace period that has not yet run out, and no decisions were taken on it — kept and marked late; or
 * 'closed' (refused). `decided` is asked only when everything else allows a late answer.
 */
export function answerWindow(
  r: RoundWindow,
  pageShownAt: number | null,
  decided: () => boolean,
  now = Date.now(),
): 'open' | 'late' | 'closed' {
  if (r.status === 'open') return 'open';
  if (r.status !== 'closed' || r.closedAt === null || pageShownAt === null || pageShownAt > r.closedAt)
    return 'closed';
  if (!(r.graceHours > 0) || now > r.closedAt + r.graceHours * 3_600_000) return 'closed';
  return decided() ? 'closed' : 'late';
}
