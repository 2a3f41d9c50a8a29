import type { AttritionRound } from '../../../src/report';
import type { CoverageReport } from '../../../src/report/coverage';
import type { ProposedActivity } from '../../../src/services/report/load-panel-rounds';
import type { ReviewReport } from '../../../src/report/review';
import type { Dict } from '../../i18n';
import { StudyNav } from '../../components/study-nav';
import { num } from './format';

export interface ReviewPageProps {
  t: Dict;
  study: { id: number; title: string };
  round: { id: number; number: number; title: string; kind: string; status: string };
  review: ReviewReport | null;
  coverage?: CoverageReport | null;
  proposals?: ProposedActivity[];
  attrition: AttritionRound;
}

/** Report of a review round (verdicts, content validity, proposed activities) or of a coverage round. */
export function ReviewReportPage(props: ReviewPageProps) {
  const { t, study, round, review } = props;
  const r = t.report;
  const roundBase = `/studies/${study.id}/rounds/${round.id}`;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="report" title={study.title} />
      <h1>{r.title(round.number, round.title)}</h1>
      {round.status !== 'closed' && <p class="notice">{r.notClosed}</p>}
      <p>
        {r.invited}: {props.attrition.total.invited} · {r.started}: {props.attrition.total.started} ·{' '}
        {r.completed}: {props.attrition.total.completed}
      </p>
      <p class="actions">
        <a class="button secondary" href={`${roundBase}/report.json`}>
          {r.json}
        </a>
        <a class="button secondary" href={`${roundBase}/answers.csv`}>
          {r.csv}
        </a>
        <a class="button secondary" href={`${roundBase}/answers.xlsx`}>
          {r.xlsx}
        </a>
      </p>
      {props.coverage && (
        <CoverageSection t={t} coverage={props.coverage} processed={(props.proposals ?? []).length > 0} />
      )}
      {props.proposals && (review || props.proposals.length > 0) && (
        <ProposalsSection t={t} proposals={props.proposals} />
      )}
      {!review ? null : (
        <>
          <h2>{r.reviewTitle}</h2>
          {review.askRelevance && (
            <>
              <p class="small">{r.cviIntro}</p>
              <p>
                <strong>{r.sCvi(num(t, review.sCviAve, 2), num(t, review.sCviUa, 2))}</strong>
              </p>
            </>
          )}
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{r.colNumber}</th>
                  <th scope="col">{r.colItem}</th>
                  <th scope="col">{r.answers}</th>
                  <th scope="col">{r.verdictKeep}</th>
                  <th scope="col">{r.verdictReformulate}</th>
                  <th scope="col">{r.verdictRemove}</th>
                  {review.askRelevance && (
                    <>
                      <th scope="col">{r.colExperts}</th>
                      <th scope="col">{r.colICvi}</th>
                      <th scope="col">{r.colKappa}</th>
                      <th scope="col">{r.colAcceptable}</th>
                    </>
                  )}
                </tr>
              </thead>
              <tbody>
                {review.items.map((it) => (
                  <tr>
                    <td>{it.number}</td>
                    <td>{it.text}</td>
                    <td class="num">{it.answers}</td>
                    <td class="num">{it.keep}</td>
                    <td class="num">{it.reformulate}</td>
                    <td class="num">{it.remove}</td>
                    {review.askRelevance && (
                      <>
                        <td class="num">{it.cvi?.experts ?? 0}</td>
                        <td class="num">{num(t, it.cvi?.iCvi ?? null, 2)}</td>
                        <td class="num">{num(t, it.cvi?.kappa ?? null, 2)}</td>
                        <td>
                          {it.cvi?.acceptable === null || it.cvi === null
                            ? '—'
                            : it.cvi.acceptable
                              ? r.yes
                              : r.no}
                        </td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** With `processed`, the missing activities are listed once, in the processing table below, not here. */
function CoverageSection(props: { t: Dict; coverage: CoverageReport; processed: boolean }) {
  const r = props.t.report;
  const { coverage } = props;
  return (
    <section aria-labelledby="h-coverage">
      <h2 id="h-coverage">{r.coverageTitle}</h2>
      <p>{r.coverageSummary(coverage.clusters.length, coverage.incomplete, coverage.missingCount)}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{r.colNumber}</th>
              <th scope="col">{r.coverageCluster}</th>
              <th scope="col">{r.answers}</th>
              <th scope="col">{r.coverageYes}</th>
              <th scope="col">{r.coveragePartly}</th>
              <th scope="col">{r.coverageNo}</th>
              <th scope="col">{r.coverageYesPercent}</th>
            </tr>
          </thead>
          <tbody>
            {coverage.clusters.map((c) => (
              <tr>
                <td>{c.number}</td>
                <td>{c.label}</td>
                <td class="num">{c.answers}</td>
                <td class="num">{c.yes}</td>
                <td class="num">{c.partly}</td>
                <td class="num">{c.no}</td>
                <td class="num">{num(props.t, c.yesPercent, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.processed ? null : <h3>{r.coverageMissingTitle}</h3>}
      {props.processed ? null : <p class="small muted">{r.coverageMissingNote}</p>}
      {props.processed ? null : coverage.missingCount === 0 ? (
        <p>{r.coverageNoMissing}</p>
      ) : (
        coverage.clusters
          .filter((c) => c.missing.length > 0)
          .map((c) => (
            <>
              <h4>
                {c.number} {c.label}
              </h4>
              <ul>
                {c.missing.map((m) => (
                  <li>{m}</li>
                ))}
              </ul>
            </>
          ))
      )}
    </section>
  );
}

function ProposalsSection(props: { t: Dict; proposals: ProposedActivity[] }) {
  const r = props.t.report;
  const outcome = (p: ProposedActivity) => (p.outcome === null ? r.outcomeOpen : r[`outcome_${p.outcome}`]);
  return (
    <section aria-labelledby="h-proposals">
      <h2 id="h-proposals">{r.proposalsTitle}</h2>
      {props.proposals.length === 0 ? (
        <p>{r.proposalsNone}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{r.coverageCluster}</th>
                <th scope="col">{r.proposalCol}</th>
                <th scope="col">{r.outcomeCol}</th>
              </tr>
            </thead>
            <tbody>
              {props.proposals.map((p) => (
                <tr>
                  <td>{[p.clusterNumber, p.cluster].filter(Boolean).join(' ')}</td>
                  <td>{p.text}</td>
                  <td>
                    {outcome(p)}
                    {p.outcome === 'merged' && p.resultItemText && <>: {p.resultItemText}</>}
                    {p.outcomeReason && <> — {p.outcomeReason}</>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
