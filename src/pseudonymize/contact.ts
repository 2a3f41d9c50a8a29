import type { Candidate } from './types';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export function findEmails(text: string): Candidate[] {
  return [...text.matchAll(EMAIL)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: 'email',
  }));
}

// International numbers: +CC or 00CC, then digit groups with single separators; "(0)" is common in NL.
const INTL = /(?<![\p{L}\p{N}+])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\(0\))?(?:[ .\-/]?\d){6,12}(?![\p{N}])/gu;
// National numbers start with a single 0 (06-12345678, 020-1234567, 07700 900461).
// "010 - 123 45 67": a dash set apart by spaces after the area code counts as one separator.
const NATIONAL = /(?<![\p{L}\p{N}+\-/.])0[1-9](?:(?: [-–] |[ .\-/])?\(?\d\)?){8,9}(?![\p{N}])/gu;
const DATE_START = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/;
// "06.12.34.56.78", "06-12-34-56-78": five pairs start like a date but no date goes on that long.
const PAIRS = /^0\d([ .-])\d\d(?:\1\d\d){3}$/;

/** Dutch, UK and international phone numbers; dates that happen to start with 0 are left alone. */
export function findPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(INTL))
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'phone' });
  for (const m of text.matchAll(NATIONAL)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 10 || digits.length > 11) continue;
    if (DATE_START.test(m[0]) && !PAIRS.test(m[0])) continue;
    // A separator run such as "06 - 1234" or two grouped numbers in a list should not pass as one number.
    if ((m[0].match(/ [-–] /g) ?? []).length > 1) continue;
    if ((m[0].replace(/ [-–] /g, '-').match(/[ .\-/]/g) ?? []).length > 4) continue;
    // "(020) 671 23 45": the bracket that opens the area code goes with the number.
    const opened = text[m.index - 1] === '(' && /^0\d{1,4}\)/.test(m[0]) ? 1 : 0;
    const closing = !opened && m[0].endsWith(')') ? 1 : 0;
    out.push({ start: m.index - opened, end: m.index + m[0].length - closing, kind: 'phone' });
  }
  return out;
}
