import type { activeItems } from '../../../db/rounds/process';
import type { ActivityGroup } from '../../../db/rounds/process-view';
import {
  BlockMessage,
  ByLine,
  OutcomeBadge,
  ProcessForm,
  RejectForm,
  type ProcessCtx,
} from './process-forms';

export type MergeTargets = ReturnType<typeof activeItems>;

/**
 * One proposed activity (identical proposals for the same cluster and phase merged) with its three decisions,
 * each folded into a disclosure. Also the htmx answer to those decisions.
 */
export function ActivityCard(props: {
  ctx: ProcessCtx;
  group: ActivityGroup;
  phaseLabel: string | undefined;
  targets: MergeTargets;
  focus?: boolean;
  notice?: string | undefined;
  error?: string | undefined;
}) {
  const { ctx, group: g } = props;
  const r = ctx.t.rounds;
  const id = `act-${g.repId}`;
  const action = `${ctx.base}/proposals/${g.repId}`;
  return (
    <article class={g.outcome ? 'proc-act done' : 'proc-act'} id={id} aria-labelledby={`h-${id}`}>
      <h4 id={`h-${id}`} class="proc-act-text" tabindex={-1} autofocus={props.focus && !props.error}>
        {g.text}
      </h4>
      <BlockMessage notice={props.notice} error={props.error} />
      <p class="proc-group-head">
        {props.phaseLabel && <span class="badge">{props.phaseLabel}</span>}{' '}
        <ByLine t={ctx.t} count={g.count} late={g.late} /> <OutcomeBadge t={ctx.t} outcome={g.outcome} />
      </p>
      {g.outcomeReason && <p class="muted">{g.outcomeReason}</p>}
      {ctx.canEdit && !g.outcome && (
        <div class="proc-actions">
          <details class="proc-disclosure">
            <summary>{r.asNewItem}</summary>
            <ProcessForm ctx={ctx} action={action} target={id}>
              <input type="hidden" name="action" value="new" />
              <div class="field">
                <label for={`n-${g.repId}`}>{r.ownWordingLabel}</label>
                <textarea id={`n-${g.repId}`} name="text" rows={2}>
                  {g.text}
                </textarea>
              </div>
              <button type="submit">{r.asNewItem}</button>
            </ProcessForm>
          </details>
          <details class="proc-disclosure">
            <summary>{r.mergeInto}</summary>
            <ProcessForm ctx={ctx} action={action} target={id}>
              <input type="hidden" name="action" value="merge" />
              <div class="field">
                <label for={`m-${g.repId}`}>{r.mergeInto}</label>
                <select id={`m-${g.repId}`} name="itemId">
                  {props.targets.map((i) => (
                    <option value={String(i.id)}>{i.text}</option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for={`mt-${g.repId}`}>{r.mergeText}</label>
                <textarea id={`mt-${g.repId}`} name="text" rows={2}></textarea>
              </div>
              <button type="submit" class="secondary">
                {r.mergeInto}
              </button>
            </ProcessForm>
          </details>
          <RejectForm ctx={ctx} action={action} target={id} id={`pr-${g.repId}`} withAction />
        </div>
      )}
    </article>
  );
}
