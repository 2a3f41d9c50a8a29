import type { RealtimeReport } from '../../../src/services/rounds/realtime';
import type { TimelinePoint } from '../../../src/rounds/realtime';
import { Csrf } from '../../components/form';
import type { Dict } from '../../i18n';

/** The switch that makes a draft rating round a real-time Delphi. */
export function RealtimeForm(props: { t: Dict; csrf: string; action: string; on: boolean }) {
  const T = props.t.realtime;
  return (
    <form method="post" action={props.action} class="card" id="realtime">
      <h2>{T.title}</h2>
      <p class="muted">{T.intro}</p>
      <Csrf token={props.csrf} />
      <div class="field">
        <label>
          <input type="checkbox" name="enabled" value="1" checked={props.on} /> {T.enabled}
        </label>
      </div>
      <button type="submit" class="secondary">
        {T.save}
      </button>
    </form>
  );
}

const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v)}%`);
const med = (v: number | null) => (v === null ? '–' : String(v).replace('.', ','));

/**
 * Agreement after each answer as a small line chart: black line with a marker per point, dashed gridlines at
 * 0, 50 and 100% with their labels, so it reads without colour; the label states first and last value.
 */
export function AgreementChart(props: { t: Dict; points: TimelinePoint[] }) {
  const pts = props.points.filter((p) => p.agreement !== null);
  if (!pts.length) return <span>{props.t.realtime.noRatings}</span>;
  const W = 180;
  const H = 56;
  const x = (k: number) => 24 + (pts.length > 1 ? (k * (W - 30)) / (pts.length - 1) : (W - 30) / 2);
  const y = (v: number) => 6 + ((100 - v) * (H - 12)) / 100;
  const label = props.t.realtime.chartLabel(
    pct(pts[0]?.agreement ?? null),
    pct(pts.at(-1)?.agreement ?? null),
    pts.length,
  );
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} class="realtime-chart">
      <title>{label}</title>
      {[0, 50, 100].map((g) => (
        <>
          <line
            x1="22"
            x2={W - 4}
            y1={y(g)}
            y2={y(g)}
            stroke="#767676"
            stroke-dasharray="2 3"
            stroke-width="0.5"
          />
          <text x="0" y={y(g) + 3} font-size="8" fill="#333">
            {g}%
          </text>
        </>
      ))}
      {pts.length > 1 && (
        <polyline
          points={pts.map((p, k) => `${x(k).toFixed(1)},${y(p.agreement!).toFixed(1)}`).join(' ')}
          fill="none"
          stroke="#000"
          stroke-width="1.5"
        />
      )}
      {pts.map((p, k) => (
        <circle cx={x(k).toFixed(1)} cy={y(p.agreement!).toFixed(1)} r="2" fill="#000" />
      ))}
    </svg>
  );
}

/** In the round report of a real-time round: first and last ratings per item and agreement over time. */
export function RealtimeSection(props: { t: Dict; report: RealtimeReport }) {
  const T = props.t.realtime;
  return (
    <section aria-labelledby="h-realtime" id="realtime">
      <h2 id="h-realtime">{T.reportTitle}</h2>
      <p>{T.reportIntro}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{T.item}</th>
              <th scope="col" class="num">
                {T.panellists}
              </th>
              <th scope="col" class="num">
                {T.revisions}
              </th>
              <th scope="col" class="num">
                {T.changed}
              </th>
              <th scope="col">{T.first}</th>
              <th scope="col">{T.last}</th>
              <th scope="col">{T.chart}</th>
            </tr>
          </thead>
          <tbody>
            {props.report.map((i) => (
              <tr>
                <th scope="row">
                  <span class="item-no">{i.number}</span> {i.text}
                </th>
                <td class="num">{i.panellists}</td>
                <td class="num">{i.revisions}</td>
                <td class="num">{i.changed}</td>
                <td>
                  {med(i.firstMedian)} / {pct(i.firstAgreement)}
                </td>
                <td>
                  {med(i.lastMedian)} / {pct(i.lastAgreement)}
                </td>
                <td>
                  <AgreementChart t={props.t} points={i.timeline} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
