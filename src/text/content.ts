import { stem } from './stem';
import { stopWords } from './stopwords';
import { tokenize, type Lang } from './tokens';

export interface ContentTerm {
  stem: string;
  /** The word as written in the text; used to render stems readably in labels. */
  surface: string;
}

function isContentWord(word: string, stops: Set<string>): boolean {
  return word.length > 1 && !/^\d+$/.test(word) && !stops.has(word);
}

/** Content words of a text with their stems, in text order (repeats kept, so counts are term frequencies). */
export function contentTerms(text: string, lang: Lang): ContentTerm[] {
  const stops = stopWords(lang);
  const terms: ContentTerm[] = [];
  for (const token of tokenize(text)) {
    if (!isContentWord(token.word, stops)) continue;
    const s = stem(token.word, lang);
    if (!stops.has(s)) terms.push({ stem: s, surface: token.surface.toLowerCase() });
  }
  return terms;
}

/**
 * The shared representation of a text for merging and clustering: stems of its content words, in order,
 * repeats kept. Lowercased, diacritics removed, stop words (general and domain) dropped.
 */
export function contentStems(text: string, lang: Lang): string[] {
  return contentTerms(text, lang).map((t) => t.stem);
}

/**
 * Guesses whether a text (or a sample of texts) is Dutch or English by which language's stop words it
 * uses more; Dutch wins ties, as Maatstaf's users mostly write Dutch.
 */
export function detectLang(text: string): Lang {
  const nl = stopWords('nl');
  const en = stopWords('en');
  let score = 0;
  for (const { word } of tokenize(text)) {
    if (nl.has(word) && !en.has(word)) score++;
    else if (en.has(word) && !nl.has(word)) score--;
  }
  return score >= 0 ? 'nl' : 'en';
}
