import {
  COMMON_INF,
  DT_STEMS,
  FIRST_PERSON_3SG,
  INSEPARABLE,
  PARTICLES,
  STRONG,
  type VerbForms,
} from './lexicon-nl';

const byPastSg = new Map<string, VerbForms>();
const byPastPl = new Map<string, VerbForms>();
const byPart = new Map<string, VerbForms>();
const byPres3 = new Map<string, VerbForms>();
const byInf = new Map<string, VerbForms>();
for (const v of STRONG) {
  byInf.set(v.inf, v);
  byPastSg.set(v.pastSg, v);
  byPastPl.set(v.pastPl, v);
  byPart.set(v.part, v);
  byPres3.set(v.pres3, v);
}

const VOWEL = /[aeiouy]/;
const NOT_PARTICIPLE = new Set([
  'gezondheid',
  'gebied',
  'gewicht',
  'gezicht',
  'gedicht',
  'geslacht',
  'gerecht',
  'gebit',
  'gebed',
  'gelid',
  'gevecht',
  'gesticht',
  'gemiddeld',
  'gevoeld',
  'geduld',
  'gebouw',
  'beleid',
  'bericht',
  'verband',
  'verbod',
  'verzet',
  'bezit',
  'bedrijfsarts',
  'gehandicapt',
  'verschil',
  'gewond',
  'gezond',
  'gerust',
  'gebit',
]);

/** Present third person singular from a verb stem ("bel" → "belt", "vind" → "vindt", "zet" → "zet"). */
export function pres3FromStem(stem: string): string {
  const special = FIRST_PERSON_3SG[stem];
  if (special) return special;
  return stem.endsWith('t') ? stem : stem + 't';
}

/** Present plural from a stem ("bel" → "bellen", "maak" → "maken"). */
export function pluralFromStem(stem: string): string {
  if (/[^aeiou]([aeiou])\1[^aeiouwjy]$/.test(stem)) return stem.slice(0, -2) + stem.slice(-1) + 'en';
  if (/[^aeiou][aeiou][bdfgklmnprst]$/.test(stem) && !/[^aeiou]e[lrn]$/.test(stem.slice(-3)))
    return stem + stem.slice(-1) + 'en';
  return stem + 'en';
}

/** Stem from an infinitive, with Dutch spelling rules (bellen → bel, maken → maak, leven → leef). */
export function stemFromInf(inf: string): string {
  if (/(aan|oen|ien|aan)$/.test(inf) && inf.length <= 6) return inf.slice(0, -1);
  let s = inf.replace(/en$/, '');
  if (/([bdfgklmnprst])\1$/.test(s)) return s.slice(0, -1);
  const twoSyllables = (inf.match(/[aeiouy]+/g) ?? []).length <= 2;
  const schwa =
    !twoSyllables && /[^aeiou]e[lrn]$/.test(s) && !/(ise|ize|ule|ere|ete|ide|ote|ale|ege|ine|ame)r$/.test(s);
  if (!schwa && /[^aeiou][aeou][^aeiouwjy]$/.test(s)) s = s.slice(0, -2) + s.at(-2) + s.slice(-2);
  return s.replace(/v$/, 'f').replace(/z$/, 's');
}

const KNOWN_STEMS = new Set<string>();
for (const inf of COMMON_INF) {
  KNOWN_STEMS.add(stemFromInf(inf));
  KNOWN_STEMS.add(
    stemFromInf(inf.replace(/^(mee|op|af|aan|uit|door|na|in|terug|samen|voor|langs|vast)/, '') || inf),
  );
}

function isDtStem(core: string): boolean {
  if (DT_STEMS.has(core)) return true;
  for (const p of INSEPARABLE) if (core.startsWith(p) && DT_STEMS.has(core.slice(p.length))) return true;
  return core === 'begeleid';
}

function weakStem(core: string): string | null {
  if (!/[dt]$/.test(core)) return null;
  const stem = isDtStem(core) ? core : core.slice(0, -1);
  // Verb stems do not end in a lone "e" ("gemeenteloket" is no participle).
  if (/[^aeiou]e$/.test(stem)) return null;
  return stem.length >= 2 && VOWEL.test(stem) ? stem : null;
}

const PLAIN: Record<string, string> = { ë: 'e', ï: 'i', ö: 'o', ü: 'u' };
function undiaeresis(core: string): string {
  return core.replace(/^[ëïöü]/, (ch) => PLAIN[ch] ?? ch);
}

/**
 * 't kofschip: a weak participle ends in -t only after a voiceless stem (t k f s ch p), otherwise in -d.
 * So "vertelt" is the present tense, "verteld" the participle.
 */
function kofschip(stem: string, w: string): boolean {
  if (isDtStem(stem) || /[dt]$/.test(stem)) return true;
  return /(t|k|f|s|ch|p|x)$/.test(stem) === w.endsWith('t');
}

function simplePart(w: string): string | null {
  const strong = byPart.get(w);
  if (strong) return strong.pres3;
  if (w.startsWith('ge') && w.length > 4) {
    // The diaeresis only marks the syllable break after "ge-": geëvalueerd → evalueer-.
    const stem = weakStem(undiaeresis(w.slice(2)));
    if (stem) return pres3FromStem(stem);
  }
  for (const q of INSEPARABLE) {
    if (q === 'ge' || !w.startsWith(q) || w.length < q.length + 3) continue;
    const rest = w.slice(q.length);
    const inner = byPart.get('ge' + rest);
    if (inner) return q + inner.pres3;
    if (!rest.startsWith('ge')) {
      const stem = weakStem(rest);
      // Without "ge-" only a known verb counts: "verteld" is a participle, "overdracht" is not.
      if (stem && /[dt]$/.test(w) && KNOWN_STEMS.has(q + stem) && kofschip(stem, w))
        return q + pres3FromStem(stem);
    }
  }
  return null;
}

export interface Conjugated {
  /** Present third person singular of the verb. */
  verb: string;
  /** The separable particle that goes to the end of the clause ("legt ... uit"). */
  particle?: string;
}

/** Reads a past participle ("uitgelegd", "besloten", "gebeld") as a present 3sg verb plus particle. */
export function parseParticiple(word: string): Conjugated | null {
  const w = word.toLowerCase();
  if (NOT_PARTICIPLE.has(w) || w.length < 4) return null;
  const direct = simplePart(w);
  if (direct) return { verb: direct };
  for (const p of PARTICLES) {
    if (!w.startsWith(p)) continue;
    const rest = w.slice(p.length);
    if (!rest.startsWith('ge') && !INSEPARABLE.some((q) => rest.startsWith(q)) && !byPart.has(rest)) continue;
    const inner = simplePart(rest);
    if (inner) return { verb: inner, particle: p };
  }
  return null;
}

/**
 * Present tense of a finite verb form, keeping number: "belde" → "belt", "liepen" → "lopen", "heb" → "heeft".
 * Returns null when the form is not recognisably a verb.
 */
export function presentOf(
  word: string,
  opts: { firstPerson?: boolean; strictWeak?: boolean } = {},
): string | null {
  const w = word.toLowerCase();
  const special = FIRST_PERSON_3SG[w];
  if (special && opts.firstPerson) return special;
  const sg = byPastSg.get(w);
  if (sg) return sg.pres3;
  const pl = byPastPl.get(w);
  if (pl) return opts.firstPerson ? pl.pres3 : pl.inf;
  for (const q of INSEPARABLE) {
    if (!w.startsWith(q) || w.length < q.length + 2) continue;
    const inner = byPastSg.get(w.slice(q.length));
    if (inner) return q + inner.pres3;
  }
  if (byPres3.has(w)) return w;
  const inf = byInf.get(w);
  if (inf) return opts.firstPerson ? inf.pres3 : w;
  const weak = /^(.{2,}?)(de|te)(n?)$/.exec(w);
  if (weak?.[1] && VOWEL.test(weak[1]) && (!opts.strictWeak || KNOWN_STEMS.has(weak[1]))) {
    return weak[3] && !opts.firstPerson ? pluralFromStem(weak[1]) : pres3FromStem(weak[1]);
  }
  return null;
}

/** Present 3sg of a word known (by its position) to be the practitioner's finite verb: "belde", "kom", "ging". */
export function finiteToPres3(word: string): string {
  const w = word.toLowerCase();
  if (w === 'zou' || w === 'zouden') return 'zou';
  const known = presentOf(w, { firstPerson: true });
  if (known) return known;
  if (w.endsWith('en')) return pres3FromStem(stemFromInf(w));
  return w.endsWith('t') ? w : pres3FromStem(w);
}

/** Whether a word is a verb form the lexicon knows: an infinitive, stem, or strong form. */
export function isKnownVerbForm(word: string): boolean {
  const w = word.toLowerCase();
  return (
    byInf.has(w) ||
    byPres3.has(w) ||
    byPastSg.has(w) ||
    byPastPl.has(w) ||
    KNOWN_STEMS.has(w) ||
    COMMON_INF.includes(w)
  );
}

/** Whether a word is a known present-tense stem of a common verb (for verb-final clauses). */
export function isKnownStem(word: string): boolean {
  return KNOWN_STEMS.has(word.toLowerCase());
}

const STRONG_STEMS = new Set(STRONG.map((v) => stemFromInf(v.inf)));

/** Whether a word can be the first-person form of a verb: "houd", "spreek", "bel" (as in "ik houd contact"). */
export function isFirstPersonStem(word: string): boolean {
  const w = word.toLowerCase();
  return KNOWN_STEMS.has(w) || STRONG_STEMS.has(w);
}
