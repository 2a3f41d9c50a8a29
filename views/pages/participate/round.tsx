import type { Child } from 'hono/jsx';
import type { Progress } from '../../../src/rounds/progress';
import type { Dict, Lang } from '../../i18n';
import { Csrf } from '../../components/form';
import { fmt, longDate } from './fmt';
import type { RoundKind } from '../../../src/domain';

export interface RoundHead {
  number: number;
  title: string;
  kind: RoundKind;
  instructions: string;
  closesAt: string | null;
}

/** Where the panellist stands; sent again out of band after each autosave, so the count keeps up. */
export function ProgressLine(props: {
  t: Dict;
  lang: Lang;
  round: { kind: string; closesAt: string | null };
  progress: Progress;
  oob?: boolean;
}) {
  const { t, round, progress: pr } = props;
  const p = t.participate;
  const oob = props.oob ? 'true' : undefined;
  return (
    <>
      <p class="progress-line" id="progress" hx-swap-oob={oob}>
        {fmt(round.kind === 'coverage' ? p.progressCoverage : p.progress, { ...pr })}
        {round.closesAt && ` · ${fmt(p.closesOn, { date: longDate(round.closesAt, props.lang) })}`}
      </p>
      <progress
        id="progress-bar"
        max={pr.total}
        value={pr.answered}
        aria-labelledby="progress"
        hx-swap-oob={oob}
      ></progress>
    </>
  );
}

/** One cluster page of a round: header with progress, the instructions (first page open), items, paging. */
export function RoundPage(props: {
  t: Dict;
  lang: Lang;
  base: string;
  round: RoundHead;
  clusterNumber: string;
  clusterLabel: string;
  progress: Progress;
  notice?: string | undefined;
  children: Child;
}) {
  const { t, round, progress: pr, base } = props;
  const p = t.participate;
  return (
    <>
      <p class="muted">
        <a href={base.replace(/\/r\/\d+$/, '')}>{p.backToStart}</a>
      </p>
      <h1>
        {round.number}. {round.title}
      </h1>
      <ProgressLine t={t} lang={props.lang} round={round} progress={pr} />
      {round.instructions && (
        <details class="instructions" open={pr.page === 1}>
          <summary>{p.instructions}</summary>
          <div class="summary-text">{round.instructions}</div>
        </details>
      )}
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <h2>
        {props.clusterNumber !== '0' && <span class="item-no">{props.clusterNumber}</span>}{' '}
        {props.clusterLabel}
      </h2>
      {props.children}
      <nav class="pager" aria-label={`${p.previous} / ${p.next}`}>
        {pr.page > 1 && (
          <a class="button secondary" href={`${base}?c=${pr.page - 1}`} rel="prev">
            ← {p.previous}
          </a>
        )}
        {pr.page < pr.pages ? (
          <a class="button" href={`${base}?c=${pr.page + 1}`} rel="next">
            {p.next} →
          </a>
        ) : (
          <a class="button" href={`${base}/finish`}>
            {p.toFinish} →
          </a>
        )}
      </nav>
    </>
  );
}

export interface Unanswered {
  id: number;
  number: string;
  text: string;
  page: number;
  anchor: string;
}

export function FinishPage(props: {
  t: Dict;
  csrf: string;
  base: string;
  round: RoundHead;
  unanswered: Unanswered[];
  completed: boolean;
}) {
  const p = props.t.participate;
  return (
    <>
      <p class="muted">
        <a href={props.base.replace(/\/r\/\d+$/, '')}>{p.backToStart}</a>
      </p>
      <h1>
        {p.finishTitle}: {props.round.number}. {props.round.title}
      </h1>
      {props.completed && (
        <div class="notice" role="status">
          <h2>{p.finishedTitle}</h2>
          <p>{p.finishedBody}</p>
        </div>
      )}
      <p>{p.finishIntro}</p>
      {props.unanswered.length === 0 ? (
        <p>{p.allAnswered}</p>
      ) : (
        <>
          <h2>{fmt(p.unanswered, { n: props.unanswered.length })}</h2>
          <ul class="unanswered">
            {props.unanswered.map((u) => (
              <li>
                <a href={`${props.base}?c=${u.page}#${u.anchor}`}>
                  <span class="item-no">{u.number}</span> {u.text}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {!props.completed && (
        <form method="post" action={`${props.base}/finish`}>
          <Csrf token={props.csrf} />
          <button type="submit">{p.finish}</button>
        </form>
      )}
    </>
  );
}
