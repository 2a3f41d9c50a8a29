import type { Lang, PiiKind } from './types';

const NL = new Set(
  'de het een en van ik je jij zij ze hij niet met op dat die wat voor naar bij ook maar heb heeft zijn was werd er om aan als hem haar mijn wij we'.split(
    ' ',
  ),
);
const EN = new Set(
  'the a an and of i you she he they not with on that what for to at also but have has was were is it him her my we his their this'.split(
    ' ',
  ),
);

/** Guesses the language from stop-word counts; Dutch wins ties because it is the primary audience. */
export function detectLang(text: string): Lang {
  let nl = 0;
  let en = 0;
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (NL.has(w)) nl++;
    if (EN.has(w)) en++;
  }
  return en > nl ? 'en' : 'nl';
}

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
