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
