import type { Lang } from '../domain';
/** The study facts an information letter names; filled into {studie}, {bewaartermijn}, {contact} and {ethiek}. */
export interface LetterFacts {
  title: string;
  lang: Lang;
  infoLetter: string;
  contact: string;
  ethicsRef: string;
  retentionUntil: string | null;
}

const DEFAULT: Record<Lang, string> = {
  nl: `U bent uitgenodigd voor het panel van het onderzoek "{studie}". In enkele rondes beoordeelt u, samen met andere beroepskrachten, wat goed handelen in uw vak is. Zo ontstaat een kwaliteitsstandaard.

Wat wordt bewaard: uw naam en e-mailadres (alleen zichtbaar voor de onderzoekers die het panel beheren, om u uit te nodigen en te herinneren), uw organisatie, functie en groep, en uw antwoorden. Uw antwoorden worden alleen onder een pseudoniem (zoals P004) verwerkt en gerapporteerd; niemand anders ziet wie wat heeft geantwoord.

Hoe lang: tot {bewaartermijn}. Daarna worden uw gegevens gewist.

Uw rechten: u kunt op elk moment stoppen, zonder opgaaf van reden, met de knop onderaan deze pagina. U kunt de onderzoekers vragen om inzage in alles wat over u is opgeslagen, om correctie en om wissing (met of zonder uw antwoorden). U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.

Contact: {contact}

Ethische toetsing: {ethiek}`,
  en: `You are invited to the panel of the study "{studie}". In a few rounds you and other practitioners judge what good practice in your profession is. Together this becomes a quality standard.

What is stored: your name and e-mail address (seen only by the researchers who manage the panel, to invite and remind you), your organisation, role and group, and your answers. Your answers are processed and reported under a pseudonym (such as P004) only; nobody else sees who answered what.

For how long: until {bewaartermijn}. Your data is erased after that.

Your rights: you may stop at any time without giving a reason, with the button at the bottom of this page. You may ask the researchers to see everything stored about you, to correct it and to erase it (with or without your answers). You may complain to the data protection authority.

Contact: {contact}

Ethics approval: {ethiek}`,
};

export function defaultLetter(lang: Lang): string {
  return DEFAULT[lang];
}

/** The letter as the panellist reads it: the study's own text (or the template), with the facts filled in. */
export function renderLetter(f: LetterFacts): string {
  const unknown = f.lang === 'nl' ? '(nog niet ingevuld)' : '(not filled in yet)';
  const map: Record<string, string> = {
    studie: f.title,
    study: f.title,
    bewaartermijn: f.retentionUntil ?? unknown,
    retention: f.retentionUntil ?? unknown,
    contact: f.contact.trim() || unknown,
    ethiek: f.ethicsRef.trim() || unknown,
    ethics: f.ethicsRef.trim() || unknown,
  };
  const text = f.infoLetter.trim() ? f.infoLetter : DEFAULT[f.lang];
  return text.replace(
    /\{(studie|study|bewaartermijn|retention|contact|ethiek|ethics)\}/g,
    (_, k: string) => map[k]!,
  );
}

export type LetterGap = 'retention' | 'contact' | 'ethics';

/** The facts a panellist should read before consenting that the study has not filled in yet. */
export function letterGaps(f: Pick<LetterFacts, 'contact' | 'ethicsRef' | 'retentionUntil'>): LetterGap[] {
  const gaps: LetterGap[] = [];
  if (!f.retentionUntil) gaps.push('retention');
  if (!f.contact.trim()) gaps.push('contact');
  if (!f.ethicsRef.trim()) gaps.push('ethics');
  return gaps;
}
