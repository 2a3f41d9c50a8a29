import type { Counted, ProcessItem, SuggestionGroup } from '../../../db/rounds/process-view';
import type { Dict } from '../../i18n';
import { fmt } from '../participate/fmt';
import { AddedWords } from './word-diff';
import {
  BlockMessage,
  ByLine,
  OutcomeBadge,
  ProcessForm,
  RejectForm,
  type ProcessCtx,
} from './process-forms';

const num = (t: Dict, v: number, digits: number) =>
  v.toLocaleString(t.common.dateFormat, { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Items that still ask for a decision under the "alleen open" filter (comments alone cannot be closed). */
export const isOpen = (it: ProcessItem) => it.groups.length === 0 || it.groups.some((g) => !g.outcome);

/**
 * One round item with everything the panel said about it: counts, the merged proposals with their actions,
 * the comments, and the researcher's own wording. The same block is the htmx answer to every action on it.
 */
export function ItemBlock(props: {
  ctx: ProcessCtx;
  item: ProcessItem;
  focus?: boolean;
  notice?: string | undefined;
  error?: string | undefined;
  ownText?: string | undefined;
}) {
  const { ctx, item } = props;
  const { t } = ctx;
  const r = t.rounds;
  const open = item.groups.filter((g) => !g.outcome).length;
  const changed = item.current && item.current.text !== item.text;
  const gone = !item.current || item.current.status !== 'active';
  return (
    <section
      class="card proc-item"
      id={`item-${item.roundItemId}`}
      aria-labelledby={`h-item-${item.roundItemId}`}
    >
      <h3 id={`h-item-${item.roundItemId}`} tabindex={-1} autofocus={props.focus && !props.error}>
        <span class="item-no">{item.number}</span> {item.text}
      </h3>
      <BlockMessage notice={props.notice} error={props.error} />
      <p class="proc-counts">
        {fmt(r.countsLine, item.counts)}
        {item.relevance &&
          ` · ${fmt(r.relevanceLine, { mean: num(t, item.relevance.mean, 1), icvi: num(t, item.relevance.icvi, 2), n: item.relevance.n })}`}
        {open > 0 && (
          <>
            {' '}
            <span class="badge warn">{fmt(r.openCount, { n: open })}</span>
          </>
        )}
      </p>
      {gone ? (
        <p class="muted">{r.draftGone}</p>
      ) : (
        changed && (
          <p class="proc-now">
            <strong>{r.now}:</strong> {item.current!.text}
          </p>
        )
      )}
      {item.groups.length > 0 && (
        <ul class="proc-groups">
          {item.groups.map((g) => (
            <GroupRow ctx={ctx} item={item} group={g} gone={gone} />
          ))}
        </ul>
      )}
      {item.comments.length > 0 && (
        <>
          <h4>{r.comments}</h4>
          <CountedList t={t} list={item.comments} />
        </>
      )}
      {ctx.canEdit && !gone && (
        <OwnWording ctx={ctx} item={item} text={props.ownText} open={props.ownText !== undefined} />
      )}
    </section>
  );
}

function GroupRow(props: { ctx: ProcessCtx; item: ProcessItem; group: SuggestionGroup; gone: boolean }) {
  const { ctx, item, group: g } = props;
  const r = ctx.t.rounds;
  const target = `item-${item.roundItemId}`;
  const url = `${ctx.base}/suggestions/${g.repId}`;
  return (
    <li id={`g-${g.repId}`} class={g.outcome ? 'proc-group done' : 'proc-group'}>
      <p class="proc-group-head">
        <strong>{g.kind === 'remove' ? r.kindRemove : r.kindReword}</strong> ·{' '}
        <ByLine t={ctx.t} count={g.count} late={g.late} /> <OutcomeBadge t={ctx.t} outcome={g.outcome} />
        {g.inDraft && !g.outcome && <span class="badge">{r.alreadyInDraft}</span>}
      </p>
      {g.kind === 'reformulate' && (
        <blockquote>
          <AddedWords words={g.words} />
        </blockquote>
      )}
      {g.kind === 'remove' && g.reasons.length > 0 && (
        <CountedList t={ctx.t} list={g.reasons} label={r.reasons} />
      )}
      {g.outcomeReason && <p class="muted">{g.outcomeReason}</p>}
      {ctx.canEdit && !g.outcome && (
        <div class="proc-actions">
          {!props.gone && (
            <ProcessForm ctx={ctx} action={`${url}/accept`} target={target}>
              <button type="submit">{g.kind === 'remove' ? r.acceptRemove : r.acceptReword}</button>
            </ProcessForm>
          )}
          <RejectForm ctx={ctx} action={`${url}/reject`} target={target} id={`r-${g.repId}`} />
        </div>
      )}
    </li>
  );
}

export function CountedList(props: { t: Dict; list: Counted[]; label?: string }) {
  return (
    <ul class="proc-counted" aria-label={props.label}>
      {props.list.map((c) => (
        <li>
          {c.text}
          {c.count > 1 && <span class="badge">{fmt(props.t.rounds.timesN, { n: c.count })}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The researcher's own wording, starting from the draft as it is now; saved as a version tied to the round. */
function OwnWording(props: { ctx: ProcessCtx; item: ProcessItem; text?: string | undefined; open: boolean }) {
  const { ctx, item } = props;
  const r = ctx.t.rounds;
  const id = `own-${item.roundItemId}`;
  return (
    <details class="proc-disclosure" open={props.open}>
      <summary>{r.ownWording}</summary>
      <ProcessForm
        ctx={ctx}
        action={`${ctx.base}/items/${item.roundItemId}/reword`}
        target={`item-${item.roundItemId}`}
      >
        <input type="hidden" name="version" value={String(item.current?.version ?? '')} />
        <div class="field">
          <label for={id}>{r.ownWordingLabel}</label>
          <p class="hint" id={`${id}-hint`}>
            {r.ownWordingHint}
          </p>
          <textarea id={id} name="text" rows={3} required aria-describedby={`${id}-hint`}>
            {props.text ?? item.current?.text ?? item.text}
          </textarea>
        </div>
        <button type="submit" class="secondary">
          {r.ownWordingSave}
        </button>
      </ProcessForm>
    </details>
  );
}
