import { HET_NOUNS, PREPOSITIONS } from './lexicon-nl';
import type { Tok } from './segment';
import { isIrregularForm as isEnglishVerb } from './verbs-en';
import { isKnownVerbForm, parseParticiple, presentOf } from './verbs-nl';
import type { Lang } from './types';

export interface RoleContext {
  lang: Lang;
  /** Lowercased name words known to belong to the client (from "mevrouw Yıldız", headers). */
  clientNames: Set<string>;
  /** Conversation transcripts: "je/jullie" address the client. */
  addressed: boolean;
}

const TITLES = /^(mevrouw|mevr|mw|meneer|mijnheer|dhr|mr|mrs|ms|miss|mister)$/i;
export const ROLE_NOUNS =
  /^(zus|broer|moeder|vader|zoon|dochter|oma|opa|tante|oom|partner|ex|man|vrouw|vriend|vriendin|buurvrouw|buurman|collega|huisarts|mentor|docent|leraar|lerares|begeleider|vrijwilliger|casemanager|consulent|advocaat|agent|wijkagent|medewerker|medewerkster|sister|brother|mother|mum|mom|father|dad|son|daughter|teacher|friend|colleague|lead|officer|worker|gp|doctor|neighbour|partner|boyfriend|girlfriend)$/i;

const PLACEHOLDER: Array<[RegExp, string, string]> = [
  [/^\[(cliënt|client|cliente|cliënte)\b/i, 'de cliënt', 'the client'],
  [/^\[(hulpverlener|werker|practitioner|worker|mw)\b/i, 'de hulpverlener', 'the practitioner'],
  [/^\[(familielid|family|relative|ouder|parent|kind|child)\b/i, 'een familielid', 'a relative'],
  [/^\[(huisarts|arts|gp|doctor)\b/i, 'de huisarts', 'the GP'],
  [/^\[(adres|address)\b/i, 'het adres', 'the address'],
  [/^\[(telefoon|tel|phone)/i, 'het telefoonnummer', 'the phone number'],
  [/^\[(e-?mail)/i, 'het e-mailadres', 'the email address'],
  [/^\[(datum|date|geboortedatum)/i, 'een datum', 'a date'],
  [/^\[(organisatie|instelling|organisation|organization)/i, 'een organisatie', 'an organisation'],
  [/^\[(plaats|woonplaats|place|city|stad)/i, 'de woonplaats', 'the town'],
  [/^\[/, 'een betrokkene', 'another person'],
];

const isCap = (t: Tok | undefined) => !!t && /^[\p{Lu}]/u.test(t.s) && !/^[\p{Lu}\d]{2,}$/u.test(t.s);

/** Collects the client's name words from titles ("mevrouw Esra Yıldız", "Meneer Dijkstra"). */
export function clientNames(toks: Tok[]): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    if (!TITLES.test(toks[i]!.l)) continue;
    let j = i + 1;
    if (toks[j]?.s === '.') j++;
    while (isCap(toks[j]) && j < i + 5) names.add(toks[j++]!.l);
  }
  return names;
}

function placeholder(t: Tok, lang: Lang): string | undefined {
  if (!t.s.startsWith('[')) return undefined;
  for (const [re, nl, en] of PLACEHOLDER) if (re.test(t.s)) return lang === 'nl' ? nl : en;
  return undefined;
}

/**
 * Rewrites the people in a stretch of tokens as roles: the client's names, titles and pronouns become
 * "de cliënt", names after a role noun are dropped, placeholders become their role. Returns output words,
 * one entry per input token (possibly empty).
 */
export function mapPeople(source: Tok[], ctx: RoleContext, practitionerSubject: boolean): string[] {
  // A copy: possessives attach their owner to the noun that follows ("haar post" → "de post van de cliënt").
  const toks = source.slice();
  const out: string[] = [];
  const nl = ctx.lang === 'nl';
  const client = nl ? 'de cliënt' : 'the client';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    // Contact details never belong in a behavioural statement: "belt op 06-12345678" → "belt".
    const digits = (x: Tok | undefined) => !!x && /^\+?\d[\d-]{2,}$/.test(x.s);
    const phone = digits(t) && (t.s.length >= 6 || digits(prev) || digits(next));
    if (t.s === '@' || phone) {
      for (let k = i - 1; k >= 0 && (digits(toks[k]) || /^(op|via|on|at|naar|to)$/.test(toks[k]!.l)); k--) {
        out[k] = '';
        if (!digits(toks[k])) break;
      }
      if (t.s === '@') {
        out[i - 1] = '';
        if (/^(op|via|on|at|naar|to)$/.test(toks[i - 2]?.l ?? '')) out[i - 2] = '';
        toks[i + 1] = { ...toks[i + 1]!, s: '' };
      }
      out.push('');
      continue;
    }
    const ph = placeholder(t, ctx.lang);
    if (ph) {
      out.push(prev && ROLE_NOUNS.test(prev.l) ? '' : ph);
      continue;
    }
    if (TITLES.test(t.l)) {
      out.push(client);
      if (next?.s === '.') ((toks[i + 1] = { ...next, s: '' }), out.push(''), i++);
      while (isCap(toks[i + 1]) && toks[i + 1]!.word) (out.push(''), i++);
      continue;
    }
    if (ctx.clientNames.has(t.l) && isCap(t)) {
      out.push(prev && ctx.clientNames.has(prev.l) ? '' : client);
      continue;
    }
    if (isCap(t) && prev && ROLE_NOUNS.test(prev.l) && t.word) {
      // "collega Jeroen Smit" → "collega": the whole name goes.
      out.push('');
      while (isCap(toks[i + 1]) && toks[i + 1]!.word && !TITLES.test(toks[i + 1]!.l)) (out.push(''), i++);
      continue;
    }
    out.push(
      nl ? pronounNl(toks, i, ctx, practitionerSubject) : pronounEn(toks, i, ctx, practitionerSubject),
    );
  }
  return out;
}

function article(noun: Tok | undefined): string {
  if (!noun) return 'de';
  return HET_NOUNS.has(noun.l) || /(je|tje|pje|ment|isme)$/.test(noun.l) ? 'het' : 'de';
}

const NL_NOT_NOUN =
  /^(en|of|maar|dat|wat|die|niet|nog|ook|wel|al|er|te|om|zich|zelf|mee|aan|op|in|uit|af|door|over|bij|na|was|is|had|heeft|kan|wil|hier|daar|nu|dan|allebei|beiden|samen|altijd|eerst|even|graag|misschien|echt|toch|alleen|weer|meteen|vandaag|morgen|gisteren|soms|vaak|erbij|zo|heel|erg|nooit|ooit|ook|het|een|de|geen|gewoon|eigenlijk|dus|steeds|meestal|direct|nauwelijks|bewust|apart|net|pas|helemaal|daarna|later|zeer|telkens|opnieuw|terug|eens|\w+lijks)$/;
const NL_SUBORD =
  /^(of|dat|als|wat|wie|waar|hoe|omdat|zodat|toen|wanneer|terwijl|nadat|voordat|zoals|tenzij)$/;

function possessiveNl(toks: Tok[], i: number, owner: string): string {
  let j = i + 1;
  while (toks[j] && /e$/.test(toks[j]!.l) && toks[j + 1]?.word && !NL_NOT_NOUN.test(toks[j + 1]!.l)) j++;
  const noun = toks[j];
  const own = toks[i + 1]?.l === 'eigen';
  if (own || !noun) return article(noun);
  // The owner follows the noun phrase: "haar post" → "de post van de cliënt".
  toks[j] = { ...noun, s: `${noun.s} van ${owner}` };
  return article(noun);
}

function pronounNl(toks: Tok[], i: number, ctx: RoleContext, practitionerSubject: boolean): string {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const nextIsNoun =
    !!next?.word &&
    !NL_NOT_NOUN.test(next.l) &&
    !PREPOSITIONS.has(next.l) &&
    !isKnownVerbForm(next.l) &&
    !(prev && NL_SUBORD.test(prev.l)) &&
    !parseParticiple(next.l) &&
    !presentOf(next.l, { strictWeak: true }) &&
    !/^[\p{Lu}]/u.test(next.s);
  switch (t.l) {
    case 'ik':
      return 'de hulpverlener';
    case 'hem':
      return 'de cliënt';
    case 'hij':
      return 'de cliënt';
    case 'zij':
    case 'ze':
      return next && /^(hebben|waren|hadden|zijn|kunnen|willen|moeten|gingen|zouden)$/.test(next.l)
        ? 'de cliënten'
        : 'de cliënt';
    case 'haar':
      return nextIsNoun ? possessiveNl(toks, i, 'de cliënt') : 'de cliënt';
    case 'zijn':
      if (prev && (PREPOSITIONS.has(prev.l) || prev.l === 'en') && nextIsNoun)
        return possessiveNl(toks, i, 'de cliënt');
      return t.s;
    case 'me':
    case 'mij':
      return practitionerSubject ? 'zich' : 'de hulpverlener';
    case 'mijn':
    case 'onze':
      return 'de eigen';
    case 'jullie':
      if (!ctx.addressed) return t.s;
      return nextIsNoun && next?.l !== 'zelf' ? possessiveNl(toks, i, 'de cliënten') : 'de cliënten';
    case 'je':
    case 'jij':
    case 'u':
    case 'jou':
      if (!ctx.addressed) return t.s;
      return t.l === 'je' && nextIsNoun && prev && PREPOSITIONS.has(prev.l)
        ? possessiveNl(toks, i, 'de cliënt')
        : 'de cliënt';
    case 'jouw':
    case 'uw':
      return ctx.addressed ? possessiveNl(toks, i, 'de cliënt') : t.s;
    default:
      return t.s;
  }
}

const EN_ADVERB =
  /^(now|then|here|there|today|tomorrow|yesterday|yet|first|home|once|twice|later|soon|again|too|straight)$/;

const EN_NOT_NOUN =
  /^(i|we|they|he|she|it|you|together|at|by|from|into|over|through|as|because|so|but|since|until|before|after|while|who|which|this|these|those|some|any|all)$/;

function pronounEn(toks: Tok[], i: number, ctx: RoleContext, practitionerSubject: boolean): string {
  const t = toks[i]!;
  const next = toks[i + 1];
  switch (t.l) {
    case 'i':
      return 'the practitioner';
    case 'he':
    case 'she':
    case 'him':
      return 'the client';
    case 'her':
      return next?.word &&
        !/^(to|and|or|that|what|about|with|for|in|on|off|up|out|back|again|when|if|too|a|an|the|\w+ly|\w+ed)$/.test(
          next.l,
        ) &&
        // A pronoun, preposition or conjunction after "her" ("with her we wrote", "visited her together with
        // the police") shows "her" is the person: no noun follows.
        !EN_NOT_NOUN.test(next.l) &&
        !EN_ADVERB.test(next.l) &&
        // "wrote to her explaining how …": a verb in -ing after "her" is what she is told, not her thing.
        !(
          /ing$/.test(next.l) &&
          /^(how|what|why|that|when|where|to|about|the|a|an|it|his|her|)$/.test(toks[i + 2]?.l ?? '')
        ) &&
        !isEnglishVerb(next.l)
        ? "the client's"
        : 'the client';
    case 'his':
      return "the client's";
    case 'me':
      return 'the practitioner';
    case 'my':
    case 'our':
      return 'the';
    case 'myself':
      return 'themselves';
    case 'you':
      return ctx.addressed ? 'the client' : t.s;
    case 'your':
      return ctx.addressed ? "the client's" : t.s;
    default:
      return t.s;
  }
}
