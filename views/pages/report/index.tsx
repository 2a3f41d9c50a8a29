import type { Dict } from '../../i18n';
import { StudyNav } from '../../components/study-nav';
import type { RoundKind } from '../../../src/domain';

export interface RoundLink {
  id: number;
  number: number;
  title: string;
  kind: RoundKind;
  status: 'draft' | 'open' | 'closed';
}

/** The "Rapportage" tab: every round with a link to its report, and the study-wide exports. */
export function ReportIndexPage(props: {
  t: Dict;
  study: { id: number; title: string };
  rounds: RoundLink[];
}) {
  const { t, study } = props;
  const r = t.report;
  const base = `/studies/${study.id}/report`;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="report" title={study.title} />
      <h1>{r.indexTitle}</h1>
      <p>{r.indexIntro}</p>
      {props.rounds.length === 0 ? (
        <p class="muted">{r.noRounds}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{r.roundCol}</th>
              <th scope="col">{r.kindCol}</th>
              <th scope="col">{r.statusCol}</th>
              <th scope="col">
                <span class="visually-hidden">{r.openReport}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rounds.map((round) => (
              <tr>
                <td>
                  {round.number}. {round.title}
                </td>
                <td>{r[`kind_${round.kind}`]}</td>
                <td>{r[`status_${round.status}`]}</td>
                <td>
                  <a href={`/studies/${study.id}/rounds/${round.id}/report`}>{r.openReport}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{r.exportsTitle}</h2>
      <p>{r.exportsIntro}</p>
      <p class="actions">
        <a class="button secondary" href={`${base}/answers.csv`}>
          {r.csv}
        </a>
        <a class="button secondary" href={`${base}/answers.xlsx`}>
          {r.xlsx}
        </a>
        <a class="button secondary" href={`${base}/answers.json`}>
          {r.json}
        </a>
      </p>
    </section>
  );
}
