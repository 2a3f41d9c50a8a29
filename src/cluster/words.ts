import type { Lang } from '../text';

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Words after which, skipping modifiers, a noun follows: articles, possessives, numerals, prepositions. */
export const DETERMINERS: Record<Lang, ReadonlySet<string>> = {
  nl: set(`de het een zijn haar hun mijn je jouw onze ons uw deze dit elke ieder iedere alle geen
    twee drie vier vijf zes zeven acht negen tien`),
  en: set(`the a an his her their its my your our this these those each every no any some all
    two three four five six seven eight nine ten`),
};

export const PREPOSITIONS: Record<Lang, ReadonlySet<string>> = {
  nl: set(`met over van naar bij op aan in voor uit door om tot zonder via tegen na onder tijdens rond
    binnen buiten vanuit namens volgens sinds`),
  en: set(`with about of to for at on in from by into without via after during about around towards
    within through`),
};

/** Separable verb particles (Dutch) and phrasal-verb particles (English). */
export const PARTICLES: Record<Lang, ReadonlySet<string>> = {
  nl: set('uit op af door in aan mee toe terug voor na bij over los vast weg rond'),
  en: set('up out back down off over through in on'),
};

/** Auxiliaries and modals: the main verb is the infinitive they govern. */
export const MODALS: Record<Lang, ReadonlySet<string>> = {
  nl: set('kan wil zal zou moet mag gaat kon wilde laat'),
  en: set('can will would should may must might could'),
};

/** Words that end a clause's middle field: conjunctions, relative and question words. */
export const CLAUSE_END: Record<Lang, ReadonlySet<string>> = {
  nl: set(`dat wat of hoe waar wie waarom wanneer welke om en zodat omdat voordat als die waarin waarbij terwijl
    maar nadat zolang`),
  en: set('that what whether how where who why when to and so because before if which while but after'),
};

const ADJECTIVE: Record<Lang, RegExp> = {
  nl: /(ig|ige|lijk|lijke|isch|ische|baar|bare|loos|loze|zaam|zame|ief|ieve)$/,
  en: /(ful|ous|ive|able|ible|ic|ical|less|ish|ly)$/,
};

const NOUN: Record<Lang, RegExp> = {
  nl: /..(ing|ingen|heid|heden|schap|nis|tie|ties|teit|ment|isme|plan|plannen|gesprek|gesprekken|overleg|verslag|bezoek|regeling|schuld|schulden|toeslag)$/,
  en: /..(tion|tions|sion|sions|ment|ments|ness|ity|ities|ance|ence|ship|plan|plans)$/,
};

export const isAdjective = (word: string, lang: Lang): boolean => ADJECTIVE[lang].test(word);
export const hasNounSuffix = (word: string, lang: Lang): boolean => NOUN[lang].test(word);

/** An attributive modifier in a noun phrase: "eerste", "vaste", "anonieme", "financial", "two". */
export function isModifier(word: string, lang: Lang): boolean {
  return (
    isAdjective(word, lang) ||
    (lang === 'nl' && /[^e]e$/.test(word)) ||
    DETERMINERS[lang].has(word) ||
    /^\d+$/.test(word)
  );
}

const NL_IRREGULAR: Record<string, string> = {
  is: 'zijn',
  heeft: 'hebben',
  gaat: 'gaan',
  staat: 'staan',
  slaat: 'slaan',
  kan: 'kunnen',
  wil: 'willen',
  zal: 'zullen',
  mag: 'mogen',
  zegt: 'zeggen',
  legt: 'leggen',
  komt: 'komen',
  brengt: 'brengen',
  denkt: 'denken',
  zoekt: 'zoeken',
  doet: 'doen',
  ziet: 'zien',
  weet: 'weten',
  vindt: 'vinden',
};
const NL_PREFIX =
  /^(be|ge|ver|ont|her|er|over|door|onder|om|uit|op|af|aan|toe|mee|terug)(?=[^aeiou]*[aeiou])/;
const VOWELS = /[aeiouy]+/g;

/** Dutch infinitive of a present-tense third person form: "vraagt" → "vragen", "legt" → "leggen". */
export function dutchInfinitive(form: string): string {
  const irregular = NL_IRREGULAR[form];
  if (irregular) return irregular;
  if (form.endsWith('en')) return form;
  let stem = /cht$/.test(form) ? form : form.replace(/t$/, '');
  if (/(ie|oe)$/.test(stem)) return `${stem}n`;
  if (/[aeiou]$/.test(stem)) stem = form;
  // "schrijf" → "schrijv", "verwijs" → "verwijz": a voiced consonant after a long vowel or diphthong.
  if (/(aa|ee|oo|uu|ij|ei|ie|oe|ui|ou|eu)[fs]$/.test(stem))
    stem = stem.slice(0, -1) + (stem.endsWith('f') ? 'v' : 'z');
  const long = stem.match(/^(.*?)(aa|ee|oo|uu)([^aeiou]+)$/);
  if (long) return `${long[1] ?? ''}${long[2]!.charAt(0)}${long[3]}en`;
  const root = stem.replace(NL_PREFIX, '');
  const oneSyllable = (root.match(VOWELS) ?? []).length === 1;
  if (oneSyllable && /[^aeiou][aeiou][bdfgklmnprstz]$/.test(stem)) return `${stem}${stem.slice(-1)}en`;
  return `${stem}en`;
}

const EN_IRREGULAR: Record<string, string> = {
  is: 'being',
  has: 'having',
  does: 'doing',
  goes: 'going',
  sees: 'seeing',
  agrees: 'agreeing',
  refers: 'referring',
};

/** English gerund of a present-tense third person form or a base form: "asks" → "asking". */
export function englishGerund(form: string, base = false): string {
  const irregular = EN_IRREGULAR[form];
  if (irregular) return irregular;
  let b = form;
  if (!base) {
    if (/ies$/.test(form)) b = form.replace(/ies$/, 'y');
    else if (/(ss|sh|ch|x|zz|o)es$/.test(form)) b = form.slice(0, -2);
    else b = form.replace(/s$/, '');
  }
  if (/[^aeiouy]e$/.test(b) || /[^e]ue$/.test(b)) return `${b.slice(0, -1)}ing`;
  if ((b.match(VOWELS) ?? []).length === 1 && /[^aeiou][aeiou][bdgklmnprt]$/.test(b))
    return `${b}${b.slice(-1)}ing`;
  return `${b}ing`;
}

/** Nominal heading form of a verb: Dutch infinitive with its particle in front, English gerund + particle. */
export function verbHeading(form: string, particle: string | undefined, lang: Lang, base = false): string {
  if (lang === 'en') return [englishGerund(form, base), particle].filter(Boolean).join(' ');
  return `${particle ?? ''}${base ? form : dutchInfinitive(form)}`;
}
