import { CANNOT_JUDGE, MISSING, percentAgreement, summarizeRatings, type Scale } from '../stats';

/** One stored revision of one panellist's importance rating of one item. */
export interface Revision {
  panellistId: number;
  value: number | null;
  cannotJudge: boolean;
  at: number;
}

export interface TimelinePoint {
  at: number;
  /** Percent agreement (top band) over each panellist's latest valid rating at that moment. */
  agreement: number | null;
  n: number;
}

export interface RealtimeItemSummary {
  panellists: number;
  /** Ratings given or changed (a stored revision that only changed the comment or the frequency is not one). */
  revisions: number;
  /** Panellists whose last rating differs from their first. */
  changed: number;
  firstMedian: number | null;
  lastMedian: number | null;
  firstAgreement: number | null;
  lastAgreement: number | null;
  timeline: TimelinePoint[];
}

const code = (r: Revision) => (r.cannotJudge ? CANNOT_JUDGE : (r.value ?? MISSING));

function stats(rs: Revision[], scale: Scale) {
  const s = summarizeRatings(rs.map(code), scale);
  return { median: s.median, agreement: percentAgreement(s.counts, scale, s.n), n: s.n };
}

/**
 * How one item's ratings moved in a real-time round: each panellist's first and last rating (median and
 * percent agreement of both), how many changed, and after every revision the agreement over everyone's
 * latest rating — the consensus over time. A stored revision that leaves this rating as it was (the panellist
 * changed the comment or the other dimension), or that comes before their first rating, is no step. Pure;
 * revisions in any order.
 */
export function realtimeSummary(revisions: readonly Revision[], scale: Scale): RealtimeItemSummary {
  const sorted = [...revisions].sort((a, b) => a.at - b.at);
  const first = new Map<number, Revision>();
  const latest = new Map<number, Revision>();
  const timeline: TimelinePoint[] = [];
  let steps = 0;
  for (const r of sorted) {
    const before = latest.get(r.panellistId);
    if (before ? code(before) === code(r) : code(r) === MISSING) continue;
    steps++;
    if (!first.has(r.panellistId)) first.set(r.panellistId, r);
    latest.set(r.panellistId, r);
    const s = stats([...latest.values()], scale);
    timeline.push({ at: r.at, agreement: s.agreement, n: s.n });
  }
  const f = stats([...first.values()], scale);
  const l = stats([...latest.values()], scale);
  const changed = [...latest].filter(([p, r]) => code(r) !== code(first.get(p)!)).length;
  return {
    panellists: latest.size,
    revisions: steps,
    changed,
    firstMedian: f.median,
    lastMedian: l.median,
    firstAgreement: f.agreement,
    lastAgreement: l.agreement,
    timeline,
  };
}
