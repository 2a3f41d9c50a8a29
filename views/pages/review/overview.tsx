import type { RoundResults } from '../../../src/compliance';
import type { Dict } from '../../i18n';
import { StudyNav } from '../../components/study-nav';
import { pct, ResultsTables } from './results';

/**
 * The view above the group (team, management): per round only aggregates over at least three practitioners,
 * and the trend per item over rounds, matched across standard versions by the item's lineage.
 */
export function ReviewOverviewPage(props: {
  t: Dict;
  study: { id: number; title: string };
  rounds: { number: number; title: string; versionNumber: number; results: RoundResults | null }[];
}) {
  const { t } = props;
  const R = t.review;
  const shown = props.rounds.filter((r) => r.results);
  const lineages = new Map<string, string>();
  for (const r of shown) for (const x of r.results!.items) lineages.set(x.lineage, `${x.number} ${x.text}`);
  return (
    <section>
      <StudyNav t={t} studyId={props.study.id} current="review" title={props.study.title} />
      <h1>{R.management}</h1>
      <p class="notice">{R.managementIntro}</p>
      {shown.length > 1 && (
        <table id="trend">
          <caption>{R.trend}</caption>
          <thead>
            <tr>
              <th scope="col">{R.item}</th>
              {shown.map((r) => (
                <th scope="col">
                  {R.trendRound} {r.number} (v{r.versionNumber})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...lineages].map(([lineage, label]) => (
              <tr>
                <th scope="row">{label}</th>
                {shown.map((r) => {
                  const x = r.results!.items.find((i) => i.lineage === lineage);
                  return <td class="num">{x ? pct(x.tally.compliance) : '—'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.rounds.map((r) => (
        <section>
          <h2>
            {R.round(r.number)}: {r.title}
          </h2>
          {r.results ? (
            <ResultsTables t={t} r={r.results} id={`agg-${r.number}`} />
          ) : (
            <p class="notice">{R.tooFew}</p>
          )}
        </section>
      ))}
    </section>
  );
}
