import languages from './lexicon/languages.json';
import organisations from './lexicon/organisations.json';
import speech from './lexicon/speech.json';
import time from './lexicon/time.json';
import { HET_NOUNS, PARTICLES, PREPOSITIONS } from './lexicon-nl';
import type { Lang } from './types';
import { ROLE_NOUNS } from './roles';
import { isKnownVerbForm, presentOf } from './verbs-nl';

// Word boundaries that know letters beyond ASCII ("cliënt", "hè").
const W = '[\\p{L}\\p{N}]';
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
const re = (body: string, flags = 'giu') => new RegExp(`(?<!${W})(?:${body})(?!${W})`, flags);

const SUBJECT = { nl: 'De hulpverlener', en: 'The practitioner' } as const;

/** What pseudonymisation leaves behind when a placeholder became a thing rather than a person. */
const DEBRIS_NL = re(
  `(?:(?:op|naar|via|aan|in|bij|te|van|uit|vanuit|rond)\\s+)?(?:de\\s+)?(?:het adres|het telefoonnummer|het e-mailadres|de woonplaats|een datum)`,
);
const DEBRIS_EN = re(
  `(?:(?:at|on|to|via|in|from|near)\\s+)?(?:the address|the phone number|the email address|the town|a date)`,
);

/**
 * Turns a statement built from a case sentence into a general behavioural statement, or null when it names
 * no act of the practitioner. Speech leftovers go (first and second person, direct questions, quotes,
 * interjections, discourse particles, placeholder debris), and detail that ties the act to one case
 * (weekdays, dates, clock times, named languages, amounts) is dropped; the evidence keeps the original.
 */
export function generalise(text: string, lang: Lang): string | null {
  const subject = SUBJECT[lang];
  // A statement may open with its circumstance ("Before the meeting the practitioner …"): cleaned whole.
  const prefixed = text.startsWith(subject);
  let body = ' ' + (prefixed ? text.slice(subject.length) : text).trim();
  body = body.replace(/["“”„«»]/g, '');
  body = lang === 'nl' ? personsNl(body) : personsEn(body);
  body = lang === 'nl' ? questionsNl(body) : questionsEn(body);
  body = dropSpeech(body, lang);
  body = dropCaseDetail(body, lang);
  body = namedToKind(body, lang);
  body = lang === 'nl' ? roleArticles(body) : roleArticlesEn(body);
  body = tidyBody(body);
  const out = `${prefixed ? subject + ' ' : ''}${body.trim()}`.replace(/\s+([,.;:])/g, '$1');
  const words = body.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || namesNoAct(out, lang) || bareVerb(words, lang)) return null;
  return finish(followUp(out, lang));
}

function personsNl(s: string): string {
  return (
    s
      .replace(/\[(?:CLIËNT|CLIENT)[^\]]*\]/giu, 'de cliënt')
      .replace(/\[(?:PERSOON|PERSON)[^\]]*\]/giu, 'een betrokkene')
      .replace(/(?:(?:op|naar|via|aan|in|bij|te|van|uit|vanuit|rond)\s+)?(?:(?:de|het)\s+)?\[[^\]]*\]/giu, '')
      .replace(DEBRIS_NL, '')
      // "…, een betrokkene, …" names someone addressed or described in passing: no part of the act.
      .replace(/,\s*een betrokkene(?=\s*[,.;:]|\s*$)/giu, '')
      .replace(re('tussen ons'), 'tussen de hulpverlener en de cliënt')
      .replace(re('bij ons op kantoor'), 'op kantoor')
      .replace(re('bij ons'), 'bij de hulpverlener')
      .replace(re('ons|onze'), (m, off: number, all: string) => ownNl(m, all.slice(off + m.length)))
      .replace(re('mezelf'), 'zichzelf')
      .replace(re('mijn'), 'de eigen')
      .replace(re('ik'), 'de hulpverlener')
      .replace(re('(?:me|mij)(?=\\s+voor\\b)'), 'zich')
      .replace(re('me|mij'), 'de hulpverlener')
      // "we" in a practitioner's account is the practitioner with the client, or the team coming to them.
      .replace(re('we|wij'), (_m, off: number, all: string) =>
        /^[^,.;]*\b(komen|terugkomen|langskomen|langsgaan|terug|langs)\b/u.test(all.slice(off))
          ? 'de hulpverleners'
          : 'de hulpverlener en de cliënt',
      )
      .replace(re('jullie'), 'de cliënten')
      .replace(
        re('(kun|kan|heb|wil|ben|zal|moet|mag|ga|doe|zie|weet|voel|vind)\\s+(?:je|jij|u)'),
        (_m, v: string) => `${SECOND_NL[v.toLowerCase()] ?? v} de cliënt`,
      )
      .replace(
        re('(?:je|jij|u)\\s+(kunt|kan|hebt|heb|wilt|wil|bent|zult|moet|mag|gaat|doet|ziet|weet|voelt|vindt)'),
        (_m, v: string) => `de cliënt ${SECOND_NL[v.toLowerCase()] ?? v}`,
      )
      .replace(re('de cliënt\\s+(?:je|jezelf)'), 'de cliënt zich')
      // Second-person verb forms have no other use: with the client as subject they are third person.
      .replace(re('kunt|bent|hebt|wilt|zult'), (v) => SECOND_NL[v.toLowerCase()] ?? v)
      .replace(re('(jouw|uw|je)\\s+([\\p{L}-]+)'), (m, p: string, noun: string, off: number, all: string) => {
        const before = all.slice(0, off).trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
        // "je" after a preposition is possessive ("naar je werk"); elsewhere it is the client as subject.
        if (p.toLowerCase() === 'je' && !PREPOSITIONS.has(before)) return m;
        return `${HET_NOUNS.has(noun.toLowerCase()) ? 'het' : 'de'} ${noun}`;
      })
      .replace(re('je|jij|jou|u(?<!\\d\\s*u)'), 'de cliënt')
  );
}

const SECOND_NL: Record<string, string> = {
  kun: 'kan',
  kunt: 'kan',
  heb: 'heeft',
  hebt: 'heeft',
  wil: 'wil',
  wilt: 'wil',
  ben: 'is',
  bent: 'is',
  zal: 'zal',
  zult: 'zal',
  ga: 'gaat',
  doe: 'doet',
  zie: 'ziet',
  weet: 'weet',
  voel: 'voelt',
};

/** "ons nummer" → "het eigen nummer"; "ons" as object → the practitioner. */
function ownNl(word: string, after: string): string {
  const next = /^\s+([\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase();
  const isNoun = !!next && !PREPOSITIONS.has(next) && !/^(en|of|maar|dat|als|te|niet|ook|nog|al)$/.test(next);
  if (word.toLowerCase() === 'onze') return 'de eigen';
  return isNoun ? 'het eigen' : 'de hulpverlener';
}

function personsEn(s: string): string {
  return s
    .replace(/\[(?:CLIËNT|CLIENT)[^\]]*\]/giu, 'the client')
    .replace(/\[(?:PERSOON|PERSON)[^\]]*\]/giu, 'another person')
    .replace(/(?:(?:at|on|to|via|in|from|near)\s+)?(?:the\s+)?\[[^\]]*\]/giu, '')
    .replace(DEBRIS_EN, '')
    .replace(/,\s*another person(?=\s*[,.;:]|\s*$)/giu, '')
    .replace(
      re('we\\s+(has|is|was)'),
      (_m, v: string) =>
        `the practitioner and the client ${{ has: 'have', is: 'are', was: 'were' }[v.toLowerCase()]}`,
    )
    .replace(re('we'), 'the practitioner and the client')
    .replace(re('us', 'gu'), 'the practitioner')
    .replace(re('ourselves|myself'), 'themselves')
    .replace(re('my|our'), 'the')
    .replace(re('I', 'gu'), 'the practitioner')
    .replace(re('me'), 'the practitioner')
    .replace(
      re('you\\s+(are|were|have)'),
      (_m, v: string) => `the client ${{ are: 'is', were: 'was', have: 'has' }[v.toLowerCase()]}`,
    )
    .replace(re('your'), "the client's")
    .replace(re('yourself'), 'themselves')
    .replace(re('you'), 'the client');
}

const WH_NL = alt(speech.nl.wh);
const HOW_MUCH = '(?:laat|vaak|lang|oud|groot|zwaar|erg|ver|veel|goed)';
const FINITE_NL =
  /^(is|zijn|was|waren|heeft|hebben|had|hadden|kan|kunnen|wil|willen|moet|moeten|mag|zal|zou|gaat|gaan|doet|doen|staat|staan|komt|komen|zit|zitten|ligt|voelt|vindt|denkt|weet|loopt|lopen|speelt|spelen|gebeurt|gebeurde|ging|gingen|helpt|past|kost|kosten)$/;

/** A direct question after "vraagt" gets indirect word order: "vraagt hoe gaat het" → "vraagt hoe het gaat". */
function questionsNl(s: string): string {
  const asking = /\b(vraagt|vraagt na|vraagt door|informeert)\b/.test(s);
  if (!asking) return s.replace(/\?/g, ',');
  return (
    s
      // "vraagt of en wat doet u": a question word makes the question; "of" and the joining word go.
      .replace(new RegExp(`\\bvraagt of\\s+(?:(?:en|maar|dus)\\s+)?(?=(?:${WH_NL})\\s)`, 'giu'), 'vraagt ')
      .replace(/\bvraagt of\s+([^,.;:?]+)/giu, (m, q: string) => `vraagt of ${verbLast(q)}`)
      .replace(
        new RegExp(
          `((?:vraagt(?: na| door)?|informeert|,|:)\\s+(?:de cliënt(?:en)?\\s+)?(?:${WH_NL})(?:\\s+${HOW_MUCH})?)\\s+([\\p{L}]+)\\s+([^,.;:?]+)`,
          'giu',
        ),
        (m, head: string, verb: string, rest: string) => {
          const v = verb.toLowerCase();
          if (!(FINITE_NL.test(v) || (presentOf(v, { strictWeak: true }) && !/^(de|het|een|er)$/.test(v))))
            return m;
          const words = rest.trim().split(/\s+/);
          const last = words.at(-1)?.toLowerCase() ?? '';
          if (PARTICLES.includes(last) && words.length > 1) {
            words.pop();
            return `${head} ${words.join(' ')} ${last}${v}`;
          }
          return `${head} ${rest.trim()} ${v}`;
        },
      )
      .replace(/\?/g, ',')
  );
}

const isFinite = (w: string) =>
  FINITE_NL.test(w) || (!!presentOf(w, { strictWeak: true }) && !/^(de|het|een|er|dat|dit)$/.test(w));
const SUBJECT_NL = /^(de cliënt(?:en)?|de hulpverlener|dat|dit|het|er|zij|hij|\p{Lu}[\p{L}-]*)\s/u;

/**
 * A yes/no question in subordinate order: "klopt dat zo" → "dat zo klopt", "de cliënt heeft daar over
 * gesproken" → "de cliënt daar over gesproken heeft"; the finite verb goes before a closing run of
 * infinitives ("Mark mee zou willen denken").
 */
function verbLast(q: string): string {
  const all = q.trim().split(/\s+/);
  // Only the question's own clause: a clause inside it ("… wat er speelt") keeps its order.
  const sub = all.findIndex((w, i) => i > 1 && /^(wat|dat|of|hoe|wie|waar|wanneer|omdat|als)$/i.test(w));
  const words = sub > 0 ? all.slice(0, sub) : all;
  const tail = sub > 0 ? ' ' + all.slice(sub).join(' ') : '';
  if (words.length < 3) return q;
  let v = -1;
  const first = words[0]!.toLowerCase();
  if (isFinite(first) || (/t$/.test(first) && /^(dat|het|de|er|zij|hij|dit)$/i.test(words[1]!))) v = 0;
  else {
    const subj = SUBJECT_NL.exec(q.trim() + ' ')?.[1];
    const n = subj ? subj.split(/\s+/).length : 0;
    if (n && words[n] && isFinite(words[n]!.toLowerCase())) v = n;
  }
  if (v < 0) return q;
  const [verb] = words.splice(v, 1);
  let end = words.length;
  while (end > 1 && /en$/.test(words[end - 1]!) && isKnownVerbForm(words[end - 1]!)) end--;
  words.splice(end, 0, verb!.toLowerCase());
  return words.join(' ') + tail;
}

const WH_EN = alt(speech.en.wh);

function questionsEn(s: string): string {
  return s
    .replace(
      new RegExp(
        `((?:asks|,|:)\\s+(?:the client\\s+)?(?:${WH_EN}))\\s+(is|are|was|were|can|could|will|would|should|has|have|do|does|did)\\s+(the client|the practitioner|they|it|this|that|there|he|she)\\b`,
        'giu',
      ),
      (_m, head: string, aux: string, np: string) =>
        /^(do|does|did)$/i.test(aux) ? `${head} ${np}` : `${head} ${np} ${aux}`,
    )
    .replace(/\?/g, ',');
}

function dropSpeech(s: string, lang: Lang): string {
  const d = speech[lang];
  // An interjection stands apart: at the start, or set off by commas.
  const inter = new RegExp(`(^|[,:;]|\\s)\\s*(?:${alt(d.interjections)})\\s*(?=[,.!;:]|$)`, 'giu');
  let out = s.replace(inter, '$1');
  const parts = d.particles.filter((p) => p !== 'dus' && p !== 'so');
  out = out.replace(re(alt(parts)), (m, off: number, all: string) =>
    // "eens per week" and "even oud" are no particles.
    /^\s+(per|in|oud|groot|lang)\b/.test(all.slice(off + m.length)) ? m : '',
  );
  return out;
}

const T_NL = time.nl;
const T_EN = time.en;
const LANG_NAMES = { nl: alt(languages.nl), en: alt(languages.en) };

function dropCaseDetail(s: string, lang: Lang): string {
  const t = lang === 'nl' ? T_NL : T_EN;
  const days = alt(t.weekdays);
  const months = alt(t.months);
  const nums = alt(t.numbers);
  let out = s;
  // Amounts: what the act handles is a sum of money, not this sum.
  out = out.replace(
    re(
      `(?:(?:ruim|zo'n|ongeveer|circa|bijna|about|around|over|almost)\\s+)?(?:(?:€|£|\\$)\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:euro|eur|pond|pounds?))`,
    ),
    lang === 'nl' ? 'een bedrag' : 'an amount',
  );
  // A named language: "een tolk Tigrinya" is "een tolk"; "in het Arabisch" is "in de eigen taal".
  out = out
    .replace(
      re(`(?:in het|in)\\s+(?:${LANG_NAMES[lang]})`, 'gu'),
      lang === 'nl' ? 'in de eigen taal' : "in the client's language",
    )
    .replace(re(`(?:${LANG_NAMES[lang]})(?:talige)?\\s+(?=tolk|interpreter)`, 'gu'), '')
    .replace(re(`(tolk|interpreter)\\s+(?:${LANG_NAMES[lang]})`, 'giu'), '$1');
  if (lang === 'nl') {
    out = out
      .replace(re(`(?:elke|iedere)\\s+(?:${days})(?:ochtend|middag|avond)?`), 'wekelijks')
      .replace(re(`de eerste (?:(?:${nums})\\s+)?(?:${days})en`), 'de eerste weken')
      .replace(
        re(
          `(?:op|op de|vanaf|tot|voor)?\\s*(?:(?:volgende|komende|vorige) week\\s+|aanstaande\\s+)?(?:${days})(?:en|ochtend|middag|avond|morgen)?`,
        ),
        '',
      )
      .replace(
        re(`(?:om|rond|vanaf|tot|voor)?\\s*(?:half|kwart over|kwart voor)\\s+(?:${nums}|\\d{1,2})`),
        '',
      )
      .replace(re(`(?:om|rond|vanaf|tot|voor)?\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:uur|u)`), '')
      .replace(re(`(?:om|rond)\\s+\\d{1,2}[:.]\\d{2}`), '')
      .replace(re(`(?:op|vanaf|tot|per|sinds)?\\s*\\d{1,2}[-/]\\d{1,2}(?:[-/]\\d{2,4})?`), '')
      .replace(
        re(`(?:(?:op|vanaf|tot|per|sinds|in|begin|eind|half)\\s+)?\\d{1,2}\\s+(?:${months})(?:\\s+\\d{4})?`),
        '',
      )
      .replace(
        re(
          `(?:in|sinds|vanaf|per|begin|eind|half)\\s+(?:${alt(T_NL.months.filter((m) => m.length > 4 || m === 'mei'))})(?:\\s+\\d{4})?`,
        ),
        '',
      )
      .replace(re(`(?:voor|op|tot|vanaf)?\\s*(?:${alt(t.moments)})`), '');
  } else {
    out = out
      .replace(re(`every\\s+(?:${days})`), 'weekly')
      .replace(
        re(`(?:on|by|until|from|next|last)?\\s*(?:${days})s?(?:\\s+(?:morning|afternoon|evening))?`),
        '',
      )
      .replace(re(`(?:at|around|by)?\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|o'clock)`), '')
      .replace(re(`(?:at|around|by)?\\s*(?:half past|quarter past|quarter to)\\s+(?:${nums}|\\d{1,2})`), '')
      .replace(re(`(?:on|from|until|by|since)?\\s*\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?`), '')
      .replace(
        re(
          `(?:(?:in|on|since|from|by|early|late)\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${alt(T_EN.months.filter((m) => m !== 'may'))})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?`,
        ),
        '',
      )
      .replace(re(`(?:by|on|until|for)?\\s*(?:${alt(t.moments)})`), '');
  }
  return out;
}

const ORG = { nl: alt(organisations.nl), en: alt(organisations.en) };
const PROPER = {
  nl: new Set(organisations.proper.nl.map((p) => p.toLowerCase())),
  en: new Set(organisations.proper.en.map((p) => p.toLowerCase())),
};
// A proper name: one to three capitalised words ("Woonstede", "De Regenboog", "St Mary's").
const NAME = `(?:(?:De|Het|St|Sint)\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}`;
const isProper = (name: string, lang: Lang) =>
  PROPER[lang].has(name.toLowerCase()) ||
  [...PROPER[lang]].some((p) => name.toLowerCase().startsWith(p + ' ')) ||
  // An acronym (UWV, GGZ, IND, GP) is an institution or a role, not a case's own name.
  /^\p{Lu}{2,}$/u.test(name);

/**
 * Named organisations and places become their kind: "woningcorporatie Woonstede" → "de woningcorporatie",
 * "Anja van de woningcorporatie" → "een medewerker van de woningcorporatie", "in Leeds" goes. The statement
 * names the general act; the evidence keeps the original.
 */
const namedRes = (lang: Lang) => {
  const nl = lang === 'nl';
  return {
    kindName: new RegExp(
      `(?<![\\p{L}])(?:(de|het|een|the|a|an)\\s+)?(${ORG[lang]})\\s+(?:(?:van|of)\\s+)?(${NAME})(?![\\p{L}])`,
      'gu',
    ),
    worker: new RegExp(
      `(?<![\\p{L}])(${NAME})\\s+(van|bij|from|at)\\s+(de|het|the)\\s+(${ORG[lang]})(?![\\p{L}])`,
      'gu',
    ),
    place: new RegExp(
      `\\s(?:${nl ? 'in|te|uit' : 'in|from'})\\s+(${NAME})(?=\\s*[,.;:]|\\s+(?:${nl ? 'en|om|voor|met|op|over|zodat' : 'and|to|for|with|on|about|so'})(?![\\p{L}])|\\s*$)`,
      'gu',
    ),
  };
};
const NAMED = { nl: namedRes('nl'), en: namedRes('en') };

function namedToKind(s: string, lang: Lang): string {
  // Every rule needs a capitalised name: most statements have none.
  if (!/\p{Lu}/u.test(s)) return s;
  const nl = lang === 'nl';
  const r = NAMED[lang];
  return (
    s
      // "de woningcorporatie Woonstede", "the food bank St Mary's": the kind stays, the name goes.
      .replace(r.kindName, (m, art: string | undefined, kind: string, name: string) =>
        isProper(name, lang) ? m : `${art ?? (nl ? 'de' : 'the')} ${kind}`,
      )
      // "Anja van de woningcorporatie": someone of an organisation is a worker there.
      .replace(r.worker, (m, name: string, prep: string, art: string, kind: string) =>
        isProper(name, lang)
          ? m
          : nl
            ? `een medewerker ${prep} ${art} ${kind}`
            : `a worker ${prep} ${art} ${kind}`,
      )
      // "in Leeds", "te Amersfoort", "uit Utrecht": the place where it happened is no part of the act.
      .replace(r.place, (m, name: string) => (isProper(name, lang) ? m : ''))
  );
}

/**
 * A bare role noun of a telegram note after a preposition or a contact verb gets its article: "met collega"
 * → "met een collega", "belt huisarts" → "belt de huisarts", "met cliënt" → "met de cliënt".
 */
function roleArticles(s: string): string {
  return s.replace(
    /(?<![\p{L}])(met|bij|naar|aan|voor|van|belt|informeert|consulteert|raadpleegt|mailt)\s+([\p{Ll}-]+)(?![\p{L}'’])/gu,
    (m, before: string, noun: string) => {
      if (/^(cliënt|cliënte|client)$/.test(noun)) return `${before} de cliënt`;
      if (!ROLE_NOUNS.test(noun)) return m;
      return `${before} ${/^(collega|vrijwilliger|medewerker|medewerkster)$/.test(noun) ? 'een' : 'de'} ${noun}`;
    },
  );
}

/** English notes likewise: "with GP" → "with the GP", "phones daughter" → "phones the daughter". */
function roleArticlesEn(s: string): string {
  return s.replace(
    /(?<![\p{L}])(with|to|from|at|for|phones|rings|calls|emails|contacts|informs|consults|visits|speaks to)\s+(GP|OT|[\p{Ll}-]+)(?![\p{L}'’])/gu,
    (m, before: string, noun: string) =>
      noun === 'GP' || noun === 'OT' || (ROLE_NOUNS.test(noun) && !/^(lead)$/.test(noun))
        ? `${before} the ${noun}`
        : m,
  );
}

function tidyBody(s: string): string {
  return s
    .replace(/\(\s*\)/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!])/g, '$1')
    .replace(/([,;:])(\s*[,;:])+/g, '$1')
    .replace(/^[\s,;:]+/, ' ')
    .replace(/\b(de|het|een|the|a)\s+(het|de|een|the)\b/giu, '$2');
}

const NO_ACT = {
  nl: /^De hulpverlener ((is|was) (een|de|het|geen|al|zelf|sinds|werkzaam|van|\p{Lu})|heet|werkt (bij|als|sinds)|woont)\b/u,
  en: /^The practitioner ((is|was) (a|an|the|no|already|from|\p{Lu})|works (at|as|for)|has been (a|an|the|working)|lives)\b/u,
};

// Verbs that are an act without an object ("evalueert", "sluit af" need none; "besluit", "spreekt af" do).
const INTRANSITIVE =
  /^(evalueert|evaluates|intervenes|grijpt|luistert|listens|overlegt|consults|bemiddelt|mediates)$/;

/**
 * "De hulpverlener besluit.", "De hulpverlener spreekt af.": a verb (with its particle) and nothing more
 * says neither what was decided nor agreed; the note's content went into a list the statement left out.
 */
function bareVerb(words: string[], lang: Lang): boolean {
  const w = words.map((x) => x.toLowerCase().replace(/[.,;:!]+$/, ''));
  if (w.length === 1) return !INTRANSITIVE.test(w[0]!);
  return (
    w.length === 2 &&
    (lang === 'nl' ? PARTICLES.includes(w[1]!) : /^(up|down|out|off|on|in|back|over)$/.test(w[1]!)) &&
    !/^(sluit|closes|rondt)$/.test(w[0]!)
  );
}

function namesNoAct(s: string, lang: Lang): boolean {
  if (!NO_ACT[lang].test(s)) return false;
  // "is aanwezig bij het gesprek", "is present at": being there for the client is an act after all.
  return !/\b(aanwezig|bereikbaar|present|available)\b/.test(s);
}

/** "ziet de cliënt weer" once its day is dropped is, as an act, making a follow-up appointment. */
function followUp(s: string, lang: Lang): string {
  if (lang === 'nl')
    return s.replace(
      /^De hulpverlener (?:ziet (de cliënt(?:en)?)(?: (?:weer|terug|opnieuw))?|spreekt (de cliënt(?:en)?) (?:weer|opnieuw))(?=[.,]|$)/u,
      (_m, a?: string, b?: string) => `De hulpverlener maakt een vervolgafspraak met ${a ?? b}`,
    );
  return s.replace(
    /^The practitioner (?:sees|meets) (the client) again(?=[.,]|$)/u,
    'The practitioner arranges a follow-up appointment with $1',
  );
}

function finish(s: string): string {
  const t = s.replace(/[\s,;:]+$/, '').replace(/[,;:]+\./g, '.');
  return /[.!]$/.test(t) ? t.replace(/!$/, '.') : t + '.';
}
