import { foldWord, stem, stopWords, type Lang } from '../text';
import { parseItem, type Lexicon } from './parse';
import { PREPOSITIONS, DETERMINERS, isModifier, verbHeading } from './words';

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const DANGLING: Record<Lang, RegExp> = {
  nl: /\s+(de|het|een|en|of|met|van|voor|naar|bij|op|aan|in|over|om|te|dat|die|wat|zijn|haar|hun|wel|niet)$/i,
  en: /\s+(the|a|an|and|or|with|of|for|to|at|on|in|about|that|which|what|his|her|their|not)$/i,
};

/** Cuts a heading at a word boundary to at most `max` characters, without a dangling article or preposition. */
export function cutHeading(text: string, max: number, lang: Lang): string {
  const s = text.replace(/[.;:!?,\s]+$/, '');
  if (s.length <= max) return s;
  const space = s.lastIndexOf(' ', max - 1);
  let cut = s.slice(0, space > 0 ? space : max - 1);
  for (let prev = ''; prev !== cut;)
    [prev, cut] = [cut, cut.replace(/[,;:\s]+$/, '').replace(DANGLING[lang], '')];
  return `${cut}…`;
}

// A middle field longer than this keeps only its object: "Met de cliënt na zeven maanden de doelen doorlopen".
const LONG_MIDDLE = 32;

/**
 * An item's activity as a heading in the form the method uses ("afspraken maken met de cliënt"): the verb as
 * infinitive (Dutch: behind its object, particle in front: "Legt de regels uit" → "Regels uitleggen") or as
 * gerund (English), a leading article before a noun dropped. Undefined when the item is no practitioner
 * statement or its verb would not fit in `max` characters.
 */
export function activityHeading(text: string, lang: Lang, max: number, lex?: Lexicon): string | undefined {
  const p = parseItem(text, lang, lex);
  if (!p) return undefined;
  const span = (from: number, to: number): string =>
    from >= to ? '' : p.body.slice(p.tokens[from]!.start, p.tokens[to - 1]!.end);
  // The heading keeps the first clause when a punctuation mark ends it (", geen gehoor").
  const stop = p.body.slice(p.tokens[p.end - 1]!.end, p.tokens[p.end]?.start).match(/[,;:.!?()]/);
  const n = stop ? p.end : p.tokens.length;
  let head: string;
  let tail: string;
  if (p.modal) {
    if (lang === 'en') [head, tail] = [verbHeading(p.words[1] ?? '', undefined, lang, true), span(2, n)];
    // Of the Dutch auxiliaries only "laat" changes the meaning: "de cliënt laten ondertekenen".
    else if (p.words[0] === 'laat') [head, tail] = [`${span(1, p.end - 1)} laten ${span(p.end - 1, n)}`, ''];
    else [head, tail] = [span(1, n), ''];
  } else if (lang === 'en') {
    [head, tail] = [verbHeading(p.words[0]!, undefined, lang), span(1, n)];
  } else {
    const hasParticle = p.particle >= 0;
    const at = hasParticle ? p.particle : Math.max(1, p.object[1]);
    const verb = verbHeading(p.words[0]!, hasParticle ? p.words[p.particle] : undefined, lang);
    const rest = span(hasParticle ? at + 1 : at, n);
    [head, tail] = [`${span(1, at)} ${verb}`.trim(), rest];
    // "geeft de cliënt informatie": the role word before the object names no activity.
    const role =
      DETERMINERS[lang].has(p.words[p.object[0]]!) && stopWords(lang).has(p.words[p.object[0] + 1]!);
    const object = role && p.object[0] + 2 < p.object[1] ? p.object[0] + 2 : p.object[0];
    const long = head.length > LONG_MIDDLE || object > p.object[0];
    if (long && p.object[0] > 0 && p.object[1] === at) head = `${span(object, at)} ${verb}`;
    head = withoutArticle(head, lang);
    // A long middle field would push the verb out of the heading: then the verb comes first.
    if (head.length > max) [head, tail] = [verb, `${span(1, at)} ${rest}`.trim()];
  }
  if (!head || (head.length > max && !p.modal)) return undefined;
  const full = withoutArticle(`${head} ${tail}`.trim().replace(/\s+([,;:.])/g, '$1'), lang);
  return capitalise(cutHeading(full, max, lang));
}

/** Headings drop a leading article: "Een plan maken" → "Plan maken"; not before a role ("De cliënt vragen"). */
function withoutArticle(text: string, lang: Lang): string {
  const bare = text.replace(/^(de|het|een|the|a|an)\s+/i, '');
  return stopWords(lang).has(foldWord(bare.split(/\s/)[0] ?? '')) ? text : bare;
}

/** What an item's main verb phrase is, for naming groups whose items mostly do the same: key and heading. */
export interface VerbPhrase {
  key: string;
  heading: string;
  /** Whether the heading names more than a bare verb ("contact opnemen", not "bespreken"). */
  specific: boolean;
}

// Light verbs name no activity by themselves: "maakt", "neemt", "makes" need their object.
const LIGHT: Record<Lang, ReadonlySet<string>> = {
  nl: new Set(
    'maakt neemt voert geeft doet houdt brengt zet stelt heeft is gaat komt laat krijgt'.split(' '),
  ),
  en: new Set('makes takes does has is gets puts keeps gives sets holds'.split(' ')),
};

/**
 * The item's main verb phrase as a group-level name: "vraagt (door)" → "(door)vragen"; a light verb only
 * with the noun it governs ("neemt contact op" → "contact opnemen", "makes agreements" → "making agreements").
 */
export function verbPhrase(text: string, lang: Lang, lex: Lexicon): VerbPhrase | undefined {
  const p = parseItem(text, lang, lex);
  if (!p || p.modal) return undefined;
  const verb = p.words[0]!;
  const particle = p.particle >= 0 ? p.words[p.particle] : undefined;
  const heading = verbHeading(verb, particle, lang);
  let obj = -1;
  for (let i = Math.max(1, p.object[0]); i < p.object[1]; i++) if (lex.nouns.has(p.words[i]!)) obj = i;
  if (!LIGHT[lang].has(verb)) return { key: `${particle ?? ''}${verb}`, heading, specific: false };
  // "brengt de schulden in kaart", "zet de lasten op een rij": the idiom is the verb; without it, it is lost.
  const idiom =
    lang === 'nl' && p.object[1] !== p.particle && /^(in|op|aan|ter)$/.test(p.words[p.object[1]] ?? '');
  if (obj < 0 || obj !== p.object[1] - 1 || idiom) return undefined;
  const noun = p.tokens[obj]!.surface.toLowerCase();
  return {
    key: `${stem(foldWord(noun), lang)} ${particle ?? ''}${verb}`,
    heading: lang === 'en' ? `${heading} ${noun}` : `${noun} ${heading}`,
    specific: true,
  };
}

/** The nouns an item names after a preposition, with it: "met de huisarts" → ["met", "huisarts"]. */
export function prepNouns(text: string, lang: Lang, lex: Lexicon): [string, string][] {
  const p = parseItem(text, lang, lex);
  if (!p) return [];
  const out: [string, string][] = [];
  // Only what the activity itself is about: after the verb (and its particle), within the first clause.
  p.words.forEach((w, i) => {
    if (!PREPOSITIONS[lang].has(w) || i <= p.particle || i >= p.end) return;
    let j = i + 1;
    while (DETERMINERS[lang].has(p.words[j] ?? '')) j++;
    while (j < p.words.length && isModifier(p.words[j]!, lang) && !lex.nouns.has(p.words[j]!)) j++;
    if (lex.nouns.has(p.words[j] ?? '')) out.push([w, p.tokens[j]!.surface]);
  });
  return out;
}
