import type { Dict } from '../../i18n';
import { Csrf } from '../../components/form';
import { pct } from './results';

export type Signal = 'oftenNvt' | 'lowAgreement' | 'farBelow' | 'alwaysMet';

/**
 * On an adopted standard version: per item what the review rounds say, as input for the next revision, and
 * the button that starts a new draft version from this one.
 */
export function ReviewSignals(props: {
  t: Dict;
  csrf: string;
  copyAction: string | null;
  /** A viewer of the study: figures only over at least three practitioners, and a line that says so. */
  aboveGroup?: boolean;
  items: { number: string; text: string; scored: number; compliance: number | null; signals: Signal[] }[];
}) {
  const R = props.t.review;
  return (
    <section class="card" id="review-signals" aria-labelledby="review-signals-title">
      <h2 id="review-signals-title">{R.signals}</h2>
      <p class="hint">{R.signalsIntro}</p>
      {props.aboveGroup && <p class="hint">{R.signalsAboveGroup}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{R.item}</th>
            <th scope="col">{R.scores}</th>
            <th scope="col">{R.compliance}</th>
            <th scope="col">{R.signals}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((x) => (
            <tr data-item={x.number}>
              <th scope="row">
                {x.number} {x.text}
              </th>
              <td class="num">{x.scored}</td>
              <td class="num">{pct(x.compliance)}</td>
              <td>{x.signals.map((s) => R[`signal_${s}`]).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.copyAction && (
        <form method="post" action={props.copyAction}>
          <Csrf token={props.csrf} />
          <button type="submit">{R.newDraft}</button>
        </form>
      )}
    </section>
  );
}
