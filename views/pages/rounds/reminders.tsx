import { Csrf, type FieldErrors } from '../../components/form';
import { MailForm } from './mail-form';
import type { Dict } from '../../i18n';
import { fmt } from '../participate/fmt';
import { formatDateTime, langOf } from '../../format';

export function Reminders(props: {
  t: Dict;
  csrf: string;
  base: string;
  pending: number;
  smtp: boolean;
  subject: string;
  body: string;
  history: { sentAt: Date; channel: 'email' | 'csv' | 'copy'; sent: number; failed: number }[];
  links?: { pseudonym: string; url: string }[] | undefined;
  result?: string | undefined;
  /** Messages beside the subject and body (a text over its limit). */
  errors?: FieldErrors | undefined;
}) {
  const r = props.t.rounds;
  return (
    <section class="card" id="reminders">
      <h2>{r.reminders}</h2>
      <p class="hint">{r.remindersIntro}</p>
      {props.result && (
        <p class="notice" role="status">
          {props.result}
        </p>
      )}
      {props.pending === 0 ? (
        <p>{r.nobody}</p>
      ) : (
        <>
          <div class="actions">
            <form method="post" action={`${props.base}/reminders/links#reminders`} class="inline">
              <Csrf token={props.csrf} />
              <button type="submit" class="secondary">
                {r.copyLinks} ({props.pending})
              </button>
            </form>
            <form method="post" action={`${props.base}/reminders.csv`} class="inline" hx-boost="false">
              <Csrf token={props.csrf} />
              <button type="submit" class="secondary">
                {r.downloadCsv}
              </button>
            </form>
          </div>
          {props.links && (
            <>
              <p class="hint">{r.copyLinksHint}</p>
              <table>
                <tbody>
                  {props.links.map((l) => (
                    <tr>
                      <th scope="row">{l.pseudonym}</th>
                      <td>
                        <input
                          type="text"
                          readonly
                          value={l.url}
                          class="mono"
                          aria-label={`${l.pseudonym}`}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <MailForm
            t={props.t}
            csrf={props.csrf}
            action={`${props.base}/reminders/send`}
            idPrefix="f-"
            subject={props.subject}
            body={props.body}
            smtp={props.smtp}
            sendLabel={fmt(r.send, { n: props.pending })}
            errors={props.errors}
          />
        </>
      )}
      {props.history.length > 0 && (
        <>
          <h3>{r.history}</h3>
          <ul>
            {props.history.map((h) => (
              <li>
                {formatDateTime(h.sentAt, langOf(props.t))} · {r[`channel_${h.channel}`]} · {h.sent}
                {h.failed > 0 && ` (${h.failed} ✗)`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
