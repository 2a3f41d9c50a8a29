import { isFiniteLike, isParticipleTok, type Chunk } from './clauses-nl';
import {
  FIRST_PERSON_3SG,
  HET_NOUNS,
  PARTICLES as PARTICLES_NL,
  PERFECT_AUX,
  PREPOSITIONS as PREPOSITIONS_NL,
} from './lexicon-nl';
import { contactVerb } from './contact-nl';
import thirdParties from './lexicon/third-parties.json';
import { mapPeople, ROLE_NOUNS, type RoleContext } from './roles';
import { joinTokens, type Tok } from './segment';
import {
  finiteToPres3,
  isFirstPersonStem,
  isKnownStem,
  parseParticiple,
  presentOf,
  pres3FromStem,
} from './verbs-nl';

const SUBJECT = 'De hulpverlener';
// Narrative glue that says when, not what: dropped from the behavioural statement.
const FILLER = new Set([
  'daarna',
  'toen',
  'vervolgens',
  'dus',
  'nou',
  'dan',
  'ja',
  'nee',
  'tenslotte',
  'uiteindelijk',
  'daarom',
  'gewoon',
  'eigenlijk',
  'natuurlijk',
  'meteen',
  'vooral',
  'ondertussen',
  'even',
  'toch',
  'echt',
]);
const DETERMINER =
  /^(een|zijn|haar|mijn|hun|jouw|uw|onze|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|paar|enkele|elke|iedere|alle|vorige|volgende|komende|laatste|eerste|\d+)$/;
const POLITE_MODAL = /^(mag|wil|wilde|zou|mocht)$/;
const IPP = new Set(['laten', 'gaan', 'blijven', 'helpen', 'leren', 'zien', 'horen']);

function lowerFirst(s: string): string {
  return /^[\p{Lu}][\p{Ll}]/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** Shifts the verbs of a subordinate clause one step to the present: "liep" → "loopt", "had gedaan" → "heeft gedaan". */
function shiftTense(toks: Tok[], words: string[], firstPerson: boolean): void {
  let stemAt = -1;
  let finite = false;
  const ik = toks.findIndex((t) => t.l === 'ik');
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.word || words[i] !== t.s) continue;
    // "twee weken", "de laatste weken": after a numeral or determiner a form is a noun, not a verb.
    const before = toks[i - 1]?.l ?? '';
    if (DETERMINER.test(before) || (/^(de|die|deze)$/.test(before) && /en$/.test(t.l))) continue;
    // After the finite verb an infinitive stays one: "wat ik moet doen".
    if (finite && /en$/.test(t.l)) continue;
    const pres = presentOf(t.l, { strictWeak: true, firstPerson });
    if (pres) finite = true;
    if (pres && pres !== t.l) words[i] = pres;
    else if (firstPerson && i > ik && isKnownStem(t.l) && (stemAt < 0 || !FIRST_PERSON_3SG[toks[stemAt]!.l]))
      stemAt = i;
  }
  // In "dat ik los sta" only the finite verb agrees with "ik"; it stands last, or is an irregular form.
  if (stemAt >= 0) words[stemAt] = pres3FromStem(toks[stemAt]!.l);
}

/** Rewrites a chunk whose subject is the practitioner: "Daarna heb ik haar gebeld" → "De hulpverlener belt de cliënt". */
function rewriteMain(chunk: Chunk, ctx: RoleContext, keepLead = false): string[] {
  const toks = chunk.toks;
  const s = chunk.subj ?? 0;
  const e = chunk.subjEnd ?? s;
  const subj = toks[s]!;
  const words = mapPeople(toks, ctx, true);
  const start = toks.findIndex((t) => t.word && !/^(en|maar|want|dus)$/.test(t.l));
  const before = toks[s - 1];
  const verbFirst = s > start && before?.word;
  const fi = verbFirst ? s - 1 : e + 1;
  const finite = toks[fi];
  for (let i = s; i <= e; i++) words[i] = '';
  let verb = '';
  if (finite?.word) {
    words[fi] = '';
    verb = finiteToPres3(finite.l);
    if (PERFECT_AUX.has(finite.l)) {
      let found = false;
      for (let i = toks.length - 1; i > Math.min(fi, s); i--) {
        const conj = isParticipleTok(toks[i]!) ? parseParticiple(toks[i]!.l) : null;
        if (!conj) continue;
        verb = conj.verb;
        words[i] = conj.particle ?? '';
        found = true;
        break;
      }
      if (!found) {
        const ipp = toks.findIndex((t, i) => i > Math.min(fi, s) && IPP.has(t.l) && toks[i + 1]?.word);
        if (ipp >= 0) {
          verb = finiteToPres3(toks[ipp]!.l);
          words[ipp] = '';
        }
      }
    }
    // "Mag ik u vragen …", "Ik wil even vragen …": a polite modal with "vragen" is asking.
    const ask = toks.findIndex((t, i) => i > fi && t.l === 'vragen');
    if (POLITE_MODAL.test(finite.l) && ask >= 0) ((verb = 'vraagt'), (words[ask] = ''));
  }
  for (let i = 0; i < toks.length; i++) if (FILLER.has(toks[i]!.l) && i !== fi) words[i] = '';
  // A coordinator opening a later clause goes before its verb: "… en stuur ik" → "en stuurt".
  const joiner = keepLead ? words.slice(0, start).filter(Boolean) : [];
  for (let i = 0; i < start; i++) words[i] = '';
  const firstWord = words.findIndex(Boolean);
  if (firstWord >= 0 && firstWord < Math.min(s, fi)) {
    // A fronted "dat"/"dit" is the object: "Dat zeg ik je eerst" → "zegt het de cliënt eerst".
    words[firstWord] = /^(dat|dit)$/i.test(words[firstWord]!) ? 'het' : lowerFirst(words[firstWord]!);
  }
  const rest = words.filter(Boolean);
  if (subj.l === 'we' || subj.l === 'wij') addClientAsPartner(rest);
  return [SUBJECT, ...joiner, ...contactVerb(verb, rest)];
}

// A partner named with "met": a third party, a person by role or by name ("met Veilig Thuis", "met de
// mentor", "met haar broer", "met Anja"). Not an instrument: those are lowercase things without a role.
const MEETING_NL = /(afspraak|afspraken|gesprek|overleg|contact|bespreking|vergadering|bezoek)$/i;
const THIRD_NL = new Set(thirdParties.nl.map((p) => p.replace(/^(de|het) /, '')));
function namesPartner(rest: string[]): boolean {
  const words = rest.join(' ').split(/\s+/);
  return words.some((w, i) => {
    // "een afspraak met de school": the partner of the meeting, not of "we".
    if (w !== 'met' || MEETING_NL.test(words[i - 1] ?? '')) return false;
    let k = i + 1;
    if (/^(de|het|een|haar|zijn|hun|z'n|d'r)$/.test(words[k] ?? '')) k++;
    const n = words[k] ?? '';
    return /^\p{Lu}/u.test(n) || ROLE_NOUNS.test(n) || THIRD_NL.has(n.toLowerCase());
  });
}

/**
 * "We" in a practitioner's account is the practitioner with the client; when the sentence names another
 * partner ("Met Veilig Thuis hebben we besloten", "we hebben met de mentor afgesproken") it is the
 * practitioner with that partner, who keeps their role.
 */
function addClientAsPartner(rest: string[]): void {
  const joined = rest.join(' ');
  if (/cliënt|met z'n|met ons/.test(joined) || namesPartner(rest)) return;
  const samen = rest.indexOf('samen');
  if (samen >= 0 && rest[samen + 1] !== 'met') rest[samen] = 'samen met de cliënt';
  else if (samen < 0) rest.unshift('met de cliënt');
}

/** Rewrites a continuation without subject: "en een afspraak gemaakt" → "en maakt een afspraak". */
function rewriteEllipsis(chunk: Chunk, ctx: RoleContext): string[] {
  const toks = chunk.toks;
  const words = mapPeople(toks, ctx, true);
  const lead = toks[0]?.word && /^(en|maar|want|dus)$/.test(toks[0].l) ? toks[0].l : '';
  if (lead) words[0] = '';
  let verb = '';
  // "… en houd contact": the first-person stem right after the coordinator is the verb.
  const stemAt = lead ? 1 : 0;
  if (lead && toks[stemAt]?.word && isFirstPersonStem(toks[stemAt]!.l)) {
    verb = pres3FromStem(toks[stemAt]!.l);
    words[stemAt] = '';
  }
  for (let i = toks.length - 1; i >= 0 && !verb; i--) {
    const conj = isParticipleTok(toks[i]!) ? parseParticiple(toks[i]!.l) : null;
    if (conj) {
      verb = conj.verb;
      words[i] = conj.particle ?? '';
      // "… en heb gevraagd": the auxiliary goes with the participle.
      toks.forEach((t, j) => PERFECT_AUX.has(t.l) && j < i && (words[j] = ''));
      break;
    }
  }
  if (!verb) {
    const fi = toks.findIndex((t) => isFiniteLike(t));
    if (fi >= 0) {
      verb = finiteToPres3(toks[fi]!.l);
      words[fi] = '';
    }
  }
  for (let i = 0; i < toks.length; i++) if (FILLER.has(toks[i]!.l)) words[i] = '';
  const rest = words.filter(Boolean).map((w, i) => (i === 0 ? lowerFirst(w) : w));
  return [lead, ...contactVerb(verb, rest)];
}

const SECOND_PERSON: Record<string, string> = {
  kun: 'kan',
  kunt: 'kan',
  bent: 'is',
  hebt: 'heeft',
  wilt: 'wil',
  zult: 'zal',
};

export function rewriteSub(chunk: Chunk, ctx: RoleContext): string[] {
  const firstPerson = chunk.toks.some((t) => t.l === 'ik');
  const words = mapPeople(chunk.toks, ctx, firstPerson);
  shiftTense(chunk.toks, words, firstPerson);
  if (ctx.addressed) chunk.toks.forEach((t, i) => SECOND_PERSON[t.l] && (words[i] = SECOND_PERSON[t.l]!));
  // A name on its own is someone being addressed ("…; Jayden, …"), not part of the activity.
  if (chunk.kind === 'LIST' && chunk.toks.every((t) => !t.word || /^\p{Lu}/u.test(t.s))) return [];
  return words;
}

export function isReason(c: Chunk): boolean {
  const first = c.toks.find((t) => t.word && !/^(en|and)$/.test(t.l));
  return c.kind === 'SUB' && /^(omdat|want|doordat|because|since)$/.test(first?.l ?? '');
}

/** A parenthesis or a relative clause after a comma describes someone else, not what the practitioner does. */
export function isAside(c: Chunk, prev: Chunk): boolean {
  const first = c.toks.find((t) => t.s !== ',');
  if (first?.s === '(') return true;
  // Reasons are context, not acting: "…, omdat de huurachterstand niet kon wachten".
  if (isReason(c)) return true;
  return c.kind === 'SUB' && /^(die|welke|who|which)$/.test(first?.l ?? '') && prev.toks.at(-1)?.s === ',';
}

/**
 * The behavioural statement for a group of chunks: the main clause and its continuations in the present
 * tense with "De hulpverlener" as subject; a leading subordinate clause moves to the end.
 */
export function rewriteGroup(chunks: Chunk[], leading: Chunk[], ctx: RoleContext): string {
  let lead = leading;
  const out: string[] = [];
  let prevKind = '';
  let detail = false;
  for (const [i, c] of chunks.entries()) {
    // What follows a colon spells out findings or items ("in kaart gebracht: geen inkomen, …").
    detail = c.kind === 'P' ? false : detail || chunks[i - 1]?.toks.at(-1)?.s === ':';
    if (detail && (c.kind === 'LIST' || c.kind === 'ELL')) continue;
    if (i > 0 && isAside(c, chunks[i - 1]!)) continue;
    if (c.kind === 'P') out.push(...(out.length ? rewriteMain(c, ctx, true).slice(1) : rewriteMain(c, ctx)));
    else if (c.kind === 'ELL' && !(prevKind === 'SUB' && c.toks.filter((t) => t.word).length < 3)) {
      out.push(...(out.length ? rewriteEllipsis(c, ctx) : [SUBJECT, ...rewriteEllipsis(c, ctx).slice(1)]));
    } else out.push(...rewriteSub(c, ctx));
    prevKind = c.kind;
  }
  lead = lead.filter((c) => !isReason(c));
  if (lead.length)
    out.push(
      ...(/[,;:]$/.test(out.at(-1) ?? '') ? [] : [',']),
      ...lead.flatMap((c) => rewriteSub(c, ctx)).map((w, i) => (i === 0 ? lowerFirst(w) : w)),
    );
  return tidy(joinTokens(out));
}

// Words that cannot open a bare noun phrase: articles, pronouns, prepositions, adverbs, numbers.
const NOT_NP =
  /^(de|het|een|die|dat|deze|dit|zijn|haar|hun|z'n|d'r|mijn|ons|onze|er|hier|daar|niet|geen|ook|nog|al|weer|samen|zelf|direct|meteen|telefonisch|opnieuw|nogmaals|eerst|daarna|alle|elke|iedere|veel|enkele|twee|drie|vier|zelfde|dezelfde|volgende|vorige|andere|beide|[0-9].*)$/;

// Nouns that go without an article after their verb ("legt contact", "geeft uitleg", "vraagt advies").
const MASS =
  /^(contact|kennis|afscheid|toestemming|uitleg|informatie|advies|hulp|steun|ondersteuning|begeleiding|zorg|aandacht|psycho-educatie|voorlichting|tijd|ruimte|geld|overleg|actie|werk|les|uitstel)$/;

/** The article of a bare singular noun: "het" for het-words and their compounds ("huisbezoek"), else "de". */
function articleOf(noun: string): string {
  const n = noun.toLowerCase();
  const het =
    HET_NOUNS.has(n) ||
    [...HET_NOUNS].some((h) => h.length >= 4 && n.endsWith(h)) ||
    /(je|tje|pje|ment|isme)$/.test(n);
  return het ? 'het' : 'de';
}

/**
 * Telegram notes leave out articles ("Dossier aangemaakt", "Huisarts gebeld"); the statement gives the bare
 * singular noun after the verb its definite article ("maakt het dossier aan", "belt de huisarts"). Plurals
 * ("zorgen", "afspraken") and phrases that already open with a determiner stay as they are.
 */
function withArticle(head: string[]): string[] {
  const [verb, ...rest] = head;
  const first = rest[0];
  if (
    !verb ||
    !first ||
    !/^\p{Ll}[\p{Ll}-]+$/u.test(first) ||
    NOT_NP.test(first) ||
    PREPOSITIONS_NL.has(first) ||
    PARTICLES_NL.includes(first)
  )
    return head;
  // The noun phrase runs to a preposition, particle, punctuation or the end; its last word is the noun.
  let k = 0;
  while (
    k + 1 < rest.length &&
    /^\p{Ll}[\p{Ll}-]+$/u.test(rest[k + 1]!) &&
    !PREPOSITIONS_NL.has(rest[k + 1]!) &&
    !PARTICLES_NL.includes(rest[k + 1]!) &&
    !/^(en|of|maar|die|dat|om|zodat|als)$/.test(rest[k + 1]!) &&
    k < 2
  )
    k++;
  const noun = rest[k]!;
  if ((/(?:[^e]en|[^aeiou]s)$/.test(noun) && noun.length > 4) || MASS.test(noun)) return head;
  // A verbless note got a stand-in verb ("voert"): what it names happened once, so "een".
  return [verb, verb === 'voert' ? 'een' : articleOf(noun), ...rest];
}

/** A file note without a subject ("Mw. binnen 24 uur gebeld"), written as the practitioner's action. */
export function rewriteNote(chunks: Chunk[], ctx: RoleContext): string {
  const [first, ...rest] = chunks;
  if (!first) return '';
  const hasPart = first.toks.some(isParticipleTok);
  const verb = first.toks.some((t) => t.l === 'mee') ? 'gaat' : 'voert';
  const head = hasPart
    ? rewriteEllipsis(first, ctx).slice(1)
    : [verb, ...mapPeople(first.toks, ctx, false).map((w, i) => (i === 0 ? lowerFirst(w) : w))];
  // In a note "samen" means together with the client.
  const out = [
    SUBJECT,
    ...withArticle(head.map((w, i) => (w === 'samen' && head[i + 1] !== 'met' ? 'samen met de cliënt' : w))),
  ];
  // A bare "Afgesproken:" keeps its items; a fuller head does not need them.
  const fullHead = first.toks.filter((t) => t.word).length >= 3;
  let detail = fullHead && first.toks.at(-1)?.s === ':';
  for (const [i, c] of rest.entries()) {
    const prev = i ? rest[i - 1]! : first;
    detail ||= fullHead && prev.toks.at(-1)?.s === ':';
    if (isAside(c, prev) || (detail && c.kind !== 'P')) continue;
    const inSub = prev.kind === 'SUB' && c.toks.filter((t) => t.word).length < 3;
    out.push(...(c.kind === 'ELL' && !inSub ? rewriteEllipsis(c, ctx) : rewriteSub(c, ctx)));
  }
  return tidy(joinTokens(out));
}

export function tidy(s: string): string {
  const t = s
    .replace(/\s*\)/g, (m, off: number, all: string) => (all.lastIndexOf('(', off) >= 0 ? m : ''))
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])(\s*[,;:.])+/g, '$1')
    .replace(/\.\s*,/g, ',')
    .replace(/[,;:.?!'"\s]+$/, '')
    .trim();
  return t ? t + '.' : t;
}
