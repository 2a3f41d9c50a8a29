import type { Candidate } from './types';

const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'january|february|march|may|june|july|august|october|' +
  'jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\\.?';
const DATE =
  `(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)?\\d{2}|\\d{4}-\\d{2}-\\d{2}|` +
  `\\d{1,2}(?:st|nd|rd|th|e)? (?:of )?${MONTH},? \\d{4}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})`;
const CUE =
  '(?:geboren|geb\\.?|geboortedatum|geb\\.?datum|geboortedag|born|date of birth|birth date|birthdate|d\\.o\\.b\\.?|dob)';

// The cue, then up to three words on the same line ("op", "van de cliënt:", "in Tilburg op"), then the date.
const CUED = new RegExp(
  `(?<![\\p{L}])${CUE}(?![\\p{L}])[ \\t:,(]*(?:[\\p{L}'’]+[ \\t:,]+){0,3}(${DATE})(?![\\p{N}])`,
  'giu',
);
// The genealogical star and the Belgian degree sign mark a birth: "(* 12 mei 1990)", "°03/03/1985".
const MARKED = new RegExp(`(?<![\\p{L}\\p{N}*])[*°] ?(${DATE})(?![\\p{N}])`, 'giu');
// "Jayden (17, 02-11-2007)": a full date in brackets straight after a capitalised word reads as a birth date.
const AFTER_NAME = new RegExp(`\\p{Lu}\\p{Ll}+ \\((?:\\d{1,2}(?: jaar| years?)?, ?)?(${DATE})\\)`, 'gu');

export function findBirthdates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [CUED, MARKED, AFTER_NAME]) {
    for (const m of text.matchAll(re)) {
      const date = m[1] ?? '';
      const start = m.index + m[0].lastIndexOf(date);
      out.push({ start, end: start + date.length, kind: 'birthdate' });
    }
  }
  return out;
}
