import type { Child } from 'hono/jsx';
import type { Scale } from '../../../db/schema';
import type { Dict } from '../../i18n';

/**
 * One item's form: saved on every change through htmx (only the status line is swapped, so focus stays where
 * it is), and by its own button without JavaScript. `seen` marks when the page was shown, so an answer from a
 * page opened before the round closed can be kept as late.
 */
export function AutosaveForm(props: {
  t: Dict;
  id: string;
  action: string;
  csrf: string;
  seen: string;
  status?: Child;
  children: Child;
  class?: string;
}) {
  return (
    <form
      id={props.id}
      class={`card item-form ${props.class ?? ''}`}
      method="post"
      action={props.action}
      hx-post={props.action}
      hx-trigger="change, submit"
      hx-target={`#${props.id}-s`}
      hx-swap="innerHTML"
    >
      <input type="hidden" name="_csrf" value={props.csrf} />
      <input type="hidden" name="seen" value={props.seen} />
      {props.children}
      <div class="save-row">
        <button type="submit" class="secondary small">
          {props.t.participate.save}
        </button>
        <span id={`${props.id}-s`} class="saved-state" role="status" aria-live="polite">
          {props.status}
        </span>
      </div>
    </form>
  );
}

/** Radio buttons for one rating dimension plus "kan ik niet beoordelen"; anchors and band labels as text. */
export function ScaleField(props: {
  t: Dict;
  name: string;
  legend: string;
  scale: Scale;
  value: number | null;
  cannotJudge: boolean;
}) {
  const { scale } = props;
  const points = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  const anchor = (v: number) => scale.anchors[v - scale.min] ?? '';
  const vertical = points.length <= 5 && points.every((v) => anchor(v));
  return (
    <fieldset class={vertical ? 'scale vertical' : 'scale'}>
      <legend>{props.legend}</legend>
      <div class="points">
        {points.map((v) => (
          <label class="pt">
            <input type="radio" name={props.name} value={String(v)} checked={props.value === v} />
            <span class="num">{v}</span>
            {anchor(v) && <span class={vertical ? 'anchor' : 'visually-hidden'}> {anchor(v)}</span>}
          </label>
        ))}
      </div>
      {!vertical && (
        <p class="bands">
          {scale.bands.map((b) => (
            <span>
              {b.from}–{b.to} {b.label}
            </span>
          ))}
        </p>
      )}
      <label class="check cj">
        <input type="radio" name={props.name} value="cj" checked={props.cannotJudge} />{' '}
        {props.t.participate.cannotJudge}
      </label>
    </fieldset>
  );
}

export function ItemHeading(props: { id: string; number: string; text: string; context?: string; t: Dict }) {
  return (
    <>
      <h3 id={props.id} class="item-text">
        <span class="item-no">{props.number}</span> {props.text}
      </h3>
      {props.context && (
        <p class="muted context">
          {props.t.participate.criterionOf} {props.context}
        </p>
      )}
    </>
  );
}
