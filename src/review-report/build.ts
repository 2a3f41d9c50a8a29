import type { RoundResults } from '../compliance';
import { h, p, ul, type Block, type HandbookDoc, type TableBlock } from '../handbook/model';
import type { Dict, Lang } from '../../views/i18n';

export interface ReviewReportInput {
  lang: Lang;
  studyTitle: string;
  round: {
    number: number;
    title: string;
    status: 'open' | 'closed';
    startsOn: string | null;
    endsOn: string | null;
  };
  versionNumber: number;
  results: RoundResults;
  actions: {
    item: string;
    action: string;
    owner: string;
    dueOn: string;
    status: 'open' | 'done' | 'dropped';
  }[];
  followedUp: {
    round: number;
    item: string;
    action: string;
    status: 'open' | 'done' | 'dropped';
    followUp: string;
  }[];
  /** `applicable` null: a round whose figures this group may not see (fewer than three practitioners). */
  trend: { round: number; version: number; compliance: number | null; applicable: number | null }[];
}

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v)}%`);

/**
 * A text bar of 20 cells (5% each): '=' filled, '-' empty, '|' at the norm. It survives every format and
 * greyscale printing; the number stands beside it.
 */
export function textBar(value: number | null, norm: number | null): string {
  if (value === null) return '';
  const cells = Array.from({ length: 20 }, (_, i): string => (i < Math.round(value / 5) ? '=' : '-'));
  if (norm !== null) cells.splice(Math.min(20, Math.round(norm / 5)), 0, '|');
  return cells.join('');
}

/** The review report of one round as the handbook's document model, so HTML, PDF, DOCX and Markdown share it. */
export function buildReviewReport(input: ReviewReportInput, t: Dict): HandbookDoc {
  const R = t.review;
  const r = input.results;
  const title = R.reportTitle(input.round.number, input.round.title);
  const table = (
    caption: string,
    header: string[],
    rows: string[][],
    numeric: number[],
    widths?: number[],
  ): TableBlock => ({ kind: 'table', caption, header, rows, numeric, ...(widths ? { widths } : {}) });
  const blocks: Block[] = [
    {
      kind: 'titlePage',
      title,
      subtitle: input.studyTitle,
      status: input.round.status === 'open' ? R.statusOpen : R.statusClosed,
      meta: [
        [R.version, R.versionLabel(input.versionNumber, true)],
        [R.startsOn, input.round.startsOn ?? '—'],
        [R.endsOn, input.round.endsOn ?? '—'],
        [R.practitionersReviewed, String(r.practitioners)],
        [R.dossiers, String(r.dossiers)],
        [R.scores, String(r.overall.scored)],
      ],
    },
    h(1, 'privacy', R.infoTitle),
    p(R.privacy),
    h(1, 'clusters', `${R.compliance} · ${R.cluster}`),
    p(R.chartNote),
    table(
      `${R.compliance} · ${R.cluster}`,
      [R.cluster, R.applicable, R.compliance, ''],
      [
        ...r.clusters.map((c) => [
          `${c.number} ${c.label}`,
          String(c.tally.applicable),
          pct(c.tally.compliance),
          textBar(c.tally.compliance, null),
        ]),
        [
          R.overall,
          String(r.overall.applicable),
          pct(r.overall.compliance),
          textBar(r.overall.compliance, null),
        ],
      ],
      [1, 2],
      [46, 14, 14, 26],
    ),
    h(1, 'items', `${R.compliance} · ${R.item}`),
    table(
      `${R.compliance} · ${R.item}`,
      [R.item, R.applicable, R.nvtCount, R.compliance, R.norm, R.vsNorm],
      r.items.map((x) => [
        `${x.number} ${x.text}`,
        String(x.tally.applicable),
        String(x.tally.nvt),
        pct(x.tally.compliance),
        pct(x.normPercentage),
        x.norm.met === null ? '—' : `${x.norm.met ? R.met : R.notMet} (${R.points(x.norm.difference!)})`,
      ]),
      [1, 2, 3, 4],
      [34, 10, 8, 10, 8, 30],
    ),
    // The bars as a chart of their own: beside six columns of figures a bar of 21 unbreakable characters did
    // not fit a Word page and wrapped in two.
    table(
      R.chartItems,
      [R.item, R.compliance, ''],
      r.items.map((x) => [x.number, pct(x.tally.compliance), textBar(x.tally.compliance, x.normPercentage)]),
      [1],
      [15, 15, 70],
    ),
    h(2, 'below', R.belowNorm),
    r.belowNorm.length
      ? ul(
          r.belowNorm.map(
            (x) => `${x.number} ${x.text}: ${pct(x.tally.compliance)} (${R.norm} ${pct(x.normPercentage)})`,
          ),
        )
      : p(R.noneBelow),
    h(1, 'agreement', R.agreement),
    p(
      r.agreement.subjects === 0
        ? R.noAgreement
        : R.agreementText(
            r.agreement.subjects,
            pct(r.agreement.percent),
            r.agreement.kappa === null
              ? '—'
              : r.agreement.kappa.toLocaleString(t.common.dateFormat, {
                  minimumFractionDigits: 2,
                  maximumFractionDigits: 2,
                }),
          ),
    ),
    h(1, 'notes', R.notes),
    r.notes.length ? ul(r.notes.map((n) => `${n.itemNumber}: ${n.text}`)) : p('—'),
    h(1, 'plan', R.plan),
    p(R.planIntro),
    table(
      R.plan,
      [R.item, R.action, R.owner, R.due, R.status],
      input.actions.map((a) => [a.item, a.action, a.owner, a.dueOn, R[`status_${a.status}`]]),
      [],
    ),
  ];
  if (input.followedUp.length) {
    blocks.push(
      h(2, 'follow-up', R.previousPlan),
      table(
        R.previousPlan,
        [R.trendRound, R.item, R.action, R.status, R.followUp],
        input.followedUp.map((a) => [String(a.round), a.item, a.action, R[`status_${a.status}`], a.followUp]),
        [0],
      ),
    );
  }
  if (input.trend.length > 1) {
    blocks.push(
      h(1, 'trend', R.trend),
      table(
        R.trend,
        [R.trendRound, R.version, R.applicable, R.compliance, ''],
        input.trend.map((x) => [
          String(x.round),
          String(x.version),
          x.applicable === null ? '—' : String(x.applicable),
          pct(x.compliance),
          textBar(x.compliance, null),
        ]),
        [0, 1, 2, 3],
      ),
    );
  }
  return { lang: input.lang, title, runningHead: `${input.studyTitle} · ${title}`, blocks };
}
