import { isFirstName } from './first-names';
import { PARTICLES } from './lexicon';
import { diminutiveStems, genitiveBase, lexiconOwner, nameStem, shortFormOwner } from './name-variants';
import type { NameChain } from './tokens';

export interface Person {
  first: Set<string>;
  last: Set<string>;
  /** Surnames this person was called by after a title ("mevrouw Koster"), to tell a mother from her son. */
  titledLast: Set<string>;
  full: Set<string>;
  /** Introduced with a child's age ("Jayden Koster (14)"): a title such as "mevrouw" means someone else. */
  child: boolean;
  /** Gender the text gives by a relation noun or title before a mention ("echtgenote", "zoon", "mw."). */
  gender?: 'f' | 'm';
}

export interface PersonHit {
  start: number;
  end: number;
  person: number;
}

const key = (s: string): string => s.toLowerCase();

/** People by the lower-case form of one of their names; lists hold person numbers in ascending order. */
class NameIndex {
  private readonly map = new Map<string, number[]>();
  add(name: string, person: number): void {
    const list = this.map.get(key(name));
    if (!list) this.map.set(key(name), [person]);
    else if (!list.includes(person)) {
      list.push(person);
      list.sort((a, b) => a - b);
    }
  }
  get(name: string): readonly number[] {
    return this.map.get(key(name)) ?? [];
  }
}

interface Parts {
  first?: string;
  last?: string;
  full: string;
}

function splitChain(text: string, c: NameChain): Parts {
  const full = text.slice(c.start, c.end);
  const [head, second] = c.tokens;
  if (!head) return { full };
  if (PARTICLES.has(key(head.text))) return { last: full, full };
  if (!second) return c.titled ? { last: full, full } : { first: full, full };
  return { first: head.text, last: text.slice(second.start, c.end), full };
}

/** Splits a researcher-listed name the same way: first word is the first name, the rest the surname. */
function splitListed(name: string): Parts {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { first: name.trim(), full: name.trim() };
  return { first: words[0], last: words.slice(1).join(' '), full: words.join(' ') };
}

const FEMALE_TITLE = /(?:^|[^\p{L}])(?:mw|mevr|mevrouw|mrs|ms|miss)\.?\s*$/iu;

const CHILD_AGE =
  /^ ?(?:\((?:\d|1[0-7])\)|\((?:\d|1[0-7])[ ,;]|,? (?:\d|1[0-7]) jaar\b|,? aged? (?:\d|1[0-7])\b)/u;
// "H.J. (Hans) Brouwer", "Y. (Yasmina) El Amrani": a first name in brackets before the surname.
const BRACKET_CLOSE = /^\) ?/;
const INITIAL_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu})\.(?:[ \t]?\p{Lu}\.){0,3}[ \t]?$/u;

/** The initial written before a mention ("L. Porter" → "l"), lower case. */
export function initialBefore(text: string, start: number): string | undefined {
  return INITIAL_BEFORE.exec(text.slice(Math.max(0, start - 16), start))?.[1]?.toLowerCase();
}

const FEMALE_CUES = new Set(
  `mevrouw mevr mw mrs ms miss juffrouw mejuffrouw echtgenote vrouw moeder mama dochter dochtertje zus zusje
  oma tante schoonmoeder stiefmoeder pleegmoeder buurvrouw vriendin ex-vrouw exvrouw weduwe wife mother mum
  mom daughter sister grandmother gran granny grandma nan aunt stepmother stepmum girlfriend widow`.split(
    /\s+/,
  ),
);
const MALE_CUES = new Set(
  `meneer mijnheer dhr heer mr echtgenoot man vader papa zoon zoontje broer broertje opa oom schoonvader
  stiefvader pleegvader buurman vriend ex-man exman weduwnaar husband father dad son brother grandfather
  grandpa uncle stepfather stepdad boyfriend widower`.split(/\s+/),
);
const WORD_BEFORE = /(?:^|[^\p{L}-])([\p{L}-]+)\.?[ ,:]{1,3}$/u;

/** The gender a relation noun or title right before a mention gives ("echtgenote Anna", "mw. Visser"). */
export function genderBefore(text: string, start: number): 'f' | 'm' | undefined {
  const w = WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
  if (!w) return undefined;
  return FEMALE_CUES.has(w) ? 'f' : MALE_CUES.has(w) ? 'm' : undefined;
}

// "Iedereen noemt hem Hans", "Mw. noemt zichzelf Wil", "known as Liz": another name of someone just named.
const ALIAS_BEFORE =
  /(?:noemt (?:zichzelf|zich|hem|haar)|noemen (?:hem|haar)|heet eigenlijk|roepnaam:?|known as|calls (?:himself|herself|him|her)|call (?:him|her)|goes by|prefers to be called|likes to be called|wants to be called) $/iu;

const PARENT_BEFORE =
  /(?:^|[^\p{L}])(?:moeder|vader|ouders?|mama|papa|stiefmoeder|stiefvader|mother|father|parents?|mum|mom|dad)\b[^.!?\n]{0,28}$/iu;

/** The people index and the rules that pick one person among several with the same name. */
class People {
  readonly list: Person[] = [];
  readonly first = new NameIndex();
  readonly last = new NameIndex();
  readonly titled = new NameIndex();
  readonly full = new NameIndex();
  readonly stems = new NameIndex();

  fresh(): number {
    this.list.push({
      first: new Set(),
      last: new Set(),
      titledLast: new Set(),
      full: new Set(),
      child: false,
    });
    return this.list.length - 1;
  }
  add(p: number, parts: Parts, titled = false): void {
    const person = this.list[p]!;
    if (parts.first) {
      person.first.add(parts.first);
      this.first.add(parts.first, p);
      this.stems.add(nameStem(parts.first), p);
    }
    if (parts.last) {
      person.last.add(parts.last);
      this.last.add(parts.last, p);
    }
    if (parts.last && titled) {
      person.titledLast.add(parts.last);
      this.titled.add(parts.last, p);
    }
    if (parts.first && parts.last) {
      person.full.add(parts.full);
      this.full.add(parts.full, p);
    }
  }
  /** Among candidates, the first one whose first name starts with the initial, else the first adult. */
  pick(
    candidates: readonly number[],
    initial?: string,
    titled = false,
    gender?: 'f' | 'm',
  ): number | undefined {
    // A woman's title never picks a man of the family, nor a man's title a woman.
    if (gender) candidates = candidates.filter((p) => (this.list[p]!.gender ?? gender) === gender);
    const byInitial = initial
      ? candidates.find((p) => [...this.list[p]!.first].some((f) => key(f).startsWith(initial)))
      : undefined;
    if (byInitial !== undefined) return byInitial;
    if (!titled) return candidates[0];
    const adults = candidates.filter((p) => !this.list[p]!.child);
    // Two adults of that surname and nothing to tell them apart: a separate label, never a merge.
    if (adults.length > 1 && gender && adults.filter((p) => this.list[p]!.gender === gender).length !== 1)
      return undefined;
    return adults.find((p) => this.list[p]!.gender === gender) ?? adults[0];
  }
  setGender(p: number, g: 'f' | 'm' | undefined): void {
    if (g && !this.list[p]!.gender) this.list[p]!.gender = g;
  }
  /** The person a lone word belongs to as a genitive or diminutive of their first name. */
  variantOwner(word: string): number | undefined {
    const base = genitiveBase(word);
    const byGenitive = base ? (this.first.get(base)[0] ?? this.last.get(base)[0]) : undefined;
    if (byGenitive !== undefined) return byGenitive;
    for (const stem of diminutiveStems(word)) {
      const owner = this.stems.get(stem)[0];
      if (owner !== undefined) return owner;
    }
    return undefined;
  }
  /** Every first name with its person, for short forms ("Jay" for Jayden). */
  firstNames(): Array<[string, number]> {
    return this.list.flatMap((p, i) => [...p.first].map((f): [string, number] => [f, i]));
  }
}

/**
 * Groups name mentions into people: full names first, then title-plus-surname mentions, then lone words,
 * so that "Bakker" in a heading joins "Kevin Bakker" further down. A title or initial before a surname
 * picks the adult or the person with that initial; a genitive or diminutive joins the person it is made of.
 */
export function groupPersons(text: string, chains: NameChain[], listed: string[]): Person[] {
  const people = new People();
  for (const name of listed) if (name.trim()) people.add(people.fresh(), splitListed(name));

  const byStart = new Map(chains.map((c) => [c.start, c]));
  // "Cornelis (Kees) Visser": one person with a first name, a call name in brackets and a surname.
  const nick = new Map<number, NameChain>();
  const consumed = new Set<NameChain>();
  for (const c of chains) {
    if (c.tokens.length !== 1 || consumed.has(c)) continue;
    const inner = byStart.get(c.end + 2);
    if (!inner || text.slice(c.end, c.end + 2) !== ' (' || inner.tokens.length !== 1) continue;
    if (text.slice(inner.end, inner.end + 2) !== ') ') continue;
    const last = byStart.get(inner.end + 2);
    if (!last || PARTICLES.has(key(c.tokens[0]!.text))) continue;
    nick.set(c.start, inner);
    consumed.add(inner).add(last);
    const full = `${text.slice(c.start, c.end)} ${text.slice(last.start, last.end)}`;
    (c as { merged?: Parts }).merged = {
      first: text.slice(c.start, c.end),
      last: text.slice(last.start, last.end),
      full,
    };
  }
  const parts = chains
    .filter((c) => !consumed.has(c))
    .map((c) => ({ c, p: (c as { merged?: Parts }).merged ?? splitChain(text, c) }));
  const personAt = new Map<number, number>();
  for (const { c, p } of parts.filter(({ p }) => p.first && p.last)) {
    const sameLast = people.last.get(p.last!);
    const same =
      sameLast.find((q) => {
        const first = people.list[q]!.first;
        return first.size === 0 || people.first.get(p.first!).includes(q);
      }) ??
      people.first.get(p.first!).find((q) => people.list[q]!.last.size === 0) ??
      // "Liz Carter" beside "Elizabeth Carter": a short form of a first name within the same surname.
      shortOf(p.first!, people, sameLast);
    const n = same ?? people.fresh();
    people.add(n, p, c.titled);
    people.setGender(n, genderBefore(text, c.start));
    personAt.set(c.start, n);
    const call = nick.get(c.start);
    if (call) {
      const word = text.slice(call.start, call.end);
      people.add(n, { first: word, full: word });
    }
    if (CHILD_AGE.test(text.slice(c.end, c.end + 12))) people.list[n]!.child = true;
  }
  // "Haar man Michiel": the gender a lone first name is given belongs to the person of that first name.
  for (const { c, p } of parts.filter(({ p }) => p.first && !p.last)) {
    const owners = people.first.get(p.first!);
    if (owners.length === 1) people.setGender(owners[0]!, genderBefore(text, c.start));
  }
  for (const { c, p } of parts.filter(({ p }) => !p.first && p.last)) {
    // "Mw. Gerda": a title before a known first name is that person, not a new surname.
    const byFirst = c.titled ? people.first.get(p.last!)[0] : undefined;
    if (byFirst !== undefined) {
      people.add(byFirst, { first: p.last!, full: p.last! });
      personAt.set(c.start, byFirst);
      continue;
    }
    // "Mw. Hendriks" beside "Gerda Hendriks-Smit" and "Wim Hendriks": a married woman is addressed by the
    // first part of her double surname, so a woman's title picks the person with that double surname.
    // Unless a woman of the family carries that surname as it stands ("echtgenote Anna Visser").
    const female = FEMALE_TITLE.test(text.slice(Math.max(0, c.start - 9), c.start));
    const exact = people.last.get(p.last!).some((q) => people.list[q]!.gender === 'f');
    const wife =
      female && !exact
        ? people.list.findIndex((q) => [...q.last].some((l) => key(l).startsWith(`${key(p.last!)}-`)))
        : -1;
    if (wife >= 0) {
      people.add(wife, p, true);
      personAt.set(c.start, wife);
      continue;
    }
    const initial = initialBefore(text, c.start);
    const gender = genderBefore(text, c.start);
    const titledMatch = people.pick(people.titled.get(p.last!), initial, c.titled, gender);
    const lastMatch = people.pick(people.last.get(p.last!), initial, c.titled, gender);
    // "bel je moeder, mevrouw Amrani": a parent named in apposition is not the child of that surname.
    const parent = c.titled && PARENT_BEFORE.test(text.slice(Math.max(0, c.start - 48), c.start));
    const same = c.relative || parent ? titledMatch : (titledMatch ?? lastMatch);
    const n = same ?? people.fresh();
    people.add(n, p, c.titled);
    people.setGender(n, gender);
    personAt.set(c.start, n);
  }
  // Lone first names, longest first: "Jayden" is a person before "Jay" is read as its short form.
  const lone = parts
    .filter(({ p }) => p.first && !p.last)
    .sort((a, b) => b.p.first!.length - a.p.first!.length || a.c.start - b.c.start);
  for (const { c, p } of lone) {
    const word = p.first!;
    let same = people.first.get(word)[0];
    // "Iedereen noemt hem Hans": a call name of the person named last before it, of the gender the pronoun gives.
    const aliasCue = ALIAS_BEFORE.exec(text.slice(Math.max(0, c.start - 32), c.start));
    const alias =
      same === undefined && aliasCue && shortFormOwner(word, people.firstNames()) === undefined
        ? nearestBefore(
            people,
            personAt,
            c.start,
            /\b(?:hem|him|himself)\b/iu.test(aliasCue[0])
              ? 'm'
              : /\b(?:haar|her|herself)\b/iu.test(aliasCue[0])
                ? 'f'
                : undefined,
          )
        : undefined;
    if (alias !== undefined) {
      people.add(alias, { first: word, full: word });
      continue;
    }
    // A known first name that is a short form of one person's first name ("Wil" for Wilma) is that person,
    // even when some chain also used it as a surname.
    const early =
      same === undefined && isFirstName(word)
        ? (shortFormOwner(word, people.firstNames()) ?? lexiconOwner(word, people.firstNames()))
        : undefined;
    if (early !== undefined) {
      people.add(early, { first: word, full: word });
      continue;
    }
    same ??= people.last.get(word)[0];
    const gap = BRACKET_CLOSE.exec(text.slice(c.end, c.end + 3))?.[0].length;
    const next = same === undefined && gap ? byStart.get(c.end + gap) : undefined;
    if (next) {
      same = people.last.get(text.slice(next.start, next.end))[0];
      if (same !== undefined) {
        people.add(same, { first: word, full: word });
        continue;
      }
    }
    same ??= people.variantOwner(word);
    // A short form of one person's first name ("Jay" for Jayden, "Kees" for Cornelis) is that person.
    const short =
      same !== undefined
        ? undefined
        : (shortFormOwner(word, people.firstNames()) ?? lexiconOwner(word, people.firstNames()));
    if (short !== undefined) {
      people.add(short, { first: word, full: word });
      continue;
    }
    const apposed = c.apposed && same === undefined ? ownerOf(people, text, c.apposed) : undefined;
    if (apposed !== undefined && people.list[apposed]!.first.size === 0)
      people.add(apposed, { first: word, full: word });
    else if (same === undefined) people.add(people.fresh(), p);
  }
  return people.list;
}

function ownerOf(people: People, text: string, c: NameChain): number | undefined {
  const s = text.slice(c.start, c.end);
  return people.full.get(s)[0] ?? people.last.get(s)[0];
}

/** The person of the nearest name mention before `start`, within a few sentences, not of the other gender. */
function nearestBefore(
  people: People,
  personAt: ReadonlyMap<number, number>,
  start: number,
  gender?: 'f' | 'm',
): number | undefined {
  let best: [number, number] | undefined;
  for (const [at, p] of personAt) {
    const g = people.list[p]!.gender;
    if (gender && g && g !== gender) continue;
    if (at < start && at > start - 300 && (!best || at > best[0])) best = [at, p];
  }
  return best?.[1];
}

/** The one person among `candidates` of whose first name `word` is a short or listed hypocoristic form. */
function shortOf(word: string, people: People, candidates: readonly number[]): number | undefined {
  if (!candidates.length) return undefined;
  const firsts = candidates.flatMap((p) => [...people.list[p]!.first].map((f): [string, number] => [f, p]));
  return shortFormOwner(word, firsts) ?? lexiconOwner(word, firsts);
}
