import type { ReportItem } from '../../../src/report';
import type { Dict } from '../../i18n';
import { ChartDefs, DistributionChart } from '../../components/distribution-chart';
import { Csrf, ErrorSummary, Select, TextArea, type FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import { decisionLabel, groupLabel, num, pValue, short, signed } from './format';

export interface ItemPageProps {
  t: Dict;
  csrf: string;
  study: { id: number; title: string };
  round: { id: number; number: number; status: string };
  item: ReportItem;
  /** In a round with item subsets, the minimum of ratings per item the researcher set. */
  minRatings?: number | null | undefined;
  canEdit: boolean;
  values: Record<string, string>;
  errors: FieldErrors;
  saved: boolean;
}

/** The decision block with its override form; also the htmx fragment answered by the override POST. */
export function DecisionBlock(props: ItemPageProps) {
  const { t, item, round, study } = props;
  const r = t.report;
  const action = `/studies/${study.id}/rounds/${round.id}/report/items/${item.roundItemId}/override`;
  return (
    <section id="decision" aria-labelledby="h-decision">
      <h2 id="h-decision">{r.colDecision}</h2>
      <div role="status" aria-live="polite">
        {props.saved && <p class="notice">{r.overrideSaved}</p>}
      </div>
      <p>
        <strong class={`decision d-${item.final}`}>{decisionLabel(t, item.final)}</strong>{' '}
        {item.override !== null && <span class="badge">{r.overridden}</span>}{' '}
        <span class="muted">{r.computedWas(decisionLabel(t, item.computed))}</span>
        {item.belowMinimum && props.minRatings != null && (
          <>
            <br />
            <span class="badge warn">{r.belowMinDecision(item.decidingN, props.minRatings)}</span>
          </>
        )}
      </p>
      {item.overrideReason && (
        <p>
          <strong>{t.consensus.reasonLabel}:</strong> {item.overrideReason}
        </p>
      )}
      {round.status !== 'closed' ? (
        <p class="muted">{r.notDecided}</p>
      ) : (
        props.canEdit && (
          <form
            method="post"
            action={action}
            hx-post={action}
            hx-target="#decision"
            hx-swap="outerHTML"
            class="card"
          >
            <h3>{r.overrideTitle}</h3>
            <p class="hint">{r.overrideIntro}</p>
            <ErrorSummary errors={props.errors} message={t.common.formHasErrors} />
            <Csrf token={props.csrf} />
            <Select
              name="decision"
              label={r.overrideDecision}
              value={props.values.decision ?? item.override ?? ''}
              error={props.errors.decision}
              options={[
                { value: '', label: r.overrideKeep },
                ...(['in', 'out', 'none'] as const).map((d) => ({ value: d, label: decisionLabel(t, d) })),
              ]}
            />
            <TextArea
              name="reason"
              label={r.overrideReason}
              value={props.values.reason ?? item.overrideReason ?? ''}
              error={props.errors.reason}
              rows={3}
            />
            <button type="submit">{r.overrideSave}</button>
          </form>
        )
      )}
    </section>
  );
}

function Figures(props: { t: Dict; item: ReportItem; dim: 'importance' | 'frequency' }) {
  const { t, item, dim } = props;
  const r = t.report;
  const s = item[dim];
  const top = s.scale.bands[s.scale.bands.length - 1] ?? { from: s.scale.max, to: s.scale.max };
  const bottom = s.scale.bands[0] ?? { from: s.scale.min, to: s.scale.min };
  const parts = s.counts.map((c, k) => `${s.scale.min + k}: ${c}`).join(', ');
  const st = item.stability.find((x) => x.dimension === dim);
  return (
    <section aria-labelledby={`h-${dim}`}>
      <h2 id={`h-${dim}`}>{r[`dim_${dim}`]}</h2>
      <DistributionChart
        id={`big-${dim}`}
        size="large"
        counts={s.counts}
        min={s.scale.min}
        top={top}
        bottom={bottom}
        title={r.chartTitle(r[`dim_${dim}`].toLowerCase(), item.number)}
        desc={`${r.chartDesc(parts)} ${r.chartCannotJudge(s.cannotJudge)}`}
      />
      <dl class="meta">
        <dt>{r.colN}</dt>
        <dd>{s.n}</dd>
        <dt>{r.colCannotJudge}</dt>
        <dd>{s.cannotJudge}</dd>
        <dt>{r.colMedian}</dt>
        <dd>{short(t, s.median)}</dd>
        <dt>{r.colQuartiles}</dt>
        <dd>{s.q1 === null ? '—' : `${short(t, s.q1)}–${short(t, s.q3)}`}</dd>
        <dt>{r.colMean}</dt>
        <dd>{num(t, s.mean, 2)}</dd>
        <dt>{r.colSd}</dt>
        <dd>{num(t, s.sd, 2)}</dd>
        <dt>{r.colAgreement}</dt>
        <dd>{num(t, s.agreement, 1)}%</dd>
        <dt>{r.colComet}</dt>
        <dd>{decisionLabel(t, s.comet)}</dd>
        <dt>{r.colDi}</dt>
        <dd>{num(t, s.rand.di, 2)}</dd>
        {st && (
          <>
            <dt>{r.colDeltaAgreement}</dt>
            <dd>{signed(t, st.agreementChange, 1)}</dd>
            <dt>{r.colDeltaCv}</dt>
            <dd>{signed(t, st.cvChange, 3)}</dd>
            <dt>{r.colChanged}</dt>
            <dd>
              {num(t, st.changedPercent, 0)}% ({st.pairs})
            </dd>
            <dt>{r.colP}</dt>
            <dd>
              {pValue(t, st.wilcoxonP)} ({st.wilcoxonMethod})
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

export function ItemReportPage(props: ItemPageProps) {
  const { t, item, study, round } = props;
  const r = t.report;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="report" title={study.title} />
      <ChartDefs />
      <p>
        <a href={`/studies/${study.id}/rounds/${round.id}/report#item-${item.roundItemId}`}>
          {r.backToReport}
        </a>
      </p>
      <h1>{r.itemTitle(item.number)}</h1>
      <p class="lead">{item.text}</p>
      <p>
        {r.colCriticality}: {short(t, item.criticality.score, 1)}{' '}
        {item.criticality.grid && <span class="badge">{r[`grid_${item.criticality.grid}`]}</span>}
      </p>
      <DecisionBlock {...props} />
      <div class="two-col">
        <Figures t={t} item={item} dim="importance" />
        <Figures t={t} item={item} dim="frequency" />
      </div>
      {item.groups.map((g) => (
        <section>
          <h2>
            {r.groupsTitle}: {r[`dim_${g.dimension}`].toLowerCase()}{' '}
            {g.divergent && <span class="badge warn">{r.divergent}</span>}
          </h2>
          <table class="compact">
            <thead>
              <tr>
                <th scope="col">{r.groupCol}</th>
                <th scope="col">{r.colN}</th>
                <th scope="col">{r.colMedian}</th>
                <th scope="col">{r.colAgreement}</th>
              </tr>
            </thead>
            <tbody>
              {g.groups.map((x) => (
                <tr>
                  <td>{groupLabel(t, x.group)}</td>
                  <td class="num">{x.n}</td>
                  <td class="num">{short(t, x.median)}</td>
                  <td class="num">{num(t, x.agreement, 0)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section>
        <h2>{r.dissentTitle}</h2>
        {item.dissent === 0 ? (
          <p>{r.dissentNone}</p>
        ) : (
          <>
            <p>{r.dissentCount(item.dissent)}</p>
            <ul>
              {item.dissentReasons.map((x) => (
                <li>{x}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </section>
  );
}
