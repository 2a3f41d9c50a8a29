import type { Lang } from '../domain';
import { csvDocument } from '../exports/csv';
import { defaultInvitation, renderTemplate, splitTemplate } from '../mail/template';

/** An invitation or a reminder: the two mailings of an open round. */
export type Mailing = 'invitation' | 'reminder';

/** A recipient of a mailing with their personal link. */
export interface LinkedRecipient {
  id: number;
  pseudonym: string;
  name: string;
  email: string | null;
  url: string;
}

/** The subject and body a mailing is sent with: the stored template, or the default invitation when none. */
export function mailTemplate(
  round: { invitationTemplate: string; reminderTemplate: string },
  mailing: Mailing,
  lang: Lang,
): { subject: string; body: string } {
  if (mailing === 'reminder') return splitTemplate(round.reminderTemplate, lang);
  return round.invitationTemplate.trim()
    ? splitTemplate(round.invitationTemplate, lang)
    : defaultInvitation(lang);
}

/** One mail per recipient with an e-mail address, the template filled with their name, link and closing date. */
export function composeMails(
  template: { subject: string; body: string },
  recipients: readonly LinkedRecipient[],
  closing: string,
): { to: string; subject: string; text: string }[] {
  return recipients.flatMap((p) => {
    if (!p.email) return [];
    const v = { naam: p.name, link: p.url, sluitdatum: closing };
    return [
      { to: p.email, subject: renderTemplate(template.subject, v), text: renderTemplate(template.body, v) },
    ];
  });
}

/**
 * The mail-merge CSV of a mailing (name, e-mail, link, closing date), headed in the study's language, through
 * the one CSV writer (so a name a spreadsheet would run as a formula is guarded).
 */
export function mailMergeCsv(
  recipients: readonly LinkedRecipient[],
  closesAt: string | null,
  lang: Lang,
): string {
  return csvDocument(
    lang === 'nl' ? ['naam', 'e-mail', 'link', 'sluitdatum'] : ['name', 'e-mail', 'link', 'closing date'],
    recipients.map((p) => [p.name, p.email ?? '', p.url, closesAt ?? '']),
  );
}

/** The file name of a mailing's CSV: uitnodiging-ronde-2.csv, herinnering-ronde-2.csv. */
export function mailMergeFileName(mailing: Mailing, roundNumber: number): string {
  return `${mailing === 'invitation' ? 'uitnodiging' : 'herinnering'}-ronde-${roundNumber}.csv`;
}
