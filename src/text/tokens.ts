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

// Letters and digits, with inner apostrophes and hyphens kept ("cliënt's", "e-mail", "zo'n").
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    tokens.push({ word: foldWord(m[0]).replace(/’/g, "'"), surface: m[0], start, end: start + m[0].length });
  }
  return tokens;
}
