import type { Tally } from '../../../src/rounds/progress';
import type { Dict } from '../../i18n';

/** Invited / started / completed, overall and per group; polled every 5 s while the round is open. */
export function Dashboard(props: { t: Dict; url: string; live: boolean; total: Tally; groups: Tally[] }) {
  const r = props.t.rounds;
  const poll = props.live ? { 'hx-get': props.url, 'hx-trigger': 'every 5s', 'hx-swap': 'outerHTML' } : {};
  const pct = (n: number, of: number) => (of ? ` (${Math.round((n / of) * 100)}%)` : '');
  return (
    <div id="dashboard" {...poll}>
      <table>
        <caption class="muted">{props.live ? r.live : ''}</caption>
        <thead>
          <tr>
            <th scope="col">{r.perGroup}</th>
            <th scope="col">{r.invited}</th>
            <th scope="col">{r.started}</th>
            <th scope="col">{r.completed}</th>
          </tr>
        </thead>
        <tbody>
          {props.groups.map((g) => (
            <tr>
              <th scope="row">{g.group || r.noGroup}</th>
              <td>{g.invited}</td>
              <td>{g.started + pct(g.started, g.invited)}</td>
              <td>{g.completed + pct(g.completed, g.invited)}</td>
            </tr>
          ))}
          <tr class="total">
            <th scope="row">{r.total}</th>
            <td>{props.total.invited}</td>
            <td>{props.total.started + pct(props.total.started, props.total.invited)}</td>
            <td>{props.total.completed + pct(props.total.completed, props.total.invited)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
