/** Per cluster of a coverage round: how many panellists find it covers practice, and what they miss. */
export interface CoverageCluster {
  roundClusterId: number;
  number: string;
  label: string;
  answers: number;
  yes: number;
  partly: number;
  no: number;
  /** Share answering "yes" of those who gave a verdict (0–100); null without verdicts. */
  yesPercent: number | null;
  /** The missing activities as written, anonymous and in alphabetical order (nothing hints at who wrote what). */
  missing: string[];
}

export interface CoverageReport {
  clusters: CoverageCluster[];
  /** Clusters at least one panellist found incomplete (partly or no). */
  incomplete: number;
  missingCount: number;
}

/** Counts yes/partly/no per cluster and gathers the missing activities. Pure: rows in, figures out. */
export function coverageReport(
  clusters: readonly { id: number; number: string; label: string }[],
  answers: readonly { roundClusterId: number; verdict: 'yes' | 'partly' | 'no' | null; missing: string }[],
): CoverageReport {
  const out = new Map<number, CoverageCluster>(
    clusters.map((c) => [
      c.id,
      {
        roundClusterId: c.id,
        number: c.number,
        label: c.label,
        answers: 0,
        yes: 0,
        partly: 0,
        no: 0,
        yesPercent: null,
        missing: [],
      },
    ]),
  );
  for (const a of answers) {
    const c = out.get(a.roundClusterId);
    if (!c) continue;
    c.answers += 1;
    if (a.verdict) c[a.verdict] += 1;
    const text = a.missing.trim();
    if (text) c.missing.push(text);
  }
  const list = [...out.values()].map((c) => {
    const verdicts = c.yes + c.partly + c.no;
    return {
      ...c,
      yesPercent: verdicts ? (100 * c.yes) / verdicts : null,
      missing: c.missing.sort((a, b) => a.localeCompare(b)),
    };
  });
  return {
    clusters: list,
    incomplete: list.filter((c) => c.partly + c.no > 0).length,
    missingCount: list.reduce((s, c) => s + c.missing.length, 0),
  };
}
