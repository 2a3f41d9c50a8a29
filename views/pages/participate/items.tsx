import type { Phase, Scale } from '../../../db/schema';
import type { RoundItem } from '../../../db/rounds/rounds';
import type { ItemFeedback } from '../../../src/services/rounds/feedback';
import type { CoverageAnswer, ProposedActivity, RatingAnswer, ReviewAnswer } from '../../../db/rounds/panel';
import type { Dict } from '../../i18n';
import { Csrf } from '../../components/form';
import { AutosaveForm, ItemHeading, ScaleField } from './autosave';
import { Feedback } from './feedback';
import { Choice, NoteField } from './fields';

export interface FormBase {
  t: Dict;
  csrf: string;
  seen: string;
  base: string;
}

export function RatingItem(
  props: FormBase & {
    item: RoundItem;
    answer: RatingAnswer | undefined;
    feedback: ItemFeedback | undefined;
    scales: { importance: Scale; frequency: Scale };
    /** Real-time round: the feedback has a slot that the autosave answer refills. */
    live?: boolean;
  },
) {
  const { t, item, answer: a } = props;
  const p = t.participate;
  const id = `i-${item.id}`;
  return (
    <AutosaveForm
      t={t}
      id={id}
      action={`${props.base}/i/${item.id}`}
      csrf={props.csrf}
      seen={props.seen}
      class="rating"
    >
      <ItemHeading id={`${id}-h`} number={item.number} text={item.text} context={item.context} t={t} />
      {props.live ? (
        <LiveFeedbackSlot
          t={t}
          itemId={item.id}
          itemNumber={item.number}
          f={props.feedback}
          scales={props.scales}
        />
      ) : (
        props.feedback && <Feedback t={t} f={props.feedback} itemNumber={item.number} scales={props.scales} />
      )}
      <ScaleField
        t={t}
        name="importance"
        legend={p.importance}
        scale={props.scales.importance}
        value={a?.importance ?? null}
        cannotJudge={a?.importanceCannotJudge ?? false}
      />
      <ScaleField
        t={t}
        name="frequency"
        legend={p.frequency}
        scale={props.scales.frequency}
        value={a?.frequency ?? null}
        cannotJudge={a?.frequencyCannotJudge ?? false}
      />
      <details open={Boolean(a?.comment || a?.dissent)}>
        <summary>
          {p.comment} · {p.dissent}
        </summary>
        <NoteField
          id={`${id}-c`}
          label={p.comment}
          name="comment"
          rows={2}
          max={2000}
          value={a?.comment ?? ''}
        />
        <div class="field">
          <label class="check">
            <input
              type="checkbox"
              name="dissent"
              value="1"
              checked={a?.dissent ?? false}
              aria-describedby={`${id}-dh`}
            />{' '}
            {p.dissent}
          </label>
          <p class="hint" id={`${id}-dh`}>
            {p.dissentHint}
          </p>
          <label for={`${id}-dr`}>{p.dissentReason}</label>
          <textarea id={`${id}-dr`} name="dissentReason" rows={2} maxlength={2000}>
            {a?.dissentReason ?? ''}
          </textarea>
        </div>
      </details>
    </AutosaveForm>
  );
}

export function ReviewItem(
  props: FormBase & { item: RoundItem; answer: ReviewAnswer | undefined; askRelevance: boolean },
) {
  const { t, item, answer: a } = props;
  const p = t.participate;
  const id = `i-${item.id}`;
  const verdicts = [
    ['keep', p.keep],
    ['reformulate', p.reformulate],
    ['remove', p.remove],
  ] as const;
  return (
    <AutosaveForm
      t={t}
      id={id}
      action={`${props.base}/i/${item.id}`}
      csrf={props.csrf}
      seen={props.seen}
      class="review"
    >
      <ItemHeading id={`${id}-h`} number={item.number} text={item.text} context={item.context} t={t} />
      <Choice legend={p.verdict} name="verdict" checked={a?.verdict} options={verdicts} />
      <NoteField
        id={`${id}-p`}
        label={p.proposal}
        name="proposal"
        rows={2}
        max={2000}
        value={a?.proposal ?? ''}
      />
      <NoteField
        id={`${id}-r`}
        label={p.removeReason}
        name="reason"
        rows={2}
        max={2000}
        value={a?.reason ?? ''}
      />
      {props.askRelevance && (
        <Choice
          legend={p.relevance}
          name="relevance"
          checked={a?.relevance == null ? null : String(a.relevance)}
          options={([1, 2, 3, 4] as const).map((v) => [String(v), `${v} ${p[`relevance${v}`]}`])}
        />
      )}
      <NoteField
        id={`${id}-c`}
        label={p.comment}
        name="comment"
        rows={2}
        max={2000}
        value={a?.comment ?? ''}
      />
    </AutosaveForm>
  );
}

/** New activities the panellist misses in this cluster: a plain form (each submission adds one). */
export function ProposalForm(
  props: FormBase & {
    clusterId: number;
    phases: Phase[];
    mine: ProposedActivity[];
    error?: string | undefined;
    value?: string;
  },
) {
  const p = props.t.participate;
  const id = `prop-${props.clusterId}`;
  return (
    <section class="card proposals" aria-labelledby={`${id}-h`} id={id}>
      <h3 id={`${id}-h`}>{p.missingTitle}</h3>
      {props.mine.length > 0 && (
        <>
          <h4>{p.yourAdditions}</h4>
          <ul>
            {props.mine.map((m) => (
              <li>{m.text}</li>
            ))}
          </ul>
        </>
      )}
      <form method="post" action={`${props.base}/c/${props.clusterId}/propose`}>
        <Csrf token={props.csrf} />
        <input type="hidden" name="seen" value={props.seen} />
        <div class={props.error ? 'field has-error' : 'field'}>
          <label for={`${id}-t`}>{p.missingActivity}</label>
          <p class="hint" id={`${id}-hint`}>
            {p.missingHint}
          </p>
          {props.error && (
            <p class="error" id={`${id}-err`}>
              {props.error}
            </p>
          )}
          <textarea
            id={`${id}-t`}
            name="text"
            rows={2}
            maxlength={1000}
            aria-describedby={`${id}-hint${props.error ? ` ${id}-err` : ''}`}
            aria-invalid={props.error ? 'true' : undefined}
          >
            {props.value ?? ''}
          </textarea>
        </div>
        {props.phases.length > 0 && (
          <div class="field">
            <label for={`${id}-ph`}>{p.phase}</label>
            <select id={`${id}-ph`} name="phaseId">
              <option value="">{p.anyPhase}</option>
              {props.phases.map((ph) => (
                <option value={ph.id}>{ph.label}</option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" class="secondary">
          {p.addActivity}
        </button>
      </form>
    </section>
  );
}

export function CoverageCluster(
  props: FormBase & {
    clusterId: number;
    label: string;
    number: string;
    items: RoundItem[];
    answer: CoverageAnswer | undefined;
  },
) {
  const { t, answer: a } = props;
  const p = t.participate;
  const id = `k-${props.clusterId}`;
  return (
    <AutosaveForm
      t={t}
      id={id}
      action={`${props.base}/c/${props.clusterId}`}
      csrf={props.csrf}
      seen={props.seen}
      class="coverage"
    >
      <h3>{p.itemsInCluster}</h3>
      {props.items.length ? (
        <ul class="cluster-items">
          {props.items.map((i) => (
            <li>
              <span class="item-no">{i.number}</span> {i.text}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">–</p>
      )}
      <Choice
        legend={p.coverageQuestion}
        name="verdict"
        checked={a?.verdict}
        options={(['yes', 'partly', 'no'] as const).map((v) => [v, p[v]])}
      />
      <NoteField
        id={`${id}-m`}
        label={p.whatMissing}
        name="missing"
        rows={3}
        max={4000}
        value={a?.missing ?? ''}
      />
    </AutosaveForm>
  );
}

/** Where a real-time round shows the group so far; the same element is swapped in after each autosave. */
export function LiveFeedbackSlot(props: {
  t: Dict;
  itemId: number;
  itemNumber: string;
  f: ItemFeedback | undefined;
  scales: { importance: Scale; frequency: Scale };
  oob?: boolean;
}) {
  return (
    <div id={`fb-${props.itemId}`} aria-live="polite" hx-swap-oob={props.oob ? 'true' : undefined}>
      {props.f && <Feedback t={props.t} f={props.f} itemNumber={props.itemNumber} scales={props.scales} />}
    </div>
  );
}
