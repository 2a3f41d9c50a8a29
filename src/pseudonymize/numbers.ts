import type { Candidate } from './types';

/** The Dutch "elfproef": weights 9..2 for the first eight digits and -1 for the last. */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

const BSN = /(?<![\p{L}\p{N}.\-/])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\p{N}]|[.\-/]\d)/gu;

export function findBsns(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(BSN)) {
    if (isValidBsn(m[0].replace(/\D/g, '')))
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'bsn' });
  }
  return out;
}

// British identifiers: National Insurance "QQ 12 34 56 C" and NHS "943 476 5919" (never a leading 0, unlike
// a phone number).
const NI_NUMBER = /(?<![\p{L}\p{N}])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}])/gu;
const NHS_NUMBER = /(?<![\p{L}\p{N}.\-/])[1-9]\d{2}[ -]?\d{3}[ -]?\d{4}(?![\p{N}]|[.\-/]\d)/gu;

/** The NHS number's mod-11 check digit. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

export function findIdNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NI_NUMBER))
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'idnumber' });
  for (const m of text.matchAll(NHS_NUMBER)) {
    if (isValidNhsNumber(m[0].replace(/\D/g, '')))
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'idnumber' });
  }
  return out;
}

export function isValidIban(raw: string): boolean {
  const s = raw.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  let mod = 0;
  for (const ch of s.slice(4) + s.slice(0, 4)) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) mod = (mod * 10 + Number(d)) % 97;
  }
  return mod === 1;
}

// Typed from a bank card the letters may be lower case and the country code set apart ("NL 67 INGB ...");
// the mod-97 check keeps ordinary words out.
const IBAN =
  /(?<![\p{L}\p{N}])[A-Za-z]{2} ?\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![\p{L}\p{N}])/gu;
// A Dutch IBAN shape is distinctive enough to remove even with a typo in its check digits.
const NL_SHAPE = /^NL\d{2}[A-Z]{4}\d{10}$/;

export function findIbans(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(IBAN)) {
    // The greedy groups may have swallowed a following capitalised word; drop groups until it validates.
    let span = m[0];
    while (span.length >= 15) {
      const compact = span.replace(/\s+/g, '').toUpperCase();
      if (isValidIban(compact) || NL_SHAPE.test(compact)) {
        out.push({ start: m.index, end: m.index + span.length, kind: 'iban' });
        break;
      }
      span = span.replace(/ ?[A-Za-z0-9]{1,4}$/, '');
    }
  }
  return out;
}
