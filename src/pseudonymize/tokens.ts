export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital and is not an all-capitals abbreviation such as "AMW" or a speaker letter. */
  cap: boolean;
  /** First word of a sentence, line or label, where capitals say nothing about names. */
  initial: boolean;
}

// "'t" in "van 't Hek" is a particle of its own, apostrophe included.
const WORD = /(?<![\p{L}])['’]t(?![\p{L}])|\p{L}[\p{L}\p{M}'’-]*\p{L}|\p{L}/gu;
// "Sanne", "O'Connor", "IJsbrand" — but not "ID-kaart" or "AMW".
const CAPITALISED = /^(?:IJ|\p{Lu})(?:\p{Ll}|['’]\p{Lu}\p{Ll})/u;
const PLACEHOLDER = /\[[^\]\n]{1,40}\]/g;

export function tokenize(text: string): Token[] {
  const inside = [...text.matchAll(PLACEHOLDER)].map((m) => [m.index, m.index + m[0].length] as const);
  const out: Token[] = [];
  // Words and placeholders both come in text order, so one pointer walks the placeholders.
  let p = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    while (p < inside.length && inside[p]![1] <= start) p++;
    if (p < inside.length && start >= inside[p]![0]) continue;
    // "Tunde's father" is about Tunde: the possessive ending is not part of the name.
    const word = m[0].replace(/['’]s$/, '');
    const cap = CAPITALISED.test(word);
    out.push({ text: word, start, end: start + word.length, cap, initial: isInitial(text, start) });
  }
  return out;
}

function isInitial(text: string, start: number): boolean {
  let i = start - 1;
  let sawNewline = false;
  while (i >= 0 && /[\s"'‘“(«*•–-]/.test(text[i] ?? '')) {
    if (text[i] === '\n') sawNewline = true;
    i--;
  }
  if (i < 0 || sawNewline) return true;
  return /[.!?:;…=]/.test(text[i] ?? '');
}

/** Characters between two tokens, used to tell "Kevin Bakker" from "Kevin, Bakker". */
export function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** Token index by start offset, so a position found by a pattern finds its token without a scan. */
export function tokenIndex(toks: Token[]): Map<number, number> {
  return new Map(toks.map((t, i) => [t.start, i]));
}

/** A run of name words ("Ellen de Boer", "Van den Berg") with what the context said about it. */
export interface NameChain {
  start: number;
  end: number;
  tokens: Token[];
  /** Directly after a title such as "mevrouw" or "Mr": a surname on its own is meant. */
  titled: boolean;
  /** Introduced as a relative ("Moeder, mevrouw Koster"): a different person from a namesake. */
  relative: boolean;
  /** Set for "Peter" in "Meneer Dijkstra, Peter, ...": a first name added to the name just before. */
  apposed?: NameChain;
}
