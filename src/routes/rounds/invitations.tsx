import { Hono } from 'hono';
import { updateRound, type Round } from '../../../db/rounds/rounds';
import { invitationRecipients } from '../../../db/rounds/progress';
import { Invitations } from '../../../views/pages/rounds/invitations';
import { fmt, longDate } from '../../../views/pages/participate/fmt';
import type { KeyProvider } from '../../auth/panel-key';
import { csvDocument } from '../../exports/csv';
import type { StudyEnv } from '../../http/study-access';
import { defaultInvitation, joinTemplate, renderTemplate, splitTemplate } from '../../mail/template';
import { mailTransport, sendAll, smtpConfigured } from '../../mail/transport';
import { roundOf, showRound, type C } from './rounds';
import { auditMailing, parseTemplateForm, withLinks, type TemplateEntry } from './reminders';

const templateOf = (round: Round, lang: 'nl' | 'en') =>
  round.invitationTemplate.trim() ? splitTemplate(round.invitationTemplate, lang) : defaultInvitation(lang);

export function invitationSection(c: C, round: Round, result?: string, entered?: TemplateEntry) {
  const tpl = templateOf(round, c.var.study.lang);
  return (
    <Invitations
      t={c.var.t}
      csrf={c.var.csrf}
      base={`/studies/${c.var.study.id}/rounds/${round.id}`}
      recipients={invitationRecipients(c.var.db, round.id).length}
      smtp={smtpConfigured(c.var.config)}
      subject={entered?.subject ?? tpl.subject}
      body={entered?.body ?? tpl.body}
      errors={entered?.errors}
      result={result}
    />
  );
}

/** Invitations when a round opens, separate from reminders: by SMTP, or a CSV for mail merge. */
export function invitationRoutes(keyOf: KeyProvider) {
  const r = new Hono<StudyEnv>();
  const recipients = (c: C, round: Round) => withLinks(c, keyOf, invitationRecipients(c.var.db, round.id));
  const audit = (c: C, round: Round, channel: string, n: number) =>
    auditMailing(c, round, 'round.invitation', channel, n);

  r.post('/:roundId/invitations.csv', (c) => {
    const round = roundOf(c);
    const list = recipients(c, round);
    audit(c, round, 'csv', list.length);
    const nl = c.var.study.lang === 'nl';
    const csv = csvDocument(
      nl ? ['naam', 'e-mail', 'link', 'sluitdatum'] : ['name', 'e-mail', 'link', 'closing date'],
      list.map((p) => [p.name, p.email ?? '', p.url, round.closesAt ?? '']),
    );
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="uitnodiging-ronde-${round.number}.csv"`);
    c.header('Cache-Control', 'no-store');
    return c.body(csv);
  });

  r.post('/:roundId/invitations/send', async (c) => {
    let round = roundOf(c);
    const body = await c.req.parseBody();
    const { subject, text, entered } = parseTemplateForm(c, body);
    if (entered) return showRound(c, round, { invitationEntered: entered }, 422);
    if (subject.trim() && text.trim())
      round = updateRound(c.var.db, round, c.var.user.id, {
        invitationTemplate: joinTemplate(subject, text),
      });
    if (body['action'] !== 'send') return showRound(c, round, { invitation: c.var.t.rounds.invitationSaved });
    const transport = mailTransport(c.var.config);
    if (!transport || round.status !== 'open')
      return showRound(c, round, { error: c.var.t.rounds.noSmtp }, 409);
    const tpl = templateOf(round, c.var.study.lang);
    const list = recipients(c, round);
    const withEmail = list.filter((p) => p.email);
    const closing = longDate(round.closesAt, c.var.study.lang) || '–';
    const mails = withEmail.map((p) => {
      const v = { naam: p.name, link: p.url, sluitdatum: closing };
      return { to: p.email!, subject: renderTemplate(tpl.subject, v), text: renderTemplate(tpl.body, v) };
    });
    const errors = await sendAll(transport, c.var.config.SMTP_FROM!, mails);
    const failed = errors.filter(Boolean).length;
    audit(c, round, 'email', withEmail.length - failed);
    const result = fmt(c.var.t.rounds.sentN, {
      n: withEmail.length - failed,
      failed,
      noEmail: list.length - withEmail.length,
    });
    return showRound(c, round, { invitation: result });
  });

  return r;
}
