import { scanTokens, type Tok } from '../text/tokens';

export { scanTokens as tokenize, type Tok } from '../text/tokens';

export interface Sentence {
  start: number;
  end: number;
  toks: Tok[];
}

const ABBREVIATIONS = new Set([
  'mw',
  'dhr',
  'mevr',
  'geb',
  'tel',
  'bijv',
  'bv',
  'o.a',
  'e.d',
  'ca',
  'nr',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jl',
  'a.s',
  'i.v.m',
  'm.b.t',
  'z.s.m',
  'evt',
  'incl',
  'excl',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'resp',
  'ivm',
]);

/** Splits the text between from and to into sentences: at line breaks and at . ! ? before a capital. */
export function splitSentences(text: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  const toks = scanTokens(text, from, to);
  let cur: Tok[] = [];
  const flush = () => {
    const first = cur.find((t) => t.word) ? cur[0] : undefined;
    const last = cur.at(-1);
    if (first && last) out.push({ start: first.start, end: last.end, toks: cur });
    cur = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = cur.at(-1);
    if (prev && text.slice(prev.end, t.start).includes('\n')) flush();
    cur.push(t);
    if (t.s !== '.' && t.s !== '!' && t.s !== '?' && t.s !== ';') continue;
    let j = i + 1;
    while (j < toks.length && /^["'”’)]$/.test(toks[j]!.s)) cur.push(toks[j++]!);
    const next = toks[j];
    if (!next) continue;
    if (t.s === ';') continue;
    const before = toks[i - 1];
    if (t.s === '.' && before && (ABBREVIATIONS.has(before.l) || /^\d+$/.test(before.s))) {
      if (!/^[\p{Lu}]/u.test(next.s) || ABBREVIATIONS.has(before.l)) continue;
    }
    if (/^[\p{Lu}\d"'“‘([]/u.test(next.s) || text.slice(t.end, next.start).includes('\n')) {
      i = j - 1;
      flush();
    }
  }
  flush();
  return out;
}

/** Rebuilds readable text from tokens: no space before closing punctuation, none after an opening one. */
export function joinTokens(words: string[]): string {
  let out = '';
  for (const w of words) {
    if (!w) continue;
    if (out === '' || /^[.,;:!?)\]}%/]/.test(w) || /[([{/]$/.test(out) || (w === "'" && /s$/.test(out)))
      out += w;
    else out += ' ' + w;
  }
  return out;
}
