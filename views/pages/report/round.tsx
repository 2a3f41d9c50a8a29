import type { RealtimeReport } from '../../../src/services/rounds/realtime';
import { RealtimeSection } from '../rounds/realtime';
import type { PoolReport } from '../../../db/rounds/pools';
import { PoolSection } from '../rounds/pool';
import type { RoundReport, SortDir, SortKey } from '../../../src/report';
import type { Dim } from '../../../src/report/round-stats';
import type { Dict } from '../../i18n';
import { formatDate, langOf } from '../../format';
import { ChartDefs } from '../../components/distribution-chart';
import { StudyNav } from '../../components/study-nav';
import { ItemsTable } from './items-table';
import {
  AttritionSection,
  DissentSection,
  GroupsSection,
  KendallSection,
  ProtocolSection,
  StabilitySection,
} from './sections';

export interface RoundReportProps {
  t: Dict;
  study: { id: number; title: string };
  report: RoundReport;
  items: RoundReport['items'];
  dim: Dim;
  sort: { key: SortKey; dir: SortDir };
  /** Rating answers kept after closing within the round's grace period, and whether that period still runs. */
  late?: { count: number; graceRunning: boolean } | undefined;
  /** Set when each panellist rated a subset of the items. */
  pool?: PoolReport | undefined;
  /** Set for a real-time round. */
  realtime?: RealtimeReport | undefined;
}

/** The round report: protocol, summary and advice, the sortable item table, then the analyses. */
export function RoundReportPage(props: RoundReportProps) {
  const { t, study, report } = props;
  const r = t.report;
  const base = `/studies/${study.id}/rounds/${report.round.id}/report`;
  const roundBase = `/studies/${study.id}/rounds/${report.round.id}`;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="report" title={study.title} />
      <ChartDefs />
      <h1>{r.title(report.round.number, report.round.title)}</h1>
      {report.round.status !== 'closed' && <p class="notice">{r.notClosed}</p>}
      <p>
        {report.round.closedAt && `${r.closedOn(formatDate(report.round.closedAt, langOf(t)))} `}
        {r.panelCounts(report.panellists.invited, report.panellists.counted)}
      </p>
      {props.late?.graceRunning && <p class="notice">{r.graceRunning}</p>}
      {!!props.late?.count && <p class="notice">{r.lateAnswers(props.late.count)}</p>}
      <p class="actions">
        <a class="button secondary" href={`${base}.json`}>
          {r.json}
        </a>
        <a class="button secondary" href={`${roundBase}/answers.csv`}>
          {r.csv}
        </a>
        <a class="button secondary" href={`${roundBase}/answers.xlsx`}>
          {r.xlsx}
        </a>
      </p>
      <ProtocolSection t={t} report={report} />
      <section aria-labelledby="h-summary">
        <h2 id="h-summary">{r.summaryTitle}</h2>
        <p>{r.tally(report.tally.in, report.tally.out, report.tally.none)}</p>
        {report.minRatings !== null && report.belowMinimum > 0 && (
          <p class="notice" role="note">
            {r.belowMinSummary(report.belowMinimum, report.minRatings)}
          </p>
        )}
        <h3>{r.adviceTitle}</h3>
        <p class="notice">{r.advice(report.stopping)}</p>
      </section>
      <section aria-labelledby="h-items" id="items">
        <h2 id="h-items">{r.itemsTitle}</h2>
        <p class="small muted">{r.methodNote}</p>
        <nav class="dim-switch" aria-label={r.showDimension}>
          {r.showDimension}:{' '}
          {(['importance', 'frequency'] as const).map((d) => (
            <a
              href={`${base}?dim=${d}&sort=${props.sort.key}&dir=${props.sort.dir}#items`}
              aria-current={d === props.dim ? 'true' : undefined}
              class="badge"
            >
              {r[`dim_${d}`]}
            </a>
          ))}
        </nav>
        <ItemsTable
          t={t}
          base={base}
          items={props.items}
          dim={props.dim}
          sort={props.sort}
          hasPrevious={report.previousRound !== null}
          minRatings={report.minRatings}
        />
      </section>
      {props.pool && <PoolSection t={t} report={props.pool} />}
      {props.realtime && <RealtimeSection t={t} report={props.realtime} />}
      <StabilitySection t={t} report={report} />
      <KendallSection t={t} report={report} />
      <GroupsSection t={t} report={report} base={base} />
      <AttritionSection t={t} report={report} />
      <DissentSection t={t} report={report} base={base} />
    </section>
  );
}
