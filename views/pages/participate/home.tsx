import type { Dict, Lang } from '../../i18n';
import { Csrf } from '../../components/form';
import { fmt, longDate } from './fmt';
import type { RoundKind } from '../../../src/domain';

export interface HomeRound {
  id: number;
  number: number;
  kind: RoundKind;
  title: string;
  status: 'draft' | 'open' | 'closed';
  closesAt: string | null;
  startedAt: Date | null;
  completedAt: Date | null;
}

export interface HomeCheck {
  id: number;
  roundNumber: number;
  roundTitle: string;
  summary: string;
  response: { agrees: boolean; comment: string } | undefined;
}

export function PanelHome(props: {
  t: Dict;
  lang: Lang;
  csrf: string;
  base: string;
  studyTitle: string;
  rounds: HomeRound[];
  checks: HomeCheck[];
  notice?: string | undefined;
}) {
  const { t, base } = props;
  const p = t.participate;
  const visible = props.rounds.filter((r) => r.status !== 'draft');
  return (
    <>
      <h1>{props.studyTitle}</h1>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <p>{p.intro}</p>
      <h2>{p.yourRounds}</h2>
      {visible.length === 0 ? (
        <p>{p.noRounds}</p>
      ) : (
        <ul class="plain round-list">
          {visible.map((r) => (
            <li class="card">
              <h3>
                {r.number}. {r.title}
              </h3>
              <p class="muted">
                {p[`kind_${r.kind}`]} · {p[`status_${r.status}`]}
                {r.status === 'open' && r.closesAt
                  ? ` · ${fmt(p.closesOn, { date: longDate(r.closesAt, props.lang) })}`
                  : ''}{' '}
                · {r.completedAt ? p.completed : r.startedAt ? p.started : p.notStarted}
              </p>
              {r.status === 'open' && (
                <a class="button" href={`${base}/r/${r.id}`}>
                  {r.startedAt ? p.continue : p.start}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.checks.map((c) => (
        <section class="card" id={`m-${c.id}`} aria-labelledby={`m-${c.id}-h`}>
          <h2 id={`m-${c.id}-h`}>{fmt(p.memberCheckTitleN, { n: c.roundNumber })}</h2>
          <p class="muted">{fmt(p.memberCheckIntro, { n: c.roundNumber })}</p>
          <div class="summary-text">{c.summary}</div>
          <form method="post" action={`${base}/m/${c.id}`}>
            <Csrf token={props.csrf} />
            <fieldset class="field">
              <legend>{p.memberCheckQuestion}</legend>
              <label class="check">
                <input type="radio" name="agrees" value="1" checked={c.response?.agrees === true} required />{' '}
                {p.agrees}
              </label>
              <label class="check">
                <input type="radio" name="agrees" value="0" checked={c.response?.agrees === false} />{' '}
                {p.disagrees}
              </label>
            </fieldset>
            <div class="field">
              <label for={`mc-${c.id}`}>{p.memberComment}</label>
              <textarea id={`mc-${c.id}`} name="comment" rows={3}>
                {c.response?.comment ?? ''}
              </textarea>
            </div>
            <button type="submit">{p.sendResponse}</button>
            {c.response && <p class="saved-state">{p.responded}</p>}
          </form>
        </section>
      ))}
      <p>
        <a href={`${base}/about`}>{p.readLetter}</a>
      </p>
    </>
  );
}
