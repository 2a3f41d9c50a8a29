import type { AttritionRound } from '../../../src/report';
import type { ReviewReport } from '../../../src/report/review';
import type { Dict } from '../../i18n';
import { StudyNav } from '../../components/study-nav';
import { num } from './format';

export interface ReviewPageProps {
  t: Dict;
  study: { id: number; title: string };
  round: { id: number; number: number; title: string; kind: string; status: string };
  review: ReviewReport | null;
  attrition: AttritionRound;
}

/** Report of a review round (verdicts, content validity) or, for a coverage round, only participation. */
export function ReviewReportPage(props: ReviewPageProps) {
  const { t, study, round, review } = props;
  const r = t.report;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="report" title={study.title} />
      <h1>{r.title(round.number, round.title)}</h1>
      {round.status !== 'closed' && <p class="notice">{r.notClosed}</p>}
      <p>
        {r.invited}: {props.attrition.total.invited} · {r.started}: {props.attrition.total.started} ·{' '}
        {r.completed}: {props.attrition.total.completed}
      </p>
      {!review ? (
        <p>{r.coverageNote}</p>
      ) : (
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
