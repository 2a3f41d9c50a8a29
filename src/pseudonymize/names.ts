import { isFirstName } from './first-names';
import {
  NAME_OR_MONTH,
  ORG_AFTER,
  PARTICLES,
  RELATION_CUES,
  TITLES,
  isCommonWord,
  isNotName,
  isRoleWord,
} from './lexicon';
import { recurringNames, speakerNames } from './recurring';
import { gap, tokenIndex, type NameChain, type Token } from './tokens';

const isParticle = (t: Token): boolean => PARTICLES.has(t.text.toLowerCase());

/** Could be part of a name, judged on the word alone. First names win over the stop-word lists mid-sentence. */
export function nameWord(t: Token): boolean {
  if (!t.cap || isNotName(t.text) || t.text.length < 2) return false;
  if (isFirstName(t.text)) return !t.initial || !isCommonWord(t.text);
  return !isCommonWord(t.text);
}

const joined = (text: string, a: Token, b: Token): boolean => gap(text, a, b) === ' ';

/** Index of the last token of the name starting at `i`, or -1 when no name can start there. */
export function chainEnd(text: string, toks: Token[], i: number, lenient = false): number {
  const first = toks[i];
  if (!first || !first.cap) return -1;
  const firstOk = nameWord(first) || (lenient && !first.initial && !isNotName(first.text));
  if (!firstOk && !isParticle(first)) return -1;
  let end = firstOk && !isParticle(first) ? i : -1;
  let k = i;
  for (;;) {
    let p = k + 1;
    // Up to three particles ("van der", "in 't") may bridge to the next name word.
    while (p - k <= 3 && toks[p] && isParticle(toks[p]!) && joined(text, toks[p - 1]!, toks[p]!)) p++;
    const next = toks[p];
    if (!next || !joined(text, toks[p - 1]!, next) || !nameWord(next) || isParticle(next)) break;
    end = p;
    k = p;
  }
  return end;
}

function makeChain(toks: Token[], i: number, j: number, titled = false, relative = false): NameChain {
  const tokens = toks.slice(i, j + 1);
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens, titled, relative };
}

const ROLES =
  'moeder|vader|zoon|dochter|cliënt|client|maatschappelijk|hulpverlener|onderzoeker|mentor|mother|father|son|daughter|youth worker|social worker|probation|researcher|practitioner|interviewer';
// "Milan (geb. ...)", "Daan (6)", "Jayden Koster (J, 17 jaar", "Karin Mulder, maatschappelijk werker".
const ROLE_AFTER = new RegExp(
  `^(?: ?\\((?:\\d{1,2}(?:[,;)]| jaar| years?|[-/.]\\d)|geb\\b|geboren|born|dob\\b|age\\b|leeftijd|[A-Z]{1,3}[,)]|${ROLES})|,? (?:\\d{1,2} (?:jaar|years)|aged? \\d|${ROLES}))`,
  'u',
);
const LABEL_BEFORE =
  /(?:^|\n)\s*[A-Z]{1,3} ?= ?$|(?:written by|geschreven door|interview(?:ed)? (?:met|with)|aanwezig:?|present:?|deelnemers:?|participants:?|genaamd|heet|named|called|naam is|name is|ik ben|i am|i'm|this is|hoi|hallo|hi|hey|beste|dear) ?$/iu;
// Form fields that hold a person's name: "Naam: ...", "Name: ...", "Betreft: ...", "Next of kin: ...".
const FIELD_BEFORE =
  /(?:^|\n)[ \t]*(?:naam|volledige naam|name|full name|cliënte?|client|betreft|re|subject|contactpersoon|next of kin|behandelaar|verwijzer|referrer|respondent|author|auteur)[ \t]*:[ \t]*$/iu;
const labelled = (before: string): boolean => LABEL_BEFORE.test(before) || FIELD_BEFORE.test(before);
// Initials, perhaps with a bracketed first name and lower-case particles, vouch for the surname after them: "A.J. Roos-Kok", "J.W. van 't Hek".
const INITIALS_BEFORE =
  /(?<![\p{L}\p{N}])(?:\p{Lu}\.[ \t]?){1,4}(?:\(\p{Lu}[\p{L}'’-]*\) )?(?:(?:van|de|der|den|het|'t|’t|ter|ten|te|el|al|la|le|du|da|von) )*$/u;
const APPOSITIVE_AFTER = /^, ?(?:die|wie|who|whom|that|which)\b|^\?/u;

const isTitle = (t: Token): boolean => TITLES.has(t.text.toLowerCase());

/** Finds name chains in the text by the context around capitalised words. */
export function findNameChains(text: string, toks: Token[]): NameChain[] {
  const out: NameChain[] = [];
  const lower = new Set(toks.filter((t) => !t.cap).map((t) => t.text));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap) continue;
    const relative = relationBefore(text, toks, i);
    const month = monthNameChain(text, toks, i, relative);
    if (month) {
      out.push(month);
      i = toks.indexOf(month.tokens.at(-1)!);
      continue;
    }
    const j = chainEnd(text, toks, i, relative);
    if (j < 0 || partOfLongerName(text, toks, i, j)) continue;
    // "16-09 Stukken Wil doorgenomen": a word that opens a sentence or a dated line and that the text also
    // writes in lower case is an ordinary word, not the first part of the name after it.
    if (j > i && !relative && !isFirstName(t.text) && lower.has(t.text.toLowerCase()) && lineOpening(text, t))
      continue;
    const before = text.slice(Math.max(0, t.start - 40), t.start);
    const after = text.slice(toks[j]!.end, toks[j]!.end + 40);
    const prev = toks[i - 1];
    const initialled = INITIALS_BEFORE.test(before) && nameWord(t);
    const titled = initialled || (!!prev && isTitle(prev) && /^\.? $/.test(gap(text, prev, t)));
    const multi = j > i;
    const accept =
      titled ||
      relative ||
      (isFirstName(t.text) && nameWord(t)) ||
      (multi && !t.initial) ||
      (multi && isFirstName(t.text)) ||
      labelled(before) ||
      ROLE_AFTER.test(after) ||
      (/\($/.test(before) && /^\)/.test(after)) ||
      (!t.initial && /, ?$/.test(before) && APPOSITIVE_AFTER.test(after)) ||
      (/, ?$/.test(before) && /^\?/.test(after)) ||
      (/, $/.test(before) && out.at(-1)?.end === t.start - 2 && /^[,)]/.test(after));
    // "De Regenboog", "Het Baken": a capitalised particle opens institution names unless a title or role vouches.
    const particleOnly =
      isParticle(t) && !titled && !relative && !labelled(before) && !ROLE_AFTER.test(after);
    const organisation = !titled && !relative && !isFirstName(t.text) && ORG_AFTER.test(after);
    if (!accept || particleOnly || organisation) continue;
    let from = i;
    while (initialled && toks[from - 1] && isParticle(toks[from - 1]!) && !toks[from - 1]!.cap) from--;
    const chain = makeChain(toks, from, j, titled, relative && titled);
    const last = out.at(-1);
    if (
      j === i &&
      last?.end === t.start - 2 &&
      /^, $/.test(text.slice(last.end, t.start)) &&
      /^[,)]/.test(after)
    ) {
      chain.apposed = last;
    }
    out.push(chain);
    i = j;
  }
  const known = new Set(out.map((c) => c.start));
  const extra = [...recurringNames(text, toks), ...speakerNames(text, toks)].filter(
    (c) => !known.has(c.start),
  );
  return withCoordinated(
    text,
    toks,
    [...out, ...extra].sort((a, b) => a.start - b.start),
  );
}

/**
 * "St Mary's Primary School", "Sociale Dienst Drechtsteden": capitalised words glued to an institution word
 * or to a capitalised word that is neither a title nor a sentence opener belong to that other name.
 */
function partOfLongerName(text: string, toks: Token[], i: number, j: number): boolean {
  const prev = toks[i - 1];
  const next = toks[j + 1];
  if (next && next.cap && joined(text, toks[j]!, next) && isNotName(next.text) && !isTitle(next)) return true;
  if (!prev || !prev.cap || !joined(text, prev, toks[i]!) || isTitle(prev) || isRoleWord(prev.text))
    return false;
  return isNotName(prev.text) || (!isCommonWord(prev.text) && !nameWord(prev));
}

/** "zijn zoon Mark", "her mum, Lisa", "Kinderen: Daan", "gezin Bakker". */
function relationBefore(text: string, toks: Token[], i: number): boolean {
  for (let back = 1; back <= 3; back++) {
    const p = toks[i - back];
    if (!p) return false;
    const between = text.slice(p.end, toks[i - back + 1]!.start);
    const w = p.text.toLowerCase();
    const isTitleWord = TITLES.has(w) || TITLES.has(`${w}.`);
    if (!/^[ ,:]{1,3}$/.test(between) && !(isTitleWord && /^\. $/.test(between))) return false;
    if (RELATION_CUES.has(w) || isRoleWord(w) || w === 'gezin' || w === 'familie' || w === 'family')
      return true;
    if (!isTitleWord) return false;
  }
  return false;
}

/** "Daan (6) en Lotte (3)", "Bakker/El Idrissi": the other side of a coordination with a name is a name too. */
function withCoordinated(text: string, toks: Token[], chains: NameChain[]): NameChain[] {
  const out = [...chains];
  const starts = new Set(chains.map((c) => c.start));
  const at = tokenIndex(toks);
  for (const c of chains) {
    const rest = text.slice(c.end, c.end + 16);
    const m = /^(?: ?\([^)]{1,12}\))?(?: (?:en|and|of|or|&) |\/)/u.exec(rest);
    if (!m) continue;
    const i = at.get(c.end + m[0].length) ?? -1;
    if (i < 0 || starts.has(toks[i]!.start)) continue;
    const j = chainEnd(text, toks, i);
    if (j >= 0) out.push(makeChain(toks, i, j));
  }
  return out.sort((a, b) => a.start - b.start);
}

// Beside a number a month name is a date: "12 Jan", "Jan 2024", "jan. 2025".
const NUMBER_BEFORE = /\d[ \t]*$/u;
const NUMBER_AFTER = /^\.?[ \t]*(?:\d|'\d)/u;

/**
 * "Jan" and other first names that are also months: a name where the context says so, being before a surname
 * ("Jan de Vries"), after a title or relation noun ("meneer Jan", "haar broer Jan") or the subject of a verb
 * ("Jan belt", "en Jan zegt"); never beside a number, where it is a date.
 */
function monthNameChain(text: string, toks: Token[], i: number, relative: boolean): NameChain | undefined {
  const t = toks[i]!;
  if (!NAME_OR_MONTH.has(t.text.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return undefined;
  if (NUMBER_BEFORE.test(text.slice(Math.max(0, t.start - 3), t.start))) return undefined;
  if (NUMBER_AFTER.test(text.slice(t.end, t.end + 4))) return undefined;
  let k = i + 1;
  while (k - i <= 3 && toks[k] && isParticle(toks[k]!) && joined(text, toks[k - 1]!, toks[k]!)) k++;
  const next = toks[k];
  if (next && joined(text, toks[k - 1]!, next) && nameWord(next) && !isParticle(next)) {
    const j = chainEnd(text, toks, k);
    if (j >= 0) return makeChain(toks, i, j);
  }
  const prev = toks[i - 1];
  const titled = !!prev && isTitle(prev) && /^\.? $/.test(gap(text, prev, t));
  // A subject: a lower-case word follows directly, as a verb does ("Jan belt", "Jan heeft").
  // "May we …" is a question, not a subject: the English modal verb is left out.
  const subject =
    t.text !== 'May' &&
    next === toks[i + 1] &&
    !!next &&
    !next.cap &&
    /^ \p{Ll}/u.test(text.slice(t.end, t.end + 2));
  if (titled || relative || subject) return makeChain(toks, i, i, titled, relative && titled);
  return undefined;
}

const DATED_LINE = /(?:^|\n)[ \t]*\d{1,4}(?:[-/.]\d{1,4}){1,2}[ \t:–-]*$/u;

/** Whether a word opens a sentence or a line after a date stamp ("16-09 …", "11-03-2026 …"). */
function lineOpening(text: string, t: Token): boolean {
  return t.initial || DATED_LINE.test(text.slice(Math.max(0, t.start - 16), t.start));
}
