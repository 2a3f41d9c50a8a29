import type { Tok } from './segment';
import { baseOfPast, isIrregularForm } from './verbs-en';

export type Kind = 'P' | 'SUB' | 'ELL' | 'LIST' | 'O';
export interface Chunk {
  toks: Tok[];
  kind: Kind;
  subj?: number;
  subjEnd?: number;
}

const PREP = /^(with|to|for|of|by|from|at|on|in|about|without|and)$/;

/** "The (social) worker" or "the practitioner" as subject: the practitioner told in the third person. */
function practitionerNoun(toks: Tok[]): [number, number] | undefined {
  for (let i = 0; i < toks.length - 1; i++) {
    if (toks[i]!.l !== 'the' || PREP.test(toks[i - 1]?.l ?? '')) continue;
    const a = toks[i + 1]!.l;
    const b = toks[i + 2]?.l ?? '';
    if (/^(practitioner|worker|caseworker|coach|keyworker)$/.test(a) && b !== 'of') return [i, i + 1];
    if (/^(social|youth|case|key|support|probation)$/.test(a) && /^(worker|officer)$/.test(b))
      return [i, i + 2];
  }
  return undefined;
}

export const PRACT = /^(i|we|i'd|we'd|i've|we've|i'm|we're|i'll|we'll)$/;
const OTHER_SUBJ = /^(he|she|they|you|it|there|he'd|she'd|they'd|his|her|their)$/;
const SUBORD =
  /^(that|what|who|whom|where|how|whether|if|because|when|while|before|after|until|unless|which|as|since|though|although|why|so)$/;
export const COORD = /^(and|but|so|then)$/;
const PUNCT = new Set([',', ';', ':', '(', ')', '–', '—']);

function verbBase(t: Tok | undefined): string | null {
  if (!t?.word) return null;
  return baseOfPast(t.l);
}

export function splitChunks(toks: Tok[]): Tok[][] {
  const out: Tok[][] = [];
  let cur: Tok[] = [];
  const push = () => {
    if (cur.some((t) => t.word)) out.push(cur);
    cur = [];
  };
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1];
    if (t.s === '(' && depth++ === 0) {
      push();
      cur.push(t);
      continue;
    }
    if (depth > 0) {
      cur.push(t);
      if (t.s === ')' && --depth === 0) push();
      continue;
    }
    if (PUNCT.has(t.s)) {
      cur.push(t);
      push();
      continue;
    }
    if (cur.length && t.word) {
      const clauseAfter =
        !!next &&
        (PRACT.test(next.l) ||
          OTHER_SUBJ.test(next.l) ||
          (verbBase(next) !== null &&
            /ed$|^(wrote|went|told|met|kept|put|set|rang|spoke|sent|gave|took|made|said|did)$/.test(next.l)));
      const thatDet = t.l === 'that' && next && !/^(i|we|he|she|they|it|you|the|this|there)$/.test(next.l);
      if ((SUBORD.test(t.l) && !thatDet && !prepositionalPhrase(toks, i)) || (COORD.test(t.l) && clauseAfter))
        push();
    }
    cur.push(t);
  }
  push();
  return out;
}

/** "Before the meeting I helped her": a preposition opening the main clause, not a subordinate clause. */
function prepositionalPhrase(toks: Tok[], i: number): boolean {
  if (!/^(before|after|since|until|during)$/.test(toks[i]!.l)) return false;
  if (OTHER_SUBJ.test(toks[i + 1]?.l ?? '') || PRACT.test(toks[i + 1]?.l ?? '')) return false;
  for (let j = i + 1; j < toks.length && !PUNCT.has(toks[j]!.s); j++) if (PRACT.test(toks[j]!.l)) return true;
  return false;
}

export function classify(toks: Tok[], first: boolean): Chunk {
  const words = toks.filter((t) => t.word && !COORD.test(t.l));
  const w0 = words[0];
  if (!w0) return { toks, kind: 'LIST' };
  if (SUBORD.test(w0.l) && !(first && w0.l === 'that') && !prepositionalPhrase(toks, toks.indexOf(w0)))
    return { toks, kind: 'SUB' };
  let subj = toks.findIndex((t) => PRACT.test(t.l));
  let subjEnd = subj;
  const noun = subj < 0 ? practitionerNoun(toks) : undefined;
  if (noun) [subj, subjEnd] = noun;
  if (subj >= 0) return { toks, kind: 'P', subj, subjEnd };
  if (!first && !OTHER_SUBJ.test(w0.l) && verbBase(w0) !== null && !/^the|^a$/.test(w0.l))
    return { toks, kind: 'ELL' };
  if (!words.some((t) => verbBase(t) !== null || isIrregularForm(t.l) || /s$/.test(t.l)))
    return { toks, kind: 'LIST' };
  return { toks, kind: 'O' };
}

/** Finds the verb after the subject and returns the statement's verb and the consumed token indexes. */
