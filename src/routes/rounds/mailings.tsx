import { Hono } from 'hono';
import { fmt, longDate } from '../../../views/pages/participate/fmt';
import type { KeyProvider } from '../../auth/panel-key';
import type { StudyEnv } from '../../http/study-access';
import { formValidator } from '../../http/validate';
import { LIMITS } from '../../limits';
import type { Mailing } from '../../rounds/mail-merge';
import {
  copyReminderLinks,
  mailingCsv,
  saveMailTemplate,
  sendMailing,
  type MailingOf,
} from '../../services/rounds/mailing';
import { ButtonForm, MailTemplateForm } from './forms';
import { roundOf, showRound, type C, type TemplateEntry } from './round-page';

/** Shows the round with the result of a mailing in the mailing's own section. */
function withResult(c: C, mailing: Mailing, round: MailingOf['round'], result: string) {
  return mailing === 'reminder'
    ? showRound(c, round, { reminders: { result } })
    : showRound(c, round, { invitation: result });
}

/**
 * The two mailings of an open round, by SMTP, as a CSV for mail merge, or (reminders) as links to copy:
 * invitations go to everyone invited, reminders to invited panellists who have not completed and whose link
 * still works. Each is recorded and audited by the mailing service.
 */
export function mailingRoutes(keyOf: KeyProvider) {
  const r = new Hono<StudyEnv>();
  const mailingOf = (c: C, mailing: Mailing): MailingOf => ({
    round: roundOf(c),
    mailing,
    key: keyOf(),
    base: c.var.config.PUBLIC_URL,
    userId: c.var.user.id,
  });
  // A button form carries only its CSRF token: nothing to refuse but the round.
  const button = formValidator<typeof ButtonForm, StudyEnv>(ButtonForm, (c) =>
    showRound(c, roundOf(c), {}, 422),
  );

  r.post('/:roundId/reminders/links', button, (c) => {
    const m = mailingOf(c, 'reminder');
    const list = copyReminderLinks(c.var.db, m);
    return showRound(c, m.round, {
      reminders: { links: list.map((p) => ({ pseudonym: p.pseudonym, url: p.url })) },
    });
  });

  for (const [mailing, path] of [
    ['reminder', 'reminders'],
    ['invitation', 'invitations'],
  ] as const) {
    r.post(`/:roundId/${path}.csv`, button, (c) => {
      const { csv, fileName } = mailingCsv(c.var.db, mailingOf(c, mailing), c.var.study.lang);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="${fileName}"`);
      c.header('Cache-Control', 'no-store');
      return c.body(csv);
    });

    r.post(
      `/:roundId/${path}/send`,
      formValidator<typeof MailTemplateForm, StudyEnv>(MailTemplateForm, (c, errors, values) => {
        const round = roundOf(c);
        const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
        const entered: TemplateEntry = {
          subject: first(values['subject']).slice(0, LIMITS.line),
          body: first(values['body']).replace(/\r\n?/g, '\n').slice(0, LIMITS.letter),
          errors,
        };
        return mailing === 'reminder'
          ? showRound(c, round, { reminders: { entered } }, 422)
          : showRound(c, round, { invitationEntered: entered }, 422);
      }),
      async (c) => {
        const form = c.req.valid('form');
        const m = mailingOf(c, mailing);
        const round = saveMailTemplate(c.var.db, m, form.subject, form.body);
        const t = c.var.t;
        if (form.action !== 'send')
          return mailing === 'reminder'
            ? showRound(c, round, { notice: t.common.saved })
            : showRound(c, round, { invitation: t.rounds.invitationSaved });
        const lang = c.var.study.lang;
        const closing = longDate(round.closesAt, lang) || '–';
        const res = await sendMailing(c.var.db, c.var.config, { ...m, round }, lang, closing);
        if (!res.ok) return showRound(c, round, { error: t.rounds.noSmtp }, 409);
        const result = fmt(t.rounds.sentN, { n: res.sent, failed: res.failed, noEmail: res.noEmail });
        return withResult(c, mailing, round, result);
      },
    );
  }

  return r;
}
