import { PERFECT_AUX, PREPOSITIONS, SUBORDINATORS } from './lexicon-nl';
import type { Tok } from './segment';
import { isFirstPersonStem, isKnownStem, parseParticiple, presentOf } from './verbs-nl';

/**
 * P: the practitioner is the subject; SUB: a subordinate clause; ELL: a continuation without its own
 * subject ("… en een afspraak gemaakt"); LIST: no verb at all; O: someone else acts.
 */
export type Kind = 'P' | 'SUB' | 'ELL' | 'LIST' | 'O';

export interface Chunk {
  toks: Tok[];
  kind: Kind;
  /** Index in toks of the practitioner subject (P only). */
  subj?: number;
  /** Last index of a multi-word subject ("de maatschappelijk werker"). */
  subjEnd?: number;
}

const ROLE = /^(hulpverlener|hulpverleenster|werker|werkster|coach|collega|jongerenwerker|wijkwerker)$/;

/** "De (maatschappelijk) werker" or "de hulpverlener" as subject: the practitioner told in the third person. */
function practitionerNoun(toks: Tok[]): [number, number] | undefined {
  for (let i = 0; i < toks.length - 1; i++) {
    if (!/^(de|onze)$/.test(toks[i]!.l) || PREPOSITIONS.has(toks[i - 1]?.l ?? '')) continue;
    const n = toks[i + 1]!;
    if (n.l === 'maatschappelijk' && /^(werker|werkster)$/.test(toks[i + 2]?.l ?? '')) return [i, i + 2];
    if (ROLE.test(n.l) && toks[i + 2]?.l !== 'van') return [i, i + 1];
  }
  return undefined;
}

const PRACT = new Set(['ik', 'we', 'wij']);
const OTHER_SUBJ = new Set([
  'hij',
  'zij',
  'ze',
  'jij',
  'je',
  'u',
  'jullie',
  'men',
  'het',
  'er',
  'dat',
  'die',
  'dit',
]);
const SUBJECT_START = new Set([...PRACT, 'hij', 'zij', 'ze', 'jij', 'je', 'u', 'jullie', 'men']);
const COORD = new Set(['en', 'maar', 'want', 'dus']);
const MODALS = new Set([
  'kan',
  'kon',
  'wil',
  'wilde',
  'moet',
  'moest',
  'mag',
  'mocht',
  'zal',
  'zou',
  'kun',
  'kunt',
  'wou',
]);
const BREAK_PUNCT = new Set([',', ';', ':', '(', ')', '–', '—']);
const MID_SUB = new Set([
  'dat',
  'wat',
  'wie',
  'waar',
  'hoe',
  'of',
  'omdat',
  'zodat',
  'nadat',
  'voordat',
  'zoals',
  'wanneer',
  'terwijl',
  'totdat',
  'hoewel',
  'zodra',
  'doordat',
  'als',
  'tenzij',
  'waarin',
  'waarmee',
  'waarbij',
  'waarover',
  'waarop',
  'waarom',
  'waardoor',
  'waarvoor',
  'hoeveel',
]);

export function isParticipleTok(t: Tok): boolean {
  return t.word && parseParticiple(t.l) !== null;
}

export function isFiniteLike(t: Tok, prev?: Tok): boolean {
  if (!t.word) return false;
  if ((t.l === 'zijn' || t.l === 'haar') && prev && PREPOSITIONS.has(prev.l)) return false;
  // "voor vragen", "het bellen": an infinitive after a preposition or article is used as a noun.
  if (/en$/.test(t.l) && prev && (PREPOSITIONS.has(prev.l) || /^(het|de|een)$/.test(prev.l))) return false;
  if (PERFECT_AUX.has(t.l) || MODALS.has(t.l)) return true;
  if (presentOf(t.l, { strictWeak: true }) !== null) return true;
  return /t$/.test(t.l) && isKnownStem(t.l.slice(0, -1));
}

function hasOwnVerb(toks: Tok[]): boolean {
  return toks.some((t, i) => isParticipleTok(t) || isFiniteLike(t, toks[i - 1]));
}

/** Whether what follows a coordinator starts a new clause rather than joining two noun phrases. */
function startsClause(toks: Tok[], i: number, cur: Tok[]): boolean {
  const next = toks[i + 1];
  if (!next) return false;
  if (SUBJECT_START.has(next.l) || MID_SUB.has(next.l)) return true;
  // "Ik meld hem aan en houd contact", "… en spreek ik hem aan": a bare stem after "en" is the next verb of "ik".
  const after = toks[i + 2];
  if (isFirstPersonStem(next.l) && after?.word && (after.l === 'ik' || cur.some((t) => t.l === 'ik')))
    return true;
  const curHasVerb =
    cur.some((t) => isParticipleTok(t)) || cur.some((t) => isFiniteLike(t) && !PERFECT_AUX.has(t.l));
  if (!curHasVerb) return false;
  for (let j = i + 1; j < toks.length; j++) {
    const t = toks[j]!;
    if (BREAK_PUNCT.has(t.s) || COORD.has(t.l) || MID_SUB.has(t.l)) break;
    if (isParticipleTok(t) || (j === i + 1 && isFiniteLike(t))) return true;
  }
  return false;
}

export function splitChunks(toks: Tok[]): Tok[][] {
  const chunks: Tok[][] = [];
  let cur: Tok[] = [];
  const push = () => {
    if (cur.some((t) => t.word)) chunks.push(cur);
    cur = [];
  };
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    // A parenthesis stays one chunk, so it can be left out of the statement as a whole.
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
    if (BREAK_PUNCT.has(t.s) || (t.s === '-' && prev && prev.end < t.start)) {
      // Opening brackets start the next chunk; other punctuation closes the current one.
      if (t.s === '(') (push(), cur.push(t));
      else (cur.push(t), push());
      continue;
    }
    if (cur.length && t.word) {
      const afterPrep = prev && PREPOSITIONS.has(prev.l);
      const nextTok = toks[i + 1];
      const demonstrative = t.l === 'dat' && (afterPrep || !nextTok?.word || isParticipleTok(nextTok));
      const om = t.l === 'om' && toks.slice(i + 1).some((x) => x.l === 'te');
      if ((MID_SUB.has(t.l) && !demonstrative && !(afterPrep && t.l === 'dat')) || om) push();
      else if (COORD.has(t.l) && startsClause(toks, i, cur)) push();
    }
    cur.push(t);
  }
  push();
  return chunks;
}

function firstWord(toks: Tok[]): { tok: Tok; index: number } | undefined {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.word && !COORD.has(t.l)) return { tok: t, index: i };
  }
  return undefined;
}

export function classify(toks: Tok[], isFirst: boolean): Chunk {
  const first = firstWord(toks);
  if (!first) return { toks, kind: 'LIST' };
  const next = toks[first.index + 1];
  const l = first.tok.l;
  const adverbial =
    (l === 'toen' || l === 'als' || l === 'dan') && next && isFiniteLike(next) && !SUBJECT_START.has(next.l);
  if (
    (SUBORDINATORS.has(l) || l === 'om') &&
    !adverbial &&
    !(isFirst && (l === 'dat' || l === 'die' || l === 'dit'))
  ) {
    return { toks, kind: 'SUB' };
  }
  let subj = toks.findIndex((t) => PRACT.has(t.l));
  let subjEnd = subj;
  const noun = subj < 0 ? practitionerNoun(toks) : undefined;
  if (noun) [subj, subjEnd] = noun;
  if (subj >= 0 && !MID_SUB.has(toks[subj - 1]?.l ?? '')) return { toks, kind: 'P', subj, subjEnd };
  if (subj >= 0) return { toks, kind: 'SUB' };
  const hasPart = toks.some(isParticipleTok);
  const finite = toks.some((t, i) => isFiniteLike(t, toks[i - 1]) && !isParticipleTok(t));
  const otherSubject = toks.some((t) => OTHER_SUBJ.has(t.l) && t.l !== 'er' && t.l !== 'het');
  if (!isFirst && COORD.has(toks[0]!.l) && isFirstPersonStem(l) && !otherSubject)
    return { toks, kind: 'ELL' };
  if (
    !isFirst &&
    !otherSubject &&
    ((hasPart && !finite) || (isFiniteLike(first.tok) && !hasOwnSubjectAfter(toks, first.index)))
  ) {
    return { toks, kind: 'ELL' };
  }
  if (!hasOwnVerb(toks)) return { toks, kind: 'LIST' };
  return { toks, kind: 'O' };
}

function hasOwnSubjectAfter(toks: Tok[], i: number): boolean {
  const next = toks[i + 1];
  return !!next && (OTHER_SUBJ.has(next.l) || PRACT.has(next.l));
}

/** Whether a chunk is a verbless or participle file note ("Huisbezoek afgelegd", "Mw. gebeld"). */
export function isFileNote(chunk: Chunk): boolean {
  const toks = chunk.toks;
  const words = toks.filter((t) => t.word);
  if (chunk.kind === 'SUB' || chunk.kind === 'P') return false;
  const partIdx = toks.findIndex(isParticipleTok);
  // A finite verb inside a dependent clause after the participle ("uitgelegd wat begeleiding is") is not
  // the note's own verb.
  const sub = toks.findIndex(
    (t, i) => i > partIdx && partIdx >= 0 && (SUBORDINATORS.has(t.l) || WH_WORD.test(t.l)),
  );
  const own = sub > 0 ? toks.slice(0, sub) : toks;
  const finite = own.some((t, i) => isFiniteLike(t, own[i - 1]) && !isParticipleTok(t));
  if (partIdx >= 0 && !finite) {
    if (toks.some((t, i) => t.l === 'door' && i > partIdx - 3)) return false;
    const conj = parseParticiple(toks[partIdx]!.l);
    const subjectBefore = toks
      .slice(0, partIdx)
      .some((t) => /^(mw|dhr|mevrouw|meneer|cliënt|client|hij|zij|ze)$/.test(t.l));
    if (conj && subjectBefore && /^(gaat|komt|verschijnt|blijft|verhuist|vertrekt|is|wordt)$/.test(conj.verb))
      return false;
    return true;
  }
  if (finite || words.length < 3) return false;
  return (
    words.some((t) => ACTION_NOUN.test(t.l) || COMPOUND_ACTION.test(t.l)) ||
    (words[0]?.l === 'met' && words.some((t) => t.l === 'mee'))
  );
}

const WH_WORD = /^(wat|wie|waar|hoe|wanneer|waarom|welke|welk|hoeveel)$/;

const ACTION_NOUN =
  /^(gesprek|overleg|huisbezoek|bezoek|overdracht|evaluatie|eindevaluatie|tussenevaluatie|contact|intake|kennismaking|telefonisch|bemiddeling|adviesgesprek|afspraak|begeleiding|ondersteuning|doorverwijzing|verwijzing|aanvraag|rondgang|mee)$/;
// A compound ending in a meeting word is a meeting too: "evaluatiegesprek", "netwerkoverleg", "huisbezoek".
const COMPOUND_ACTION = /\p{L}{3,}(gesprek|overleg|bezoek)$/u;
