import { isFiniteLike, isParticipleTok } from './clauses-nl';
import { PARTICLES, SUBORDINATORS } from './lexicon-nl';
import type { Tok } from './segment';
import { isFirstPersonStem, isKnownStem, isKnownVerbForm, stemFromInf } from './verbs-nl';

const PERSONAL = /^(ik|je|jij|u|we|wij|jullie|hij|zij|ze)$/;
const ADDRESSEE = /^(je|jij|u|jullie)$/;
const NP_START =
  /^(ik|je|jij|u|we|wij|jullie|hij|zij|ze|het|dit|dat|die|er|de|een|mijn|jouw|uw|zijn|haar|ons|onze|hun)$/;
const COPULA = /^(is|zijn|was|waren|klinkt|lijkt|blijft)$/;

/** What a practitioner's statement in a conversation is, as far as its form tells. */
export type StatementKind =
  /** No finite verb: a fragment or an answer word ("De ochtenden."). */
  | 'fragment'
  /** Verb first: an instruction or invitation ("Neem me mee in één ochtend."). */
  | 'imperative'
  /** A short verdict on what was said ("Dat is heel begrijpelijk."): acknowledging, no act of its own. */
  | 'verdict'
  /** A loose subordinate clause ("Omdat ik wil weten …"): it belongs to what was said before. */
  | 'dependent'
  | 'statement';

export interface Reordered {
  kind: StatementKind;
  /** The statement as a "dat"-clause in subordinate word order, when kind is 'statement'. */
  clause?: Tok[];
  /** The statement's subject is the person addressed ("je", "u"): it tells the client about themselves. */
  aboutClient?: boolean;
}

const isInfinitiveLike = (t: Tok, prev?: Tok): boolean =>
  t.l === 'te' ||
  isParticipleTok(t) ||
  (/n$/.test(t.l) &&
    (isFiniteLike(t, prev) ||
      [t.l, ...PARTICLES.filter((p) => t.l.startsWith(p)).map((p) => t.l.slice(p.length))].some(
        (w) => isKnownVerbForm(w) || (/en$/.test(w) && isKnownStem(stemFromInf(w))),
      )));

function synthetic(s: string, at: Tok): Tok {
  return { s, l: s.toLowerCase(), start: at.start, end: at.start, word: true };
}

/**
 * Classifies a declarative sentence of the practitioner's and, when it is a plain statement, rewrites its
 * first clause in subordinate order after "dat" ("Doordeweeks kun je mij bellen" → "dat je doordeweeks mij
 * kunt bellen"), so it can follow an act verb ("legt uit dat …") instead of being quoted.
 */
export function asDatClause(toks: Tok[]): Reordered {
  const words = toks.filter((t) => t.word);
  const first = words[0];
  if (!first) return { kind: 'fragment' };
  if (SUBORDINATORS.has(first.l) && !/^(dat|wat|wie|die)$/.test(first.l)) return { kind: 'dependent' };
  // The first clause ends at a comma or where a subordinate clause starts ("… bijhouden wanneer het botst").
  // A clause as subject may close with a comma before its verb ("Wat jullie hier vertellen, blijft …").
  const wh = /^(wat|wie)$/.test(first.l);
  const end = toks.findIndex(
    (t, i) =>
      (t.s === ',' &&
        !(wh && isFiniteLike(toks[i + 1] ?? t) && !toks.slice(0, i).some((x) => x.s === ','))) ||
      t.s === ';' ||
      t.s === ':' ||
      (i > 2 && SUBORDINATORS.has(t.l) && t.l !== 'die'),
  );
  const clause = (end < 0 ? toks : toks.slice(0, end)).filter((t) => t.s !== '.' && t.s !== '!');
  const tail = end < 0 ? [] : toks.slice(end).filter((t, i, a) => i < a.length - 1 || t.s !== '.');
  const finite: number[] = [];
  // A bare stem is finite first in the sentence (an imperative: "Neem …") or after "ik" ("ik bel …").
  const bareStem = (t: Tok, i: number) => (i === 0 || clause[i - 1]?.l === 'ik') && isFirstPersonStem(t.l);
  clause.forEach((t, i) => (isFiniteLike(t, clause[i - 1]) || bareStem(t, i)) && finite.push(i));
  if (finite.length === 0) return { kind: 'fragment' };
  if (finite[0] === 0 && !NP_START.test(first.l)) return { kind: 'imperative' };
  if (words.length <= 6 && /^(dat|dit|het)$/.test(first.l) && COPULA.test(clause[1]?.l ?? ''))
    return { kind: 'verdict' };
  // "Wat je hier vertelt blijft …": a clause as subject; the main verb is the finite verb right after it.
  // After a one-word subject ("Het hoeft …", "Ik bel …") the verb is the second word, known form or not.
  const simple = PERSONAL.test(first.l) || /^(het|dit|dat|er)$/.test(first.l);
  const vi = wh
    ? finite.find((i) => i > 0 && (finite.includes(i - 1) || clause[i - 1]!.s === ','))
    : simple && clause[1]?.word && !PERSONAL.test(clause[1].l)
      ? 1
      : finite[0];
  if (vi === undefined || vi === 0) return { kind: 'statement' };
  const verb = clause[vi]!;
  const after = clause[vi + 1];
  const inverted = !wh && !!after && PERSONAL.test(after.l) && !PERSONAL.test(clause[0]!.l);
  if (!inverted && !wh && !NP_START.test(clause[0]!.l) && !/^[\p{Lu}[]/u.test(clause[0]!.s))
    return { kind: 'statement' };
  const subject = inverted ? [after!] : clause.slice(0, vi).filter((t) => t.s !== ',');
  const front = inverted ? clause.slice(0, vi) : [];
  const rest = clause.slice(vi + (inverted ? 2 : 1));
  let cut = rest.length;
  while (cut > 0 && isInfinitiveLike(rest[cut - 1]!, rest[cut - 2])) cut--;
  // A phrase may follow the verbs ("kan komen kijken naar een stoel"): the finite verb goes before them.
  const firstVerb = rest.findIndex((t, i) => t.l !== 'te' && isInfinitiveLike(t, rest[i - 1]));
  if (cut === rest.length && firstVerb >= 0) cut = firstVerb;
  let verbs = [verb];
  // A separable particle closes the main clause ("bel … op"); in a subordinate clause it joins the verb.
  if (cut === rest.length && cut > 0 && PARTICLES.includes(rest[cut - 1]!.l)) {
    verbs = [synthetic(rest[cut - 1]!.s + verb.s, verb)];
    rest.splice(--cut, 1);
  }
  // A fronted word loses the capital of the sentence start; a subject keeps it when it is a name.
  const lower = (t: Tok): Tok => ({ ...t, s: t.l });
  if (inverted)
    front.splice(0, 2, ...front.slice(0, 2).map((t, i) => (i === 0 || front[0]!.l === "'s" ? lower(t) : t)));
  else if (NP_START.test(subject[0]!.l) || wh) subject[0] = lower(subject[0]!);
  const reordered = [
    synthetic('dat', clause[0]!),
    ...subject,
    ...front,
    ...rest.slice(0, cut),
    ...verbs,
    ...rest.slice(cut),
    ...tail,
  ];
  return {
    kind: 'statement',
    clause: reordered,
    aboutClient: subject.length === 1 && ADDRESSEE.test(subject[0]!.l),
  };
}
