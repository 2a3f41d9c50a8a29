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

/** A member-check response refused (too long): shown again with the message and the values as typed. */
export interface CheckRetry {
  checkId: number;
  agrees: boolean | undefined;
  comment: string;
  error: string;
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
  retry?: CheckRetry | undefined;
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
      {props.checks.map((c) => {
        const retry = props.retry?.checkId === c.id ? props.retry : undefined;
        const agrees = retry ? retry.agrees : c.response?.agrees;
        const errorId = `mc-${c.id}-error`;
        return (
          <section class="card" id={`m-${c.id}`} aria-labelledby={`m-${c.id}-h`}>
            <h2 id={`m-${c.id}-h`}>{fmt(p.memberCheckTitleN, { n: c.roundNumber })}</h2>
            <p class="muted">{fmt(p.memberCheckIntro, { n: c.roundNumber })}</p>
            <div class="summary-text">{c.summary}</div>
            <form method="post" action={`${base}/m/${c.id}`}>
              <Csrf token={props.csrf} />
              <fieldset class="field">
                <legend>{p.memberCheckQuestion}</legend>
                <label class="check">
                  <input type="radio" name="agrees" value="1" checked={agrees === true} required /> {p.agrees}
                </label>
                <label class="check">
                  <input type="radio" name="agrees" value="0" checked={agrees === false} /> {p.disagrees}
                </label>
              </fieldset>
              <div class={retry ? 'field has-error' : 'field'}>
                <label for={`mc-${c.id}`}>{p.memberComment}</label>
                {retry && (
                  <p class="error" id={errorId}>
                    {retry.error}
                  </p>
                )}
                <textarea
                  id={`mc-${c.id}`}
                  name="comment"
                  rows={3}
                  aria-describedby={retry ? errorId : undefined}
                  aria-invalid={retry ? 'true' : undefined}
                >
                  {retry ? retry.comment : (c.response?.comment ?? '')}
                </textarea>
              </div>
              <button type="submit">{p.sendResponse}</button>
              {c.response && !retry && <p class="saved-state">{p.responded}</p>}
            </form>
          </section>
        );
      })}
      <p>
        <a href={`${base}/about`}>{p.readLetter}</a>
      </p>
    </>
  );
}
