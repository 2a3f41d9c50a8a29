import { Hono } from 'hono';
import { appendAudit } from '../../../db/audit';
import { linkToken } from '../../../db/panel/panel';
import { updateRound, type Round } from '../../../db/rounds/rounds';
import { recordReminders, reminderHistory, reminderRecipients } from '../../../db/rounds/progress';
import { Reminders } from '../../../views/pages/rounds/reminders';
import { fmt, longDate } from '../../../views/pages/participate/fmt';
import type { StudyEnv } from '../../http/study-access';
import { joinTemplate, renderTemplate, splitTemplate } from '../../mail/template';
import { mailTransport, sendAll, smtpConfigured } from '../../mail/transport';
import type { KeyProvider } from '../../auth/panel-key';
import { csvDocument } from '../../exports/csv';
import { publicBase } from '../panel/panel';
import { roundOf, showRound, type C } from './rounds';
import type { FieldErrors } from '../../../views/components/form';
import { limitErrors } from '../../http/validate';
import { LIMITS } from '../../limits';

/** A template form refused with 422: the subject and body as entered (cut to their limit) and the messages. */
export interface TemplateEntry {
  subject: string;
  body: string;
  errors: FieldErrors;
}

export interface ReminderExtra {
  links?: { pseudonym: string; url: string }[];
  result?: string;
  entered?: TemplateEntry;
}

const TEMPLATE_LIMITS = { subject: LIMITS.line, body: LIMITS.letter };

/** Subject and body of an invitation or reminder form; `entered` is set when one is over its limit. */
export function parseTemplateForm(c: C, body: Record<string, unknown>) {
  const subject = typeof body['subject'] === 'string' ? body['subject'] : '';
  const text = typeof body['body'] === 'string' ? body['body'].replace(/\r\n?/g, '\n') : '';
  const errors = limitErrors({ subject, body: text }, TEMPLATE_LIMITS, c.var.t);
  const entered: TemplateEntry | undefined = Object.keys(errors).length
    ? { subject: subject.slice(0, LIMITS.line), body: text.slice(0, LIMITS.letter), errors }
    : undefined;
  return { subject, text, entered };
}

export function reminderSection(c: C, round: Round, extra: ReminderExtra = {}) {
  const tpl = splitTemplate(round.reminderTemplate, c.var.study.lang);
  return (
    <Reminders
      t={c.var.t}
      csrf={c.var.csrf}
      base={`/studies/${c.var.study.id}/rounds/${round.id}`}
      pending={reminderRecipients(c.var.db, round.id).length}
      smtp={smtpConfigured(c.var.config)}
      subject={extra.entered?.subject ?? tpl.subject}
      body={extra.entered?.body ?? tpl.body}
      errors={extra.entered?.errors}
      history={reminderHistory(c.var.db, round.id)}
      links={extra.links}
      result={extra.result}
    />
  );
}

/** Each recipient with their personal link, built from PUBLIC_URL (invitations and reminders alike). */
export function withLinks<P extends { tokenSalt: string }>(c: C, keyOf: KeyProvider, rows: P[]) {
  const key = keyOf();
  const base = publicBase(c);
  return rows.map((p) => ({ ...p, url: `${base}/p/${linkToken(key, p)}` }));
}

/** The audit entry of one mailing (invitation or reminder): channel and count, no personal details. */
export function auditMailing(c: C, round: Round, action: string, channel: string, n: number) {
  appendAudit(c.var.db, {
    studyId: c.var.study.id,
    userId: c.var.user.id,
    action,
    entity: 'round',
    entityId: round.id,
    summary: `${channel}: ${n}`,
  });
}

/** Reminders go only to invited panellists who have not completed and whose link still works; each is recorded. */
export function reminderRoutes(keyOf: KeyProvider) {
  const r = new Hono<StudyEnv>();
  const recipients = (c: C, round: Round) => withLinks(c, keyOf, reminderRecipients(c.var.db, round.id));
  const audit = (c: C, round: Round, channel: string, n: number) =>
    auditMailing(c, round, 'round.reminder', channel, n);

  r.post('/:roundId/reminders/links', (c) => {
    const round = roundOf(c);
    const list = recipients(c, round);
    recordReminders(
      c.var.db,
      round.id,
      list.map((p) => ({ panellistId: p.id, channel: 'copy', error: null })),
    );
    audit(c, round, 'copy', list.length);
    return showRound(c, round, {
      reminders: { links: list.map((p) => ({ pseudonym: p.pseudonym, url: p.url })) },
    });
  });

  r.post('/:roundId/reminders.csv', (c) => {
    const round = roundOf(c);
    const list = recipients(c, round);
    recordReminders(
      c.var.db,
      round.id,
      list.map((p) => ({ panellistId: p.id, channel: 'csv', error: null })),
    );
    audit(c, round, 'csv', list.length);
    const head =
      c.var.study.lang === 'nl'
        ? ['naam', 'e-mail', 'link', 'sluitdatum']
        : ['name', 'e-mail', 'link', 'closing date'];
    const csv = csvDocument(
      head,
      list.map((p) => [p.name, p.email ?? '', p.url, round.closesAt ?? '']),
    );
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="herinnering-ronde-${round.number}.csv"`);
    c.header('Cache-Control', 'no-store');
    return c.body(csv);
  });

  r.post('/:roundId/reminders/send', async (c) => {
    let round = roundOf(c);
    const body = await c.req.parseBody();
    const { subject, text, entered } = parseTemplateForm(c, body);
    if (entered) return showRound(c, round, { reminders: { entered } }, 422);
    if (subject.trim() && text.trim())
      round = updateRound(c.var.db, round, c.var.user.id, { reminderTemplate: joinTemplate(subject, text) });
    if (body['action'] !== 'send') return showRound(c, round, { notice: c.var.t.common.saved });
    const transport = mailTransport(c.var.config);
    if (!transport || round.status !== 'open')
      return showRound(c, round, { error: c.var.t.rounds.noSmtp }, 409);
    const tpl = splitTemplate(round.reminderTemplate, c.var.study.lang);
    const list = recipients(c, round);
    const withEmail = list.filter((p) => p.email);
    const closing = longDate(round.closesAt, c.var.study.lang) || '–';
    const mails = withEmail.map((p) => {
      const v = { naam: p.name, link: p.url, sluitdatum: closing };
      return { to: p.email!, subject: renderTemplate(tpl.subject, v), text: renderTemplate(tpl.body, v) };
    });
    const errors = await sendAll(transport, c.var.config.SMTP_FROM!, mails);
    recordReminders(
      c.var.db,
      round.id,
      withEmail.map((p, i) => ({ panellistId: p.id, channel: 'email', error: errors[i] ?? null })),
    );
    const failed = errors.filter(Boolean).length;
    audit(c, round, 'email', withEmail.length - failed);
    const result = fmt(c.var.t.rounds.sentN, {
      n: withEmail.length - failed,
      failed,
      noEmail: list.length - withEmail.length,
    });
    return showRound(c, round, { reminders: { result } });
  });

  return r;
}
