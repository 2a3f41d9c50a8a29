import type { DimensionStats } from '../stats';
import type { RoundReport } from './model';

function dimension(s: DimensionStats) {
  const { scale: _scale, ...rest } = s;
  return rest;
}

/** The round report as plain JSON: scales once at the top instead of inside every item's figures. */
export function reportJson(report: RoundReport) {
  const first = report.items[0];
  return {
    round: report.round,
    protocol: report.protocol,
    scales: first ? { importance: first.importance.scale, frequency: first.frequency.scale } : null,
    panellists: report.panellists,
    tally: report.tally,
    divergentItems: report.divergentItems,
    kendall: report.kendall,
    previousRound: report.previousRound,
    attrition: report.attrition,
    leavers: report.leavers,
    stopping: report.stopping,
    methods: {
      quantiles: 'linear interpolation, R type 7',
      sd: 'sample standard deviation (n − 1)',
      agreement: 'percent of valid ratings in the top band',
      wilcoxon:
        'signed-rank; exact p for ≤ 25 untied non-zero pairs, else normal approximation with continuity and tie correction',
      stable: '|Δ agreement| ≤ 15 points and Wilcoxon p ≥ 0.05',
      divergence: "one group's agreement ≥ 70% and another's < 50%",
      leavers:
        'panellists with a valid importance rating in the previous rating round; leavers did not complete this round; means over items of each subgroup’s median and agreement in that round',
    },
    items: report.items.map((it) => ({
      ...it,
      importance: dimension(it.importance),
      frequency: dimension(it.frequency),
    })),
  };
}
