import type { Candidate } from './types';

// Dutch postcodes never use the letter pairs SA, SD and SS.
const NL_POSTCODE = /(?<![\p{L}\p{N}])[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\p{N}])/gu;
const UK_POSTCODE = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\p{L}\p{N}])/gu;

// "In 2019 AB ..." is a year followed by initials, not a postcode in the 2000s range.
const YEARISH = /^(?:19|20)\d\d/;
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:in|sinds|vanaf|tot|van|jaar|year|since|from|until)\s+$/iu;

export function findPostcodes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [NL_POSTCODE, UK_POSTCODE]) {
    for (const m of text.matchAll(re)) {
      if (YEARISH.test(m[0]) && YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'postcode' });
    }
  }
  return out;
}

const NL_STREET =
  '(?:straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|dreef|steeg|markt|plantsoen|wal|erf|allee|baan|ring|park|veld|weide|burg|berg|hoek|zijde|hout|haven|poort|kamp|wijk|straatweg|boulevard|promenade|akker|donk|polder|dam)';
const CAP = "\\p{Lu}[\\p{L}'’-]*";
// A number followed by a unit or month is a quantity or a date, not a house number ("Amsterdam 12 maart").
const NOT_QUANTITY =
  '(?! ?(?:jaar|dagen|dag|weken|week|maanden|uur|keer|euro|minuten|kinderen|years|days|weeks|months|hours|times|%|jan|feb|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec))';
const PARTICLE = "(?:van|de|der|den|het|'t|ter|ten|te|op|aan|in|bij|over|voor|achter|tussen|la|le|du)";
// Before a street word only the particles of names may stand: "op", "aan" or "bij" there is the preposition
// of a sentence ("Rob de Vries op Hoofdweg 8"), and the name before it is a person, not part of the street.
const NAME_PARTICLE = "(?:van|de|der|den|het|'t|ter|ten|te|la|le|du)";
const HOUSE_NO =
  '\\d{1,5}(?:[ -]?[a-zA-Z](?![\\p{L}]))?(?:[-/]\\d{1,4}(?![\\p{L}]))?(?:[ -]?(?:hs|bis|huis|I{1,3})(?![\\p{L}]))?';

// A short capitalised word with a dot abbreviates a title in a street name: "Burg.", "Dr.", "Prof.", "Kon.".
const ABBREV = '\\p{Lu}\\p{Ll}{0,3}\\.';
// "Kerkstraat 12a", "Van Baerlestraat 4", "Burgemeester de Withstraat 4-2", "Burg. de Withstraat 3 bis"
const NL_SUFFIXED = new RegExp(
  `(?<![\\p{L}])(?:(?:${CAP}|${ABBREV}) (?:${NAME_PARTICLE} )*)*\\p{Lu}[\\p{L}-]*${NL_STREET} ${HOUSE_NO}(?![\\p{N}])${NOT_QUANTITY}`,
  'gu',
);
// "Laan van Meerdervoort 45", "Oude Gracht 12", "Plein 1944 3" style names that start with the street word.
const NL_PREFIXED = new RegExp(
  `(?<![\\p{L}])(?:(?:Oude|Nieuwe|Korte|Lange|Hoge|Lage|Eerste|Tweede|Derde|Grote|Kleine) )?(?:Laan|Straat|Weg|Plein|Kade|Gracht|Singel|Dijk|Markt|Dreef|Hof|Singel)(?: (?:${PARTICLE} )*${CAP})* ${HOUSE_NO}(?![\\p{N}])${NOT_QUANTITY}`,
  'gu',
);
const EN_STREET =
  '(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Place|Pl|Court|Ct|Crescent|Gardens|Terrace|Square|Hill|Grove|Row|Walk|Park|Mews|Parade|Rise|View|Green|Boulevard|Blvd)';
// "12 High Street", "27b Carver St."
const EN_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,5}[a-zA-Z]?,? (?:${CAP} ){1,3}${EN_STREET}(?![\\p{L}])\\.?`,
  'gu',
);

// A post-office box is where the person's mail goes: "Postbus 1187", "P.O. Box 52".
const PO_BOX = /(?<![\p{L}])(?:Postbus|Antwoordnummer|P\.? ?O\.? Box)[ \t]+\d{1,6}(?![\p{N}])/giu;

export function findAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [NL_SUFFIXED, NL_PREFIXED, EN_ADDRESS, PO_BOX]) {
    for (const m of text.matchAll(re)) {
      const span = m[0].replace(/\.$/, (dot) => (/(?:St|Rd|Ave|Ln|Dr|Pl|Ct|Blvd)\.$/.test(m[0]) ? dot : ''));
      out.push({ start: m.index, end: m.index + span.length, kind: 'address' });
    }
  }
  return out;
}
