import { isFirstName } from './first-names';
import { ORG_AFTER, isCommonWord, isNotName } from './lexicon';
import type { NameChain } from './tokens';
import { tokenIndex, type Token } from './tokens';

const CAP_RUN = /^(?: \p{Lu}[\p{L}'’-]*)*/u;
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|naar|uit|te|vanuit|richting|from|to|at|near|into|via)\s+$/iu;

// A town sits after a Dutch postcode ("5042 KL Tilburg") and before a British one ("Salford M6 8DJ").
const NL_POSTCODE_BEFORE = /[1-9]\d{3} ?[A-Z]{2},? $/;
const UK_POSTCODE_AFTER = /^,? [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/;

function besidePostcode(text: string, t: Token): boolean {
  return (
    NL_POSTCODE_BEFORE.test(text.slice(Math.max(0, t.start - 9), t.start)) ||
    UK_POSTCODE_AFTER.test(text.slice(t.end, t.end + 12))
  );
}

/**
 * Capitalised words the context did not explain but the whole text does: a word that recurs, is capitalised
 * also mid-sentence, is never written in lower case and never follows a place preposition ("in Roemenië")
 * is taken as a first name.
 */
export function recurringNames(text: string, toks: Token[]): NameChain[] {
  const byWord = new Map<string, Token[]>();
  const lower = new Set<string>();
  for (const t of toks) {
    if (!t.cap) lower.add(t.text);
    else {
      const list = byWord.get(t.text);
      if (list) list.push(t);
      else byWord.set(t.text, [t]);
    }
  }
  const out: NameChain[] = [];
  for (const [word, ts] of byWord) {
    if (ts.length < 2 || word.length < 3 || lower.has(word.toLowerCase())) continue;
    if (isNotName(word) || (isCommonWord(word) && !isFirstName(word))) continue;
    if (ts.some((t) => ORG_AFTER.test(text.slice(t.end, t.end + 80).replace(CAP_RUN, '')))) continue;
    if (ts.some((t) => besidePostcode(text, t))) continue;
    const mid = ts.filter((t) => !t.initial);
    if (
      mid.length === 0 ||
      mid.some((t) => PLACE_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)))
    )
      continue;
    for (const t of ts) out.push({ start: t.start, end: t.end, tokens: [t], titled: false, relative: false });
  }
  return out;
}

const SPEAKER = /^[ \t]*(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)[ \t]*:/gmu;

/** Transcript speaker labels written as names ("Sanne: Ik ...") that open at least two lines. */
export function speakerNames(text: string, toks: Token[]): NameChain[] {
  const seen = new Map<string, number>();
  for (const m of text.matchAll(SPEAKER)) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1);
  const out: NameChain[] = [];
  const at = tokenIndex(toks);
  for (const m of text.matchAll(SPEAKER)) {
    const label = m[1]!;
    const words = label.split(' ');
    if ((seen.get(label) ?? 0) < 2 || words.some((w) => isNotName(w) || isCommonWord(w))) continue;
    const start = m.index + m[0].indexOf(label);
    const tokens: Token[] = [];
    for (let i = at.get(start) ?? toks.length; toks[i] && toks[i]!.end <= start + label.length; i++)
      tokens.push(toks[i]!);
    out.push({ start, end: start + label.length, tokens, titled: false, relative: false });
  }
  return out;
}
