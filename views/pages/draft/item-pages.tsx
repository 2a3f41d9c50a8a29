import type { Child } from 'hono/jsx';
import type { Dict } from '../../i18n';
import { Csrf, ErrorSummary, TextArea, TextInput, type FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import { draftUrl, itemUrl, type StudyRef } from './types';

function Shell(props: { t: Dict; study: StudyRef; title: string; children: Child }) {
  return (
    <section>
      <StudyNav t={props.t} studyId={props.study.id} current="draft" title={props.study.title} />
      <h1>{props.title}</h1>
      {props.children}
    </section>
  );
}

/** The edit form on a page of its own, for browsers without JavaScript. */
export function ItemEditPage(props: { t: Dict; study: StudyRef; children: Child }) {
  return (
    <Shell t={props.t} study={props.study} title={props.t.draft.editItem}>
      <ul class="items">{props.children}</ul>
    </Shell>
  );
}

export interface SplitValues {
  parts: string[];
  reason: string;
  assign: Record<number, number>;
}

export function SplitPage(props: {
  t: Dict;
  csrf: string;
  study: StudyRef;
  item: { id: number; text: string; number: string; version: number };
  evidence: { id: number; caseTitle: string; quote: string }[];
  values: SplitValues;
  errors?: FieldErrors;
}) {
  const { t, study, item, values: v } = props;
  const e = props.errors ?? {};
  const url = itemUrl(study.id, item.id);
  return (
    <Shell t={t} study={study} title={`${t.draft.splitTitle} ${item.number}`}>
      <p>{item.text}</p>
      <form method="post" action={`${url}/split`}>
        <ErrorSummary errors={e} message={t.common.formHasErrors} />
        <Csrf token={props.csrf} />
        <input type="hidden" name="version" value={String(item.version)} />
        <fieldset id="f-parts" class={e.parts ? 'field has-error' : 'field'}>
          <legend>{t.draft.splitParts}</legend>
          {e.parts && <p class="error">{e.parts}</p>}
          {v.parts.map((p, i) => (
            <div class="field">
              <label for={`f-part-${i}`}>{t.draft.part(i + 1)}</label>
              <textarea id={`f-part-${i}`} name="part" rows={2}>
                {p}
              </textarea>
            </div>
          ))}
          <a href={`${url}/split?parts=${v.parts.length + 1}`}>{t.draft.morePart}</a>
        </fieldset>
        {props.evidence.length > 0 && (
          <fieldset class="field">
            <legend>{t.draft.splitEvidence}</legend>
            {props.evidence.map((ev) => (
              <div class="field">
                <label for={`f-ev-${ev.id}`}>
                  {ev.caseTitle}: <q>{ev.quote}</q>
                </label>
                <select id={`f-ev-${ev.id}`} name={`ev-${ev.id}`}>
                  {v.parts.map((_, i) => (
                    <option value={String(i)} selected={(v.assign[ev.id] ?? 0) === i}>
                      {t.draft.part(i + 1)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
        )}
        <TextInput name="reason" label={t.draft.reasonOptional} value={v.reason} error={e['reason']} />
        <div class="actions">
          <button type="submit">{t.draft.split}</button>
          <a href={`${draftUrl(study.id)}#item-${item.id}`}>{t.draft.cancel}</a>
        </div>
      </form>
    </Shell>
  );
}

export function DeletePage(props: {
  t: Dict;
  csrf: string;
  study: StudyRef;
  item: { id: number; text: string; number: string; version: number };
  reason: string;
  errors?: FieldErrors;
}) {
  const { t, study, item } = props;
  const e = props.errors ?? {};
  return (
    <Shell t={t} study={study} title={`${t.draft.deleteTitle} ${item.number}`}>
      <p>{item.text}</p>
      <form method="post" action={`${itemUrl(study.id, item.id)}/delete`}>
        <ErrorSummary errors={e} message={t.common.formHasErrors} />
        <Csrf token={props.csrf} />
        <input type="hidden" name="version" value={String(item.version)} />
        <div class={e.reason ? 'field has-error' : 'field'}>
          <label for="f-reason">{t.draft.reasonRequired}</label>
          {e.reason && (
            <p class="error" id="f-reason-error">
              {e.reason}
            </p>
          )}
          <input
            type="text"
            id="f-reason"
            name="reason"
            value={props.reason}
            required
            aria-invalid={e.reason ? 'true' : undefined}
            aria-describedby={e.reason ? 'f-reason-error' : undefined}
          />
        </div>
        <div class="actions">
          <button type="submit" class="danger">
            {t.draft.delete}
          </button>
          <a href={`${draftUrl(study.id)}#item-${item.id}`}>{t.draft.cancel}</a>
        </div>
      </form>
    </Shell>
  );
}

export function MergePage(props: {
  t: Dict;
  csrf: string;
  study: StudyRef;
  items: { id: number; text: string; number: string; version: number }[];
  values: { target: string; text: string; reason: string };
  errors?: FieldErrors;
}) {
  const { t, study } = props;
  const e = props.errors ?? {};
  return (
    <Shell t={t} study={study} title={t.draft.mergeTitle}>
      <form method="post" action={`${draftUrl(study.id)}/merge`}>
        <ErrorSummary errors={e} message={t.common.formHasErrors} />
        <Csrf token={props.csrf} />
        {props.items.map((it) => (
          <>
            <input type="hidden" name="ids" value={String(it.id)} />
            <input type="hidden" name={`v-${it.id}`} value={String(it.version)} />
          </>
        ))}
        <fieldset id="f-target" class={e.target ? 'field has-error' : 'field'}>
          <legend>{t.draft.mergeKeep}</legend>
          {e.target && <p class="error">{e.target}</p>}
          {props.items.map((it) => (
            <label class="check block">
              <input
                type="radio"
                name="target"
                value={String(it.id)}
                checked={props.values.target === String(it.id)}
              />{' '}
              {it.number} {it.text}
            </label>
          ))}
        </fieldset>
        <TextArea
          name="text"
          label={t.draft.mergeWording}
          hint={t.draft.mergeWordingHint}
          value={props.values.text}
          error={e['text']}
          rows={3}
        />
        <TextInput
          name="reason"
          label={t.draft.reasonOptional}
          value={props.values.reason}
          error={e['reason']}
        />
        <div class="actions">
          <button type="submit">{t.draft.merge}</button>
          <a href={draftUrl(study.id)}>{t.draft.cancel}</a>
        </div>
      </form>
    </Shell>
  );
}
