import type { RoundResults } from '../../../src/compliance';
import type { Dict } from '../../i18n';

export const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v)}%`);
/** Kappa with two decimals and the decimal sign of the reader's language ("0,42" in Dutch). */
export const kappaText = (t: Dict, v: number | null) =>
  v === null
    ? '—'
    : v.toLocaleString(t.common.dateFormat, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * A horizontal bar with the norm as a thick vertical line, in the text colour only (a grey fill in an outlined
 * frame) and with the value written beside it, so it reads in greyscale print and for colour-blind readers alike.
 */
export function Bar(props: { value: number | null; norm: number | null; label: string }) {
  const w = 200;
  const x = props.value === null ? 0 : (props.value / 100) * w;
  const n = props.norm === null ? null : (props.norm / 100) * w;
  return (
    <svg
      class="bar"
      width={w + 50}
      height="18"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${w + 50} 18`}
    >
      <rect x="0" y="3" width={w} height="12" fill="none" stroke="currentColor" stroke-width="1" />
      <rect x="0" y="3" width={x} height="12" fill="currentColor" fill-opacity="0.35" stroke="currentColor" />
      {n !== null && <line x1={n} y1="0" x2={n} y2="18" stroke="currentColor" stroke-width="3" />}
      <text x={w + 6} y="14" font-size="12" fill="currentColor">
        {pct(props.value)}
      </text>
    </svg>
  );
}

export function AgreementLine(props: { t: Dict; a: RoundResults['agreement'] }) {
  const R = props.t.review;
  const a = props.a;
  return (
    <p>
      {a.subjects === 0
        ? R.noAgreement
        : R.agreementText(a.subjects, pct(a.percent), kappaText(props.t, a.kappa))}
    </p>
  );
}

/** Compliance per cluster and item against the norm, with bars; the same component for own, group and aggregate. */
export function ResultsTables(props: { t: Dict; r: RoundResults; id: string }) {
  const R = props.t.review;
  const { r } = props;
  if (r.overall.scored === 0) return <p class="muted">{R.noResults}</p>;
  return (
    <div class="review-results">
      <p class="muted">{R.chartNote}</p>
      <div class="table-wrap" tabindex={0} role="region" aria-label={`${R.compliance} · ${R.cluster}`}>
        <table>
          <caption>
            {R.compliance} · {R.cluster}
          </caption>
          <thead>
            <tr>
              <th scope="col">{R.cluster}</th>
              <th scope="col">{R.applicable}</th>
              <th scope="col">{R.compliance}</th>
            </tr>
          </thead>
          <tbody>
            {r.clusters.map((c) => (
              <tr data-cluster={c.number}>
                <th scope="row">
                  {c.number} {c.label}
                </th>
                <td class="num">{c.tally.applicable}</td>
                <td>
                  <Bar
                    value={c.tally.compliance}
                    norm={null}
                    label={`${c.label}: ${pct(c.tally.compliance)}`}
                  />
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{R.overall}</th>
              <td class="num">{r.overall.applicable}</td>
              <td>
                <Bar
                  value={r.overall.compliance}
                  norm={null}
                  label={`${R.overall}: ${pct(r.overall.compliance)}`}
                />
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <div class="table-wrap" tabindex={0} role="region" aria-label={`${R.compliance} · ${R.item}`}>
        <table id={props.id}>
          <caption>
            {R.compliance} · {R.item}
          </caption>
          <thead>
            <tr>
              <th scope="col">{R.item}</th>
              <th scope="col">{R.applicable}</th>
              <th scope="col">{R.nvtCount}</th>
              <th scope="col">{R.compliance}</th>
              <th scope="col">{R.norm}</th>
              <th scope="col">{R.vsNorm}</th>
            </tr>
          </thead>
          <tbody>
            {r.items.map((x) => (
              <tr data-item={x.number}>
                <th scope="row">
                  {x.number} {x.text}
                </th>
                <td class="num">{x.tally.applicable}</td>
                <td class="num">{x.tally.nvt}</td>
                <td>
                  <Bar
                    value={x.tally.compliance}
                    norm={x.normPercentage}
                    label={`${x.number}: ${pct(x.tally.compliance)}`}
                  />
                </td>
                <td class="num">{pct(x.normPercentage)}</td>
                <td>
                  {x.norm.met === null
                    ? '—'
                    : `${x.norm.met ? `✓ ${R.met}` : `✗ ${R.notMet}`} (${R.points(x.norm.difference!)})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{R.agreement}</h3>
      <AgreementLine t={props.t} a={r.agreement} />
    </div>
  );
}

/** Items below the norm and the anonymised notes. */
export function NotesList(props: { t: Dict; r: RoundResults }) {
  const R = props.t.review;
  return (
    <>
      <h3>{R.belowNorm}</h3>
      {props.r.belowNorm.length === 0 ? (
        <p class="muted">{R.noneBelow}</p>
      ) : (
        <ul id="below-norm">
          {props.r.belowNorm.map((x) => (
            <li>
              {x.number} {x.text}: {pct(x.tally.compliance)} ({R.norm} {pct(x.normPercentage)})
            </li>
          ))}
        </ul>
      )}
      {props.r.notes.length > 0 && (
        <>
          <h3>{R.notes}</h3>
          <ul id="notes">
            {props.r.notes.map((n) => (
              <li>
                {n.itemNumber}: {n.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
