import { stopWords, tokenize, type Lang, type Token } from '../text';
import {
  CLAUSE_END,
  DETERMINERS,
  MODALS,
  PARTICLES,
  PREPOSITIONS,
  hasNounSuffix,
  isAdjective,
} from './words';

export const SUBJECT =
  /^(de (hulpverlener|maatschappelijk werker|werker)|the (practitioner|social worker|worker)|ik|i|we|wij)\s+/i;

/** Which folded word forms the draft uses as nouns, and which as verbs. */
export interface Lexicon {
  nouns: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
}

/** A practitioner statement read as "<subject> <verb> <middle field> [particle] <rest>". */
export interface Parsed {
  tokens: Token[];
  /** Folded words of `tokens`. */
  words: string[];
  /** The text after the subject, which the token offsets refer to. */
  body: string;
  /** End (exclusive) of the first clause. */
  end: number;
  /** The first word is a modal or auxiliary ("kan", "will") governing an infinitive. */
  modal: boolean;
  /** Index of the separable particle ("legt … uit"), -1 when none. */
  particle: number;
  /** The last noun phrase of the middle field outside prepositional phrases (the object), [-1, -1] if none. */
  object: [number, number];
}

const EMPTY: Lexicon = { nouns: new Set(), verbs: new Set() };

const CONJ = /^(en|and|or)$/;

const isContent = (w: string | undefined, stops: ReadonlySet<string>): w is string =>
  !!w && w.length > 1 && !/^\d+$/.test(w) && !stops.has(w);

function isFunction(w: string | undefined, lang: Lang): boolean {
  return !w || PREPOSITIONS[lang].has(w) || DETERMINERS[lang].has(w) || CLAUSE_END[lang].has(w);
}

/** The end of a noun phrase starting at j: articles, attributive modifiers, then its head. */
function phraseEnd(words: string[], j: number, lang: Lang, to: number): number {
  const stops = stopWords(lang);
  while (j < to && DETERMINERS[lang].has(words[j]!)) j++;
  // A role word ends its phrase: "met de cliënt veiligheidsplan" holds two.
  while (j < to && !isFunction(words[j], lang) && !PARTICLES[lang].has(words[j]!))
    if (stops.has(words[j++]!)) break;
  return j;
}

/** The statement's parts; undefined when the item does not start with the practitioner as subject. */
export function parseItem(text: string, lang: Lang, lex: Lexicon = EMPTY): Parsed | undefined {
  const m = text.trim().match(SUBJECT);
  if (!m) return undefined;
  const body = text.trim().slice(m[0].length);
  const tokens = tokenize(body);
  const words = tokens.map((t) => t.word);
  if (words.length === 0) return undefined;
  const stops = stopWords(lang);
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const and = CONJ.test(w) && lex.verbs.has(words[i + 1] ?? '');
    const det = w === 'die' && !isFunction(words[i + 1], lang) && !lex.verbs.has(words[i + 1] ?? '');
    if (
      (CLAUSE_END[lang].has(w) && !CONJ.test(w) && !det) ||
      and ||
      /[,;:.!?()]/.test(body.slice(tokens[i - 1]!.end, tokens[i]!.start))
    ) {
      end = i;
      break;
    }
  }
  let particle = -1;
  for (let j = 1; j < (lang === 'nl' ? end : Math.min(end, 2)); j++) {
    if (!PARTICLES[lang].has(words[j]!)) continue;
    const next = words[j + 1];
    if (next === 'te') continue;
    if (
      lang === 'en' ||
      j + 1 >= end ||
      PREPOSITIONS[lang].has(next!) ||
      !(DETERMINERS[lang].has(next!) || isContent(next, stops))
    ) {
      particle = j;
      break;
    }
  }
  const last = words[end - 1]!;
  const modal =
    MODALS[lang].has(words[0]!) && (lang === 'en' || (/(e|a|oe|ie|ij)n$/.test(last) && !lex.nouns.has(last)));
  const object: [number, number] = [-1, -1];
  const limit = particle >= 0 ? particle : end;
  let afterObject = false;
  for (let i = 1; i < limit;) {
    const w = words[i]!;
    if (PREPOSITIONS[lang].has(w)) {
      i = Math.max(i + 1, phraseEnd(words, i + 1, lang, limit));
      afterObject = false;
    } else if (CONJ.test(w)) {
      // "van inkomsten en vaste lasten": what follows belongs to the phrase before.
      i = Math.max(i + 1, phraseEnd(words, i + 1, lang, limit));
      if (afterObject) object[1] = i;
    } else if (DETERMINERS[lang].has(w) || (isContent(w, stops) && !lex.verbs.has(w))) {
      const e = Math.max(i + 1, phraseEnd(words, i, lang, limit));
      [object[0], object[1]] = object[1] === i ? [object[0], e] : [i, e];
      i = e;
      afterObject = true;
    } else i++;
  }
  return { tokens, words, body, end, modal, particle, object };
}

// In a Dutch subordinate clause the finite verb comes last: "… dat de cliënt het vertelt."
const SUBORDINATE = /^(dat|wat|of|hoe|waar|wie|waarom|wanneer|welke|zodat|omdat|voordat|als|die)$/;

/**
 * The words the items use as nouns: after an article, possessive, numeral or preposition (skipping
 * attributive adjectives: "de vaste lasten"), as the bare object of the main verb ("maakt afspraken"), or with
 * a noun suffix ("-ing", "-heid", "-tion"); never forms used as a verb (main verb, after "te"/"to", last in a
 * Dutch subordinate clause) and never adjectives by their suffix ("veilig", "haalbaar"). Folded forms.
 */
export function lexicon(texts: readonly string[], lang: Lang): Lexicon {
  const stops = stopWords(lang);
  const verbs = new Set<string>();
  for (const t of texts) {
    const m = t.trim().match(SUBJECT);
    const first = m && tokenize(t.trim().slice(m[0].length))[0];
    if (first) verbs.add(first.word);
  }
  const nouns = new Set<string>();
  const headAt = (words: string[], j: number): string | undefined => {
    while (DETERMINERS[lang].has(words[j] ?? '')) j++;
    // Noun phrases end in their head: "de intern begeleider", "de vaste lasten".
    while (isContent(words[j + 1], stops) && !isFunction(words[j + 1], lang) && !verbs.has(words[j + 1]!))
      j++;
    return isContent(words[j], stops) && !isFunction(words[j], lang) ? words[j] : undefined;
  };
  for (const text of texts) {
    const parsed = parseItem(text, lang, { nouns, verbs });
    const tokens = parsed?.tokens ?? tokenize(text);
    const words = parsed?.words ?? tokens.map((t) => t.word);
    if (parsed?.modal && words[1]) verbs.add(lang === 'en' ? words[1] : words[parsed.end - 1]!);
    else if (parsed) {
      const obj = headAt(words, 1);
      if (obj) nouns.add(obj);
    }
    let subordinate = false;
    words.forEach((w, i) => {
      if (w === 'te' || w === 'to') verbs.add(words[i + 1] ?? '');
      if (hasNounSuffix(w, lang)) nouns.add(w);
      if (DETERMINERS[lang].has(w) || PREPOSITIONS[lang].has(w)) {
        const head = headAt(words, i + 1);
        if (head) nouns.add(head);
      }
      if (lang !== 'nl') return;
      if (SUBORDINATE.test(w)) subordinate = true;
      const next = tokens[i + 1];
      const boundary = !next || /[,;:.!?()]/.test((parsed?.body ?? text).slice(tokens[i]!.end, next.start));
      // "voor het plan." ends in a noun, "dat de cliënt het vertelt." in a verb.
      const [prev, before] = [words[i - 1] ?? '', words[i - 2] ?? ''];
      const afterArticle =
        PREPOSITIONS[lang].has(prev) ||
        (DETERMINERS[lang].has(prev) && (prev !== 'het' || PREPOSITIONS[lang].has(before)));
      if (subordinate && boundary && i > 0 && !SUBORDINATE.test(w) && !afterArticle) verbs.add(w);
      if (boundary) subordinate = false;
    });
  }
  for (const w of nouns) if (verbs.has(w) || isAdjective(w, lang)) nouns.delete(w);
  return { nouns, verbs };
}
