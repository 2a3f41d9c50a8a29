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
    minRatings: report.minRatings,
    belowMinimum: report.belowMinimum,
    tally: report.tally,
    divergentItems: report.divergentItems,
    kendall: report.kendall,
    kendallIncomplete: report.kendallIncomplete,
    previousRound: report.previousRound,
    attrition: report.attrition,
    leavers: report.leavers,
    stopping: report.stopping,
    methods: {
      quantiles: 'linear interpolation, R type 7',
      sd: 'sample standard deviation (n − 1)',
      agreement: 'percent of valid ratings in the top band',
      wilcoxon:
        'signed-rank as R wilcox.test chooses: exact p for < 50 non-zero pairs without ties and without zero differences, else normal approximation with continuity and tie correction',
      kendall: 'textbook W over the panellists who rated every item, with tie correction',
      kendallIncomplete:
        "Skillings–Mack statistic for incomplete rankings (cannot judge left out; per panellist ranks among the items rated, unrated items at the mean rank, tie-corrected covariance), W = SM / (m(n − 1)); equals Kendall's W with complete data. m = panellists with at least two valid ratings, n = items, ratings = valid ratings used",
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
