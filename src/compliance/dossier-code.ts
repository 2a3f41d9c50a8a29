import { findPii, isValidBsn } from '../pseudonymize';

export type PersonalDataKind = 'name' | 'bsn' | 'birthdate';

const MONTHS =
  'jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec|januari|februari|maart|april|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october';
const DATE = new RegExp(
  [
    String.raw`\b\d{1,2}[-/.]\d{1,2}[-/.](19|20)?\d{2}\b`,
    String.raw`\b(19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b`,
    String.raw`\b\d{1,2}\s*(${MONTHS})\.?\s*(19|20)\d{2}\b`,
    String.raw`\b[0-3]\d[01]\d(19|20)\d{2}\b`,
  ].join('|'),
  'i',
);

/**
 * Why a dossier reference code looks like client data, or null. Reference codes are meant to be meaningless
 * numbers such as "D-2024-031"; a code without any digit reads as a name, nine digits as a BSN, a date as a
 * date of birth. Deliberately strict: a false alarm costs a retyped code, a leaked name cannot be undone.
 */
export function personalDataIn(code: string): PersonalDataKind | null {
  const c = code.trim();
  const digits = c.replace(/\D/g, '');
  if (/(^|\D)\d{9}(\D|$)/.test(c.replace(/[\s.]/g, '')) || (digits.length === 9 && isValidBsn(digits)))
    return 'bsn';
  if (DATE.test(c)) return 'birthdate';
  if (!/\d/.test(c)) return 'name';
  const kinds = findPii(c).map((r) => r.kind);
  if (kinds.includes('bsn')) return 'bsn';
  if (kinds.includes('birthdate')) return 'birthdate';
  if (kinds.includes('name')) return 'name';
  // Letters that read as a surname next to a number, e.g. "Jansen 3" or "de Vries-2".
  if (
    /[A-Za-zÀ-ÿ]{4,}/.test(c) &&
    /[A-ZÀ-Þ][a-zß-ÿ]{3,}/.test(c) &&
    !/^(dossier|casus|gesprek|opname|case)\b/i.test(c)
  )
    return 'name';
  return null;
}
