import type { Child } from 'hono/jsx';
import { Csrf } from '../../components/form';
import type { Dict } from '../../i18n';
import { fmt } from '../participate/fmt';

/** What every block on the processing page needs to draw its forms. */
export interface ProcessCtx {
  t: Dict;
  csrf: string;
  /** `/studies/:id/rounds/:roundId` */
  base: string;
  /** The "alleen open" filter is on: forms carry it, so the page comes back filtered. */
  open: boolean;
  canEdit: boolean;
}

/**
 * A form that posts to `action`: without JavaScript a 303 brings the page back at the block; with htmx the
 * answer is the block itself (`target` is its id), swapped in place.
 */
export function ProcessForm(props: {
  ctx: ProcessCtx;
  action: string;
  target: string;
  class?: string;
  children: Child;
}) {
  return (
    <form
      method="post"
      action={props.action}
      hx-post={props.action}
      hx-target={`#${props.target}`}
      hx-swap="outerHTML"
      class={props.class}
    >
      <Csrf token={props.ctx.csrf} />
      {props.ctx.open && <input type="hidden" name="open" value="1" />}
      {props.children}
    </form>
  );
}

/** Rejecting always asks for a reason (kept with the outcome); folded away until the researcher opens it. */
export function RejectForm(props: {
  ctx: ProcessCtx;
  action: string;
  target: string;
  id: string;
  withAction?: boolean;
}) {
  const r = props.ctx.t.rounds;
  return (
    <details class="proc-disclosure">
      <summary>{r.rejectWithReason}</summary>
      <ProcessForm ctx={props.ctx} action={props.action} target={props.target}>
        {props.withAction && <input type="hidden" name="action" value="reject" />}
        <div class="field">
          <label for={props.id}>{r.rejectReason}</label>
          <textarea id={props.id} name="reason" rows={2} required></textarea>
        </div>
        <button type="submit" class="secondary">
          {r.reject}
        </button>
      </ProcessForm>
    </details>
  );
}

/** "voorgesteld door 3 panelleden · 1 te laat" — counts only, never who. */
export function ByLine(props: { t: Dict; count: number; late: number }) {
  const r = props.t.rounds;
  return (
    <span class="muted">
      {props.count === 1 ? r.byOne : fmt(r.byMany, { n: props.count })}
      {props.late > 0 && (
        <>
          {' · '}
          <span class="badge">{fmt(r.lateN, { n: props.late })}</span>
        </>
      )}
    </span>
  );
}

export function OutcomeBadge(props: { t: Dict; outcome: 'accepted' | 'rejected' | 'merged' | null }) {
  if (!props.outcome) return null;
  return <span class={`badge outcome-${props.outcome}`}>{props.t.rounds[`outcome_${props.outcome}`]}</span>;
}

/** The result of the last action inside the block it touched: a status line, or the refusal that takes focus. */
export function BlockMessage(props: { notice?: string | undefined; error?: string | undefined }) {
  if (props.error)
    return (
      <p class="error-summary" role="alert" tabindex={-1} autofocus>
        {props.error}
      </p>
    );
  if (props.notice)
    return (
      <p class="notice" role="status">
        {props.notice}
      </p>
    );
  return null;
}

/** "12 van 40 voorstellen verwerkt", with a bar; sent again out of band after every action. */
export function ProcessProgress(props: { t: Dict; done: number; total: number; oob?: boolean }) {
  const r = props.t.rounds;
  return (
    <div id="process-progress" class="proc-progress" hx-swap-oob={props.oob ? 'true' : undefined}>
      <p id="process-progress-text" role="status">
        {props.total > 0 && props.done === props.total ? r.allDone + ' ' : ''}
        {fmt(r.progressDone, { done: props.done, total: props.total })}
      </p>
      <progress max={props.total || 1} value={props.done} aria-labelledby="process-progress-text"></progress>
    </div>
  );
}
