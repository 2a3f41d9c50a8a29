import type { Lang, PiiKind } from './types';

const LABELS: Record<Lang, Record<Exclude<PiiKind, 'name'>, string>> = {
  nl: {
    email: 'E-MAIL',
    phone: 'TELEFOON',
    bsn: 'BSN',
    idnumber: 'ID-NUMMER',
    iban: 'IBAN',
    postcode: 'POSTCODE',
    address: 'ADRES',
    birthdate: 'GEBOORTEDATUM',
  },
  en: {
    email: 'EMAIL',
    phone: 'PHONE',
    bsn: 'BSN',
    idnumber: 'ID NUMBER',
    iban: 'IBAN',
    postcode: 'POSTCODE',
    address: 'ADDRESS',
    birthdate: 'DATE OF BIRTH',
  },
};

export function kindPlaceholder(kind: Exclude<PiiKind, 'name'>, lang: Lang): string {
  return `[${LABELS[lang][kind]}]`;
}

export function personPlaceholder(n: number, isClient: boolean, lang: Lang): string {
  const word = isClient ? (lang === 'nl' ? 'CLIËNT' : 'CLIENT') : lang === 'nl' ? 'PERSOON' : 'PERSON';
  return `[${word} ${n}]`;
}

/** Whether a placeholder such as `[CLIËNT 1]` stands for the client rather than another person. */
export function personIsClient(placeholder: string): boolean {
  return /^\[(?:CLIËNT|CLIENT) /.test(placeholder);
}

/** Reads the person number back from a placeholder such as `[PERSOON 3]`. */
export function personNumber(placeholder: string): number | undefined {
  const m = /^\[(?:CLIËNT|CLIENT|PERSOON|PERSON) (\d+)\]$/.exec(placeholder);
  return m ? Number(m[1]) : undefined;
}
