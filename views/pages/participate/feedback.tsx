import type { Scale } from '../../../db/schema';
import type { ItemFeedback } from '../../../src/services/rounds/feedback';
import type { DimensionFeedback, Distribution } from '../../../src/rounds/feedback';
import type { Dict } from '../../i18n';
import { fmt } from './fmt';

const num = (v: number | null) => (v === null ? '–' : String(Math.round(v * 10) / 10).replace('.', ','));

/** A bar per scale point with its count as text, the own previous rating marked ◆ and named: no colour needed. */
function Bars(props: {
  t: Dict;
  label: string;
  d: Distribution;
  scale: Scale;
  own?: number | null;
  compact?: boolean;
}) {
  const p = props.t.participate;
  const max = Math.max(1, ...props.d.counts);
  const list = props.d.counts.map((c, i) => `${props.scale.min + i}: ${c}`).join(', ');
  return (
    <figure class={props.compact ? 'bars compact' : 'bars'}>
      <figcaption>
        <strong>{props.label}</strong> — {p.median} {num(props.d.median)} · n = {props.d.n}
        {props.d.cannotJudge > 0 && ` · ${fmt(p.cannotJudgeN, { n: props.d.cannotJudge })}`}
      </figcaption>
      <p class="visually-hidden">
        {fmt(p.distributionAlt, { dim: props.label, list, median: num(props.d.median), n: props.d.n })}
      </p>
      <ol class="bar-list" aria-hidden="true">
        {props.d.counts.map((c, i) => {
          const v = props.scale.min + i;
          const own = props.own === v;
          return (
            <li class={own ? 'own' : undefined}>
              <span class="pt">{v}</span>
              <span class="bar" style={`width:${Math.round((c / max) * 100)}%`}></span>
              <span class="count">
                {c}
                {own && ` ◆ ${p.yourPrevious}`}
              </span>
            </li>
          );
        })}
      </ol>
      {props.own !== undefined && props.own !== null && (
        <p class="visually-hidden">{`${p.yourPrevious}: ${props.own}`}</p>
      )}
    </figure>
  );
}

function Dimension(props: { t: Dict; label: string; f: DimensionFeedback; scale: Scale }) {
  const p = props.t.participate;
  return (
    <div class="fb-dim">
      <Bars t={props.t} label={props.label} d={props.f} scale={props.scale} own={props.f.own} />
      {props.f.ownCannotJudge && <p class="muted">{p.yourPreviousCj}</p>}
      {props.f.groups && props.f.groups.length > 0 && (
        <details>
          <summary>{p.perGroup}</summary>
          {props.f.groups.map((g) => (
            <Bars t={props.t} label={g.group} d={g} scale={props.scale} compact />
          ))}
        </details>
      )}
    </div>
  );
}

/** The controlled feedback of the previous rating round for one item. */
export function Feedback(props: {
  t: Dict;
  f: ItemFeedback;
  itemNumber: string;
  scales: { importance: Scale; frequency: Scale };
}) {
  const p = props.t.participate;
  // Every item has one, so the region is named after its item: landmark names must tell them apart.
  return (
    <section
      class="feedback"
      aria-label={fmt(p.feedbackFor, { n: props.f.previousRoundNumber, item: props.itemNumber })}
    >
      <h4>
        {props.f.live ? props.t.realtime.liveTitle : fmt(p.feedbackTitle, { n: props.f.previousRoundNumber })}
      </h4>
      <p class="muted small">{props.f.live ? props.t.realtime.liveIntro : p.feedbackIntro}</p>
      <div class="fb-dims">
        <Dimension t={props.t} label={p.importance} f={props.f.importance} scale={props.scales.importance} />
        <Dimension t={props.t} label={p.frequency} f={props.f.frequency} scale={props.scales.frequency} />
      </div>
      {props.f.comments.length > 0 && (
        <details>
          <summary>
            {p.commentsTitle} ({props.f.comments.length})
          </summary>
          <ul>
            {props.f.comments.map((c) => (
              <li>{c}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
