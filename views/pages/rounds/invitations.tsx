import { Csrf } from '../../components/form';
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
        <div class="field">
          <label for="f-inv-subject">{r.subject}</label>
          <input id="f-inv-subject" type="text" name="subject" value={props.subject} />
        </div>
        <div class="field">
          <label for="f-inv-body">{r.body}</label>
          <p class="hint" id="f-inv-body-hint">
            {r.templateHint}
          </p>
          <textarea id="f-inv-body" name="body" rows={8} aria-describedby="f-inv-body-hint">
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
