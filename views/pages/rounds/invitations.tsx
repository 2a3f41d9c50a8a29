import { Csrf, type FieldErrors } from '../../components/form';
import type { Dict } from '../../i18n';
import { fmt } from '../participate/fmt';

/** The invitation of an open round: its own editable text, sent by e-mail or exported for mail merge. */
export function Invitations(props: {
  t: Dict;
  csrf: string;
  base: string;
  recipients: number;
  smtp: boolean;
  subject: string;
  body: string;
  result?: string | undefined;
  /** Messages beside the subject and body (a text over its limit). */
  errors?: FieldErrors | undefined;
}) {
  const r = props.t.rounds;
  return (
    <section class="card" id="invitations">
      <h2>{r.invitations}</h2>
      <p class="hint">{r.invitationsIntro}</p>
      {props.result && (
        <p class="notice" role="status">
          {props.result}
        </p>
      )}
      <form method="post" action={`${props.base}/invitations.csv`} class="inline" hx-boost="false">
        <Csrf token={props.csrf} />
        <button type="submit" class="secondary">
          {r.invitationCsv} ({props.recipients})
        </button>
      </form>
      <form method="post" action={`${props.base}/invitations/send#invitations`}>
        <Csrf token={props.csrf} />
        <div class={props.errors?.['subject'] ? 'field has-error' : 'field'}>
          <label for="f-inv-subject">{r.subject}</label>
          {props.errors?.['subject'] && (
            <p class="error" id="f-inv-subject-error">
              {props.errors['subject']}
            </p>
          )}
          <input
            id="f-inv-subject"
            type="text"
            name="subject"
            value={props.subject}
            aria-invalid={props.errors?.['subject'] ? 'true' : undefined}
            aria-describedby={props.errors?.['subject'] ? 'f-inv-subject-error' : undefined}
          />
        </div>
        <div class={props.errors?.['body'] ? 'field has-error' : 'field'}>
          <label for="f-inv-body">{r.body}</label>
          <p class="hint" id="f-inv-body-hint">
            {r.templateHint}
          </p>
          {props.errors?.['body'] && (
            <p class="error" id="f-inv-body-error">
              {props.errors['body']}
            </p>
          )}
          <textarea
            id="f-inv-body"
            name="body"
            rows={8}
            aria-describedby={props.errors?.['body'] ? 'f-inv-body-hint f-inv-body-error' : 'f-inv-body-hint'}
            aria-invalid={props.errors?.['body'] ? 'true' : undefined}
          >
            {props.body}
          </textarea>
        </div>
        {!props.smtp && <p class="notice">{r.noSmtp}</p>}
        <div class="actions">
          <button type="submit" name="action" value="save" class="secondary">
            {r.saveTemplate}
          </button>
          {props.smtp && (
            <button type="submit" name="action" value="send">
              {fmt(r.invitationSend, { n: props.recipients })}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
