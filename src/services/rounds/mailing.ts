import type { Lang } from '../../domain';
import { appendAudit } from '../../../db/audit';
import type { Db } from '../../../db/client';
import { linkToken } from '../../../db/panel/panel';
import { invitationRecipients, recordReminders, reminderRecipients } from '../../../db/rounds/progress';
import { updateRound, type Round } from '../../../db/rounds/rounds';
import { joinTemplate } from '../../mail/template';
import { mailTransport, sendAll, type SmtpConfig } from '../../mail/transport';
import {
  composeMails,
  mailMergeCsv,
  mailMergeFileName,
  mailTemplate,
  type LinkedRecipient,
  type Mailing,
} from '../../rounds/mail-merge';

/** Who a mailing goes to and how their links are made: the server key and the PUBLIC_URL base. */
export interface MailingOf {
  round: Round;
  mailing: Mailing;
  key: Buffer;
  /** PUBLIC_URL, never the Host header of a request. */
  base: string;
  userId: number;
}

type Channel = 'email' | 'csv' | 'copy';

/**
 * The recipients of a mailing with their personal links: reminders go only to invited panellists who have not
 * completed and whose link still works; invitations to everyone invited whose link works.
 */
export function mailingRecipients(db: Db, m: Omit<MailingOf, 'userId'>): LinkedRecipient[] {
  const rows = (m.mailing === 'reminder' ? reminderRecipients : invitationRecipients)(db, m.round.id);
  return rows.map((p) => ({
    id: p.id,
    pseudonym: p.pseudonym,
    name: p.name,
    email: p.email,
    url: `${m.base}/p/${linkToken(m.key, p)}`,
  }));
}

/**
 * Records a mailing in one transaction: for reminders one row per recipient (and their last-reminder time),
 * and the audit entry with channel and count only, no personal details.
 */
function recordMailing(
  db: Db,
  m: MailingOf,
  channel: Channel,
  sent: { panellistId: number; error: string | null }[],
): void {
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    if (m.mailing === 'reminder')
      recordReminders(
        t,
        m.round.id,
        sent.map((s) => ({ ...s, channel })),
      );
    appendAudit(t, {
      studyId: m.round.studyId,
      userId: m.userId,
      action: `round.${m.mailing}`,
      entity: 'round',
      entityId: m.round.id,
      summary: `${channel}: ${sent.filter((s) => !s.error).length}`,
    });
  });
}

/** The personal links of the reminder's recipients to copy by hand; each counts as a reminder sent. */
export function copyReminderLinks(db: Db, m: Omit<MailingOf, 'mailing'>): LinkedRecipient[] {
  const mm: MailingOf = { ...m, mailing: 'reminder' };
  const list = mailingRecipients(db, mm);
  recordMailing(
    db,
    mm,
    'copy',
    list.map((p) => ({ panellistId: p.id, error: null })),
  );
  return list;
}

/** The mail-merge CSV of a mailing; downloading it is recorded (and, for reminders, counts as sending). */
export function mailingCsv(db: Db, m: MailingOf, lang: Lang): { csv: string; fileName: string } {
  const list = mailingRecipients(db, m);
  recordMailing(
    db,
    m,
    'csv',
    list.map((p) => ({ panellistId: p.id, error: null })),
  );
  return {
    csv: mailMergeCsv(list, m.round.closesAt, lang),
    fileName: mailMergeFileName(m.mailing, m.round.number),
  };
}

/** Stores the mailing's subject and body with the round (audited as a round update); both must have text. */
export function saveMailTemplate(db: Db, m: MailingOf, subject: string, body: string): Round {
  if (!subject.trim() || !body.trim()) return m.round;
  const stored = joinTemplate(subject, body);
  return updateRound(
    db,
    m.round,
    m.userId,
    m.mailing === 'reminder' ? { reminderTemplate: stored } : { invitationTemplate: stored },
  );
}

export type SendResult = { ok: false } | { ok: true; sent: number; failed: number; noEmail: number };

/**
 * Sends the mailing by SMTP to every recipient with an e-mail address (one refused address does not stop the
 * others), then records it. Refused when no SMTP is configured or the round is not open.
 */
export async function sendMailing(
  db: Db,
  smtp: SmtpConfig,
  m: MailingOf,
  lang: Lang,
  closing: string,
): Promise<SendResult> {
  const transport = mailTransport(smtp);
  if (!transport || m.round.status !== 'open') return { ok: false };
  const list = mailingRecipients(db, m);
  const withEmail = list.filter((p) => p.email);
  const mails = composeMails(mailTemplate(m.round, m.mailing, lang), withEmail, closing);
  const errors = await sendAll(transport, smtp.SMTP_FROM!, mails);
  recordMailing(
    db,
    m,
    'email',
    withEmail.map((p, i) => ({ panellistId: p.id, error: errors[i] ?? null })),
  );
  const failed = errors.filter(Boolean).length;
  return { ok: true, sent: withEmail.length - failed, failed, noEmail: list.length - withEmail.length };
}
