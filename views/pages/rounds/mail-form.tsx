import type { Child } from 'hono/jsx';
import { Csrf, type FieldErrors } from '../../components/form';
import type { Dict } from '../../i18n';

/**
 * The editable e-mail of a round (invitation or reminder): subject and body with their messages, then save the
 * text, or send it when SMTP is configured. `sendLabel` names the send button (how many it goes to).
 */
export function MailForm(props: {
  t: Dict;
  csrf: string;
  action: string;
  /** Prefix of the field ids, so two forms can share a page. */
  idPrefix: string;
  subject: string;
  body: string;
  smtp: boolean;
  sendLabel: Child;
  errors?: FieldErrors | undefined;
}) {
  const r = props.t.rounds;
  const e = props.errors ?? {};
  const id = (f: string) => `${props.idPrefix}${f}`;
  return (
    <form method="post" action={props.action}>
      <Csrf token={props.csrf} />
      <div class={e['subject'] ? 'field has-error' : 'field'}>
        <label for={id('subject')}>{r.subject}</label>
        {e['subject'] && (
          <p class="error" id={id('subject-error')}>
            {e['subject']}
          </p>
        )}
        <input
          id={id('subject')}
          type="text"
          name="subject"
          value={props.subject}
          aria-invalid={e['subject'] ? 'true' : undefined}
          aria-describedby={e['subject'] ? id('subject-error') : undefined}
        />
      </div>
      <div class={e['body'] ? 'field has-error' : 'field'}>
        <label for={id('body')}>{r.body}</label>
        <p class="hint" id={id('body-hint')}>
          {r.templateHint}
        </p>
        {e['body'] && (
          <p class="error" id={id('body-error')}>
            {e['body']}
          </p>
        )}
        <textarea
          id={id('body')}
          name="body"
          rows={8}
          aria-describedby={e['body'] ? `${id('body-hint')} ${id('body-error')}` : id('body-hint')}
          aria-invalid={e['body'] ? 'true' : undefined}
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
            {props.sendLabel}
          </button>
        )}
      </div>
    </form>
  );
}
