import type { Child } from 'hono/jsx';
import type { Phase } from '../../../db/schema';
import type { Round, RoundItem } from '../../../db/rounds/rounds';
import type { SelectionGroup } from '../../../db/rounds/selection';
import { Csrf, ErrorSummary, TextArea, type FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import type { Dict } from '../../i18n';
import { formatDate, langOf } from '../../format';
import { fmt } from '../participate/fmt';
import { RoundSettingsFields } from './list';
import type { LetterGap } from '../../../src/panel/info-letter';

export interface SelectionView {
  groups: SelectionGroup[];
  total: number;
  chosen: Set<number>;
  /** The study's rating rounds whose decisions set the default choice; null when the choice is not the default. */
  carriedFrom: number[] | null;
  reason: string;
  reasonError?: string | undefined;
}

export interface MemberCheckView {
  id: number;
  summary: string;
  publishedAt: Date;
  responses: { pseudonym: string; agrees: boolean; comment: string }[];
}

export function RoundPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string; phases: Phase[] };
  round: Round;
  canEdit: boolean;
  /** Facts the panel's information letter still lacks (shown before a round is opened). */
  letterGaps?: LetterGap[] | undefined;
  /** A rating round in preparation while the study has no consensus protocol of its own. */
  noProtocol?: boolean | undefined;
  notice?: string | undefined;
  error?: string | undefined;
  values: Record<string, string>;
  errors?: FieldErrors;
  selection?: SelectionView | undefined;
  snapshot: RoundItem[];
  dashboard?: Child;
  reminders?: Child;
  results?: Child;
  /** Variants of a draft rating round: real-time Delphi and item subsets. */
  pool?: Child;
  checks: MemberCheckView[];
  /** A refused member-check summary: what was typed and why it was refused. */
  memberCheck?: { summary: string; error: string } | undefined;
}) {
  const { t, round, study, csrf } = props;
  const r = t.rounds;
  const base = `/studies/${study.id}/rounds/${round.id}`;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="rounds" title={study.title} />
      <p>
        <a href={`/studies/${study.id}/rounds`}>← {r.back}</a>
      </p>
      <h1>
        {fmt(r.roundN, { n: round.number })}: {round.title}
      </h1>
      <p>
        <span class="badge">{r[`status_${round.status}`]}</span> {r[`kind_${round.kind}`]}
        {round.subject === 'criteria' && ` (${r.subject_criteria})`}
        {round.closesAt && ` · ${r.closesAt} ${formatDate(round.closesAt, langOf(t))}`}
      </p>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      {props.error && (
        <p class="error-summary" role="alert">
          {props.error}
        </p>
      )}
      {props.canEdit && round.status === 'draft' && props.letterGaps?.length ? (
        <p class="warning" role="note">
          {fmt(r.letterGaps, { list: props.letterGaps.map((g) => r[`gap_${g}`]).join(', ') })}{' '}
          <a href={`/studies/${study.id}/privacy`}>{r.letterGapsLink}</a>
        </p>
      ) : null}
      {props.canEdit && round.status === 'draft' && props.noProtocol ? (
        <p class="warning" role="note">
          {r.noProtocol} <a href={`/studies/${study.id}/protocol`}>{r.noProtocolLink}</a>
        </p>
      ) : null}
      {props.canEdit && (
        <div class="actions">
          {round.status === 'draft' && (
            <form method="post" action={`${base}/open`} class="inline" hx-confirm={r.openConfirm}>
              <Csrf token={csrf} />
              <button type="submit">{r.open}</button>
            </form>
          )}
          {round.status === 'open' && (
            <form method="post" action={`${base}/close`} class="inline" hx-confirm={r.closeConfirm}>
              <Csrf token={csrf} />
              <button type="submit" class="danger">
                {r.close}
              </button>
            </form>
          )}
          {round.status !== 'draft' &&
            (round.kind === 'review' || (round.kind === 'coverage' && round.status === 'closed')) && (
              <a class="button secondary" href={`${base}/process`}>
                {r.processing}
              </a>
            )}
        </div>
      )}
      {props.dashboard && (
        <>
          <h2>{r.dashboard}</h2>
          {props.dashboard}
        </>
      )}
      {props.reminders}
      {props.results}
      {props.pool}
      {props.selection && (
        <Selection t={t} csrf={csrf} base={base} sel={props.selection} canEdit={props.canEdit} />
      )}
      {props.snapshot.length > 0 && (
        <details>
          <summary>
            {r.snapshot} ({props.snapshot.length})
          </summary>
          <ol class="plain snapshot">
            {props.snapshot.map((i) => (
              <li>
                <span class="item-no">{i.number}</span> {i.text} <span class="muted">— {i.clusterLabel}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
      {round.status === 'closed' && (
        <MemberCheck
          t={t}
          csrf={csrf}
          base={base}
          checks={props.checks}
          canEdit={props.canEdit}
          refused={props.memberCheck}
        />
      )}
      {props.canEdit && (
        <form method="post" action={`${base}/settings`} class="card">
          <h2>{r.settings}</h2>
          <Csrf token={csrf} />
          <ErrorSummary errors={props.errors ?? {}} message={t.common.formHasErrors} />
          <RoundSettingsFields
            t={t}
            values={props.values}
            errors={props.errors ?? {}}
            locked={round.status !== 'draft'}
          />
          <button type="submit">{r.saveSettings}</button>
        </form>
      )}
    </section>
  );
}

/** 1 · 1 en 3 · 1, 2 en 4 */
function joinNumbers(ns: readonly number[], and: string): string {
  return ns.length < 2 ? ns.join('') : `${ns.slice(0, -1).join(', ')} ${and} ${ns[ns.length - 1]}`;
}

function Selection(props: { t: Dict; csrf: string; base: string; sel: SelectionView; canEdit: boolean }) {
  const r = props.t.rounds;
  const { sel } = props;
  return (
    <form method="post" action={`${props.base}/selection`} class="card" id="selection">
      <Csrf token={props.csrf} />
      <fieldset class="field">
        <legend>
          <h2>{r.selection}</h2>
        </legend>
        <p class="hint">
          {r.selectionHint} {fmt(r.nChosen, { n: sel.chosen.size, total: sel.total })}
        </p>
        {sel.carriedFrom !== null && (
          <p class="notice">{fmt(r.carried, { n: joinNumbers(sel.carriedFrom, r.and) })}</p>
        )}
        {sel.groups.map((g) => (
          <fieldset class="selection-group">
            <legend>
              {g.number !== '0' && <span class="item-no">{g.number}</span>} {g.label}
            </legend>
            <ul class="plain checklist">
              {g.items.map((i) => (
                <li>
                  <label class="check">
                    <input
                      type="checkbox"
                      name="ref"
                      value={String(i.id)}
                      checked={sel.chosen.has(i.id)}
                      disabled={!props.canEdit}
                    />{' '}
                    <span class="item-no">{i.number}</span> {i.text}
                    {i.settled && (
                      <span class="muted">
                        {' '}
                        ({r.settled(i.settled.decision, i.settled.roundNumber, i.settled.override)})
                      </span>
                    )}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </fieldset>
      {sel.groups.some((g) => g.items.some((i) => i.settled)) && (
        <TextArea
          name="reason"
          label={r.reselectReason}
          hint={r.reselectHint}
          value={sel.reason}
          error={sel.reasonError}
          rows={2}
        />
      )}
      {props.canEdit && <button type="submit">{r.saveSelection}</button>}
    </form>
  );
}

function MemberCheck(props: {
  t: Dict;
  csrf: string;
  base: string;
  checks: MemberCheckView[];
  canEdit: boolean;
  refused?: { summary: string; error: string } | undefined;
}) {
  const r = props.t.rounds;
  return (
    <section class="card" id="member-check">
      <h2>{r.memberCheck}</h2>
      <p class="hint">{r.memberCheckIntro}</p>
      {props.checks.map((mc) => (
        <div class="member-check">
          <p class="muted">{fmt(r.published, { date: formatDate(mc.publishedAt, langOf(props.t)) })}</p>
          <div class="summary-text">{mc.summary}</div>
          <h3>{r.responses}</h3>
          {mc.responses.length === 0 ? (
            <p>{r.noResponses}</p>
          ) : (
            <ul>
              {mc.responses.map((x) => (
                <li>
                  <strong>{x.pseudonym}</strong>: {x.agrees ? r.agrees : r.disagrees}
                  {x.comment && ` — ${x.comment}`}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {props.canEdit && (
        <form method="post" action={`${props.base}/member-check`}>
          <Csrf token={props.csrf} />
          <ErrorSummary errors={{ summary: props.refused?.error }} message={props.t.common.formHasErrors} />
          <TextArea
            name="summary"
            label={r.summary}
            rows={5}
            value={props.refused?.summary}
            error={props.refused?.error}
            required
          />
          <button type="submit">{r.publish}</button>
        </form>
      )}
    </section>
  );
}
