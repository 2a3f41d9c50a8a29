export type { Lang } from '../domain';

/** Lowercases and removes diacritics, so "cliënt", "Cliënt" and "client" become the same word. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export interface Token {
  /** Lowercased, diacritics removed. */
  word: string;
  /** The word as written, for rendering labels readably. */
  surface: string;
  start: number;
  end: number;
}

export interface Tok {
  /** The token as written. */
  s: string;
  /** Lowercased, for lookups. */
  l: string;
  start: number;
  end: number;
  word: boolean;
}

// Placeholders from pseudonymisation ("[CLIËNT 1]") stay one token; "'s" and "z'n" stay whole words.
const TOKEN = /\[[^\]\n]{1,40}\]|'s\b|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const WORDLIKE = /^[\p{L}\p{N}[']/u;

/**
 * The one tokenizer: words (letters and digits with inner apostrophes, hyphens and dots: "e-mail", "z'n",
 * "o.a"), "'s", pseudonymisation placeholders ("[CLIËNT 1]") as one token each, and single punctuation marks,
 * with their offsets, from `from` to `to`. Extraction reads sentences from it; content words are its words.
 */
export function scanTokens(text: string, from = 0, to = text.length): Tok[] {
  const toks: Tok[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  // Scans the whole text from `from` (no slicing), so a long text costs linear time, not per unit.
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    const s = m.index + m[0].length > to ? m[0].slice(0, to - m.index) : m[0];
    toks.push({ s, l: s.toLowerCase(), start: m.index, end: m.index + s.length, word: WORDLIKE.test(s) });
  }
  return toks;
}

/**
 * The words of a text for content analysis (stems, stop words, language): the word tokens of the one token
 * pattern above, without placeholders (they are not what the practitioner wrote), apart at inner dots ("o.a" is
 * "o" and "a") and without the apostrophe of "'s". Its own loop, since clustering calls it for every item.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (surface: string, start: number) =>
    tokens.push({ word: foldWord(surface).replace(/’/g, "'"), surface, start, end: start + surface.length });
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const s = m[0];
    if (s[0] === '[' || !WORDLIKE.test(s)) continue;
    const lead = s[0] === "'" ? 1 : 0;
    if (lead === 0 && !s.includes('.')) {
      push(s, m.index);
      continue;
    }
    let start = m.index + lead;
    for (const part of s.slice(lead).split('.')) {
      if (part) push(part, start);
      start += part.length + 1;
    }
  }
  return tokens;
}
