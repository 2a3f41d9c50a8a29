import type { Lang } from '../domain';
export interface TemplateValues {
  naam: string;
  link: string;
  sluitdatum: string;
}

/** Fills {naam}, {link} and {sluitdatum} (English aliases {name}, {closing} too); other braces stay as typed. */
export function renderTemplate(template: string, v: TemplateValues): string {
  const map: Record<string, string> = {
    naam: v.naam,
    name: v.naam,
    link: v.link,
    sluitdatum: v.sluitdatum,
    closing: v.sluitdatum,
  };
  return template.replace(/\{(naam|name|link|sluitdatum|closing)\}/g, (_, k: string) => map[k] ?? '');
}

/** The default reminder text in the study's language. */
export function defaultTemplate(lang: Lang): { subject: string; body: string } {
  return lang === 'nl'
    ? {
        subject: 'Herinnering: uw bijdrage aan de ronde',
        body: 'Beste {naam},\n\nDe ronde staat nog voor u open tot {sluitdatum}. Via uw persoonlijke link kunt u verder waar u gebleven was:\n\n{link}\n\nDeze link is alleen voor u; stuur hem niet door.\n\nHartelijk dank voor uw bijdrage.',
      }
    : {
        subject: 'Reminder: your contribution to the round',
        body: 'Dear {naam},\n\nThe round is still open for you until {sluitdatum}. Your personal link takes you back to where you left off:\n\n{link}\n\nThis link is for you only; please do not forward it.\n\nThank you for taking part.',
      };
}

/** The default invitation, sent when a round opens; separate from reminders. */
export function defaultInvitation(lang: Lang): { subject: string; body: string } {
  return lang === 'nl'
    ? {
        subject: 'Uitnodiging: een nieuwe ronde staat voor u klaar',
        body: 'Beste {naam},\n\nEen nieuwe ronde van het onderzoek staat voor u open tot {sluitdatum}. Via uw persoonlijke link leest u eerst de informatie over het onderzoek en begint u daarna:\n\n{link}\n\nDeze link is alleen voor u; stuur hem niet door.\n\nHartelijk dank voor uw bijdrage.',
      }
    : {
        subject: 'Invitation: a new round is ready for you',
        body: 'Dear {naam},\n\nA new round of the study is open for you until {sluitdatum}. Your personal link first shows the information about the study, then you can start:\n\n{link}\n\nThis link is for you only; please do not forward it.\n\nThank you for taking part.',
      };
}

/** Splits a stored template "subject\n---\nbody" (or a body alone) into its parts. */
export function splitTemplate(stored: string, lang: Lang): { subject: string; body: string } {
  if (!stored.trim()) return defaultTemplate(lang);
  const m = /^(.*)\n---\n([\s\S]*)$/.exec(stored);
  return m
    ? { subject: m[1]!.trim(), body: m[2]! }
    : { subject: defaultTemplate(lang).subject, body: stored };
}

export function joinTemplate(subject: string, body: string): string {
  return `${subject.trim()}\n---\n${body}`;
}
