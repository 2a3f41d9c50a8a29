import { Csrf, type FieldErrors } from '../../components/form';
import { MailForm } from './mail-form';
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
      <MailForm
        t={props.t}
        csrf={props.csrf}
        action={`${props.base}/invitations/send#invitations`}
        idPrefix="f-inv-"
        subject={props.subject}
        body={props.body}
        smtp={props.smtp}
        sendLabel={fmt(r.invitationSend, { n: props.recipients })}
        errors={props.errors}
      />
    </section>
  );
}
