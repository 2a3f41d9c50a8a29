import SHORT_FORMS from './short-forms.json';
/**
 * Word forms of a name that still point to the same person: the Dutch genitive without apostrophe
 * ("Jaydens", "Esthers") and Dutch diminutives ("Fleurtje", "Basje", "Lotje" for Lotte, "Willempje",
 * "Annetje" and "Anneke" for Anna). The apostrophe forms ("Jayden's", "Kees'") are split off by the tokenizer.
 */

// Longest first, so "etje" is tried before "tje" and "je".
const DIMINUTIVE = ['etje', 'pje', 'tje', 'je', 'ke'];

/** The stem that a name and its diminutive share: final vowels dropped, a doubled final consonant single. */
export function nameStem(name: string): string {
  const bare = name.toLowerCase().replace(/[aeiouy]+$/u, '');
  return bare.replace(/([^aeiouy])\1$/u, '$1');
}

/** The genitive base of a word ("Jaydens" → "Jayden"), or undefined when the word has no genitive -s. */
export function genitiveBase(word: string): string | undefined {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : undefined;
}

/** Stems the word could be a diminutive of; empty when it has no diminutive ending. */
export function diminutiveStems(word: string): string[] {
  const out: string[] = [];
  const w = word.toLowerCase();
  for (const suffix of DIMINUTIVE) {
    if (!w.endsWith(suffix)) continue;
    const stem = nameStem(w.slice(0, -suffix.length));
    // Three letters at least, so "Beetje" at the start of a sentence is not a diminutive of "Bo".
    if (stem.length >= 3) out.push(stem);
  }
  return out;
}

// English pet-name endings: "Danny" for Daniel, "Vicky" for Victoria, "Charlie" for Charlotte.
const PET = /(?:ie|ey|y)$/u;

/**
 * The stems a lone word could be a short form of: the word itself ("Jay" for Jayden, "Bas" for Bastiaan)
 * and the word without a pet-name ending ("Danny" → "dan"). Three letters at least, so no two-letter word
 * and no initial is read as a short form.
 */
export function shortFormStems(word: string): string[] {
  const w = word.toLowerCase();
  const out = w.length >= 3 ? [w] : [];
  if (PET.test(w)) {
    const base = w.replace(PET, '');
    // "Vicky" for Victoria: a "ck" before the ending is the "c" of the full name.
    for (const stem of [nameStem(base), base.replace(/ck$/u, 'c')])
      if (stem.length >= 3 && !out.includes(stem)) out.push(stem);
  }
  return out;
}

/**
 * The one person among the given first names of whom the word is a short form (a longer first name that
 * starts with one of its stems), or undefined when none or more than one person fits.
 */
export function shortFormOwner(
  word: string,
  firstNames: ReadonlyArray<readonly [string, number]>,
): number | undefined {
  const stems = shortFormStems(word);
  if (!stems.length) return undefined;
  const owners = new Set<number>();
  for (const [first, person] of firstNames) {
    const f = first.toLowerCase();
    if (f.length > word.length - 1 && f !== word.toLowerCase() && stems.some((s) => f.startsWith(s)))
      owners.add(person);
  }
  return owners.size === 1 ? [...owners][0] : undefined;
}

/** Full first names by each of their common short forms ("kees" → cornelis), lower case. */
const FULL_BY_SHORT: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [full, shorts] of Object.entries(SHORT_FORMS as Record<string, string | string[]>)) {
    if (full.startsWith('_') || !Array.isArray(shorts)) continue;
    for (const s of shorts) map.set(s, [...(map.get(s) ?? []), full]);
  }
  return map;
})();

/**
 * The one person whose first name is a full form of the word by the lexicon of hypocoristic forms
 * ("Kees" for Cornelis, "Bep" for Elisabeth, "Bill" for William), or undefined when none or more than one fits.
 */
export function lexiconOwner(
  word: string,
  firstNames: ReadonlyArray<readonly [string, number]>,
): number | undefined {
  const fulls = FULL_BY_SHORT.get(word.toLowerCase());
  if (!fulls) return undefined;
  const owners = new Set<number>();
  for (const [first, person] of firstNames)
    if (fulls.includes(first.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''))) owners.add(person);
  return owners.size === 1 ? [...owners][0] : undefined;
}

/**
 * A two-letter short form ("Mo" for Mohamed, "Jo" for Johanna): a capital and a small letter that start the
 * first name of exactly one person, that name being at least four letters long.
 */
export function twoLetterOwner(
  word: string,
  firstNames: ReadonlyArray<readonly [string, number]>,
): number | undefined {
  if (!/^\p{Lu}\p{Ll}$/u.test(word)) return undefined;
  const w = word.toLowerCase();
  const owners = new Set<number>();
  for (const [first, person] of firstNames) {
    const f = first.toLowerCase();
    if (f.length >= 4 && f.startsWith(w)) owners.add(person);
  }
  return owners.size === 1 ? [...owners][0] : undefined;
}
