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

/** Characters read to detect the language: enough for a verdict, and a 5 MB case costs no more than a page. */
const DETECT_SAMPLE = 20_000;
// E-mail and web addresses say nothing about the language, but "example" and "com" are English stop words.
const ADDRESS = /\S+@\S+|\b(?:https?:\/\/|www\.)\S+/gi;

/**
 * Guesses whether a text (or a sample of texts) is Dutch or English by which language's stop words it
 * uses more, reading at most its first 20,000 characters; Dutch wins ties, as Maatstaf's users mostly write
 * Dutch. The one language detector of the app: extraction, pseudonymisation and clustering all use it.
 */
export function detectLang(text: string): Lang {
  if (typeof text !== 'string') return 'nl';
  const nl = stopWords('nl');
  const en = stopWords('en');
  let score = 0;
  for (const { word } of tokenize(text.slice(0, DETECT_SAMPLE).replace(ADDRESS, ' '))) {
    if (nl.has(word) && !en.has(word)) score++;
    else if (en.has(word) && !nl.has(word)) score--;
  }
  return score >= 0 ? 'nl' : 'en';
}
