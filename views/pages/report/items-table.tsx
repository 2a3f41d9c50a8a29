import type { ReportItem, SortDir, SortKey } from '../../../src/report';
import type { Dim } from '../../../src/report/round-stats';
import type { Dict } from '../../i18n';
import { DistributionChart } from '../../components/distribution-chart';
import { decisionLabel, num, short, signed } from './format';

export interface TableProps {
  t: Dict;
  base: string;
  items: readonly ReportItem[];
  dim: Dim;
  sort: { key: SortKey; dir: SortDir };
  hasPrevious: boolean;
  /** In a round with item subsets, the minimum of ratings per item the researcher set. */
  minRatings?: number | null | undefined;
}

function SortHeader(props: {
  t: Dict;
  base: string;
  dim: Dim;
  sort: TableProps['sort'];
  k: SortKey;
  label: string;
  numeric?: boolean;
}) {
  const active = props.sort.key === props.k;
  const next: SortDir =
    active && props.sort.dir === 'asc' ? 'desc' : props.numeric && !active ? 'desc' : 'asc';
  const href = `${props.base}?dim=${props.dim}&sort=${props.k}&dir=${next}#items`;
  return (
    <th scope="col" aria-sort={active ? (props.sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <a href={href} title={props.t.report.sortBy(props.label)}>
        {props.label}
        {active && <span aria-hidden="true">{props.sort.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
      </a>
    </th>
  );
}

function Row(props: {
  t: Dict;
  base: string;
  it: ReportItem;
  dim: Dim;
  hasPrevious: boolean;
  minRatings: number | null;
}) {
  const { t, it, dim } = props;
  const s = it[dim];
  const r = t.report;
  const scale = s.scale;
  const top = scale.bands[scale.bands.length - 1] ?? { from: scale.max, to: scale.max };
  const bottom = scale.bands[0] ?? { from: scale.min, to: scale.min };
  const parts = s.counts.map((c, k) => `${scale.min + k}: ${c}`).join(', ');
  const st = it.stability.find((x) => x.dimension === dim);
  const divergent = it.groups.some((g) => g.divergent);
  return (
    <tr id={`item-${it.roundItemId}`}>
      <td>{it.number}</td>
      <td class="item-text">
        <a href={`${props.base}/items/${it.roundItemId}`}>{it.text}</a>
      </td>
      <td>
        <DistributionChart
          id={`c${it.roundItemId}`}
          counts={s.counts}
          min={scale.min}
          top={top}
          bottom={bottom}
          title={r.chartTitle(r[`dim_${dim}`].toLowerCase(), it.number)}
          desc={`${r.chartDesc(parts)} ${r.chartCannotJudge(s.cannotJudge)}`}
        />
      </td>
      <td class="num">
        {s.n}
        {props.minRatings !== null && s.n < props.minRatings && (
          <>
            {' '}
            <span class="badge warn">{r.belowMinBadge(props.minRatings)}</span>
          </>
        )}
      </td>
      <td class="num">{s.cannotJudge}</td>
      <td class="num">{short(t, s.median, 1)}</td>
      <td class="num nowrap">{s.q1 === null ? '—' : `${short(t, s.q1)}–${short(t, s.q3)}`}</td>
      <td class="num">{short(t, s.iqr)}</td>
      <td class="num">{num(t, s.mean, 2)}</td>
      <td class="num">{num(t, s.sd, 2)}</td>
      <td class="num">{num(t, s.agreement, 0)}%</td>
      <td>{decisionLabel(t, s.comet)}</td>
      <td class="num">{num(t, s.rand.di, 2)}</td>
      <td class="num nowrap">
        {short(t, it.criticality.score, 1)}{' '}
        {it.criticality.grid && <span class="badge">{r[`grid_${it.criticality.grid}`]}</span>}
      </td>
      <td class="num">{it.dissent}</td>
      <td>{divergent ? <span class="badge warn">{r.divergent}</span> : ''}</td>
      {props.hasPrevious && (
        <>
          <td class="num">{signed(t, st?.agreementChange ?? null, 0)}</td>
          <td class="num">{signed(t, st?.cvChange ?? null, 2)}</td>
          <td class="num">{num(t, st?.changedPercent ?? null, 0)}</td>
          <td>{it.stable === null ? '—' : it.stable ? r.stable : r.unstable}</td>
        </>
      )}
      <td class="nowrap">
        <strong class={`decision d-${it.final}`}>{decisionLabel(t, it.final)}</strong>
        {it.override !== null && (
          <>
            {' '}
            <span class="badge">{r.overridden}</span>
            <br />
            <span class="small muted">{r.computedWas(decisionLabel(t, it.computed))}</span>
          </>
        )}
        {it.belowMinimum && props.minRatings !== null && (
          <>
            <br />
            <span class="badge warn">{r.belowMinDecision(it.decidingN, props.minRatings)}</span>
          </>
        )}
        {!it.decisionStored && (
          <>
            {' '}
            <span class="badge">{r.notStored}</span>
          </>
        )}
      </td>
    </tr>
  );
}

/** All items with their figures on one dimension; every header is a sort link (works without JS). */
export function ItemsTable(props: TableProps) {
  const { t, base, dim, sort } = props;
  const r = t.report;
  const h = (k: SortKey, label: string, numeric = true) => (
    <SortHeader t={t} base={base} dim={dim} sort={sort} k={k} label={label} numeric={numeric} />
  );
  return (
    <div class="table-wrap">
      <table class="report-table">
        <caption class="visually-hidden">{`${r.itemsTitle}: ${r[`dim_${dim}`]}`}</caption>
        <thead>
          <tr>
            {h('number', r.colNumber, false)}
            {h('text', r.colItem, false)}
            <th scope="col">{r.colChart}</th>
            {h('n', r.colN)}
            {h('cannotJudge', r.colCannotJudge)}
            {h('median', r.colMedian)}
            <th scope="col">{r.colQuartiles}</th>
            {h('iqr', r.colIqr)}
            {h('mean', r.colMean)}
            {h('sd', r.colSd)}
            {h('agreement', r.colAgreement)}
            <th scope="col">{r.colComet}</th>
            {h('di', r.colDi)}
            {h('criticality', r.colCriticality)}
            {h('dissent', r.colDissent)}
            <th scope="col">{r.colDivergent}</th>
            {props.hasPrevious && (
              <>
                {h('agreementChange', r.colDeltaAgreement)}
                <th scope="col">{r.colDeltaCv}</th>
                <th scope="col">{r.colChanged}</th>
                <th scope="col">{r.colStability}</th>
              </>
            )}
            {h('decision', r.colDecision, false)}
          </tr>
        </thead>
        <tbody>
          {props.items.map((it) => (
            <Row
              t={t}
              base={base}
              it={it}
              dim={dim}
              hasPrevious={props.hasPrevious}
              minRatings={props.minRatings ?? null}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
