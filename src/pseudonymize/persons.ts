import { PARTICLES } from './lexicon';
import { diminutiveStems, genitiveBase, nameStem, shortFormOwner } from './name-variants';
import type { NameChain } from './tokens';

export interface Person {
  first: Set<string>;
  last: Set<string>;
  /** Surnames this person was called by after a title ("mevrouw Koster"), to tell a mother from her son. */
  titledLast: Set<string>;
  full: Set<string>;
  /** Introduced with a child's age ("Jayden Koster (14)"): a title such as "mevrouw" means someone else. */
  child: boolean;
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
  pick(candidates: readonly number[], initial?: string, titled = false): number | undefined {
    const byInitial = initial
      ? candidates.find((p) => [...this.list[p]!.first].some((f) => key(f).startsWith(initial)))
      : undefined;
    if (byInitial !== undefined) return byInitial;
    return titled ? candidates.find((p) => !this.list[p]!.child) : candidates[0];
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

  const parts = chains.map((c) => ({ c, p: splitChain(text, c) }));
  const byStart = new Map(chains.map((c) => [c.start, c]));
  for (const { c, p } of parts.filter(({ p }) => p.first && p.last)) {
    const same =
      people.last.get(p.last!).find((q) => {
        const first = people.list[q]!.first;
        return first.size === 0 || people.first.get(p.first!).includes(q);
      }) ?? people.first.get(p.first!).find((q) => people.list[q]!.last.size === 0);
    const n = same ?? people.fresh();
    people.add(n, p, c.titled);
    if (CHILD_AGE.test(text.slice(c.end, c.end + 12))) people.list[n]!.child = true;
  }
  for (const { c, p } of parts.filter(({ p }) => !p.first && p.last)) {
    // "Mw. Gerda": a title before a known first name is that person, not a new surname.
    const byFirst = c.titled ? people.first.get(p.last!)[0] : undefined;
    if (byFirst !== undefined) {
      people.add(byFirst, { first: p.last!, full: p.last! });
      continue;
    }
    // "Mw. Hendriks" beside "Gerda Hendriks-Smit" and "Wim Hendriks": a married woman is addressed by the
    // first part of her double surname, so a woman's title picks the person with that double surname.
    const wife = FEMALE_TITLE.test(text.slice(Math.max(0, c.start - 9), c.start))
      ? people.list.findIndex((q) => [...q.last].some((l) => key(l).startsWith(`${key(p.last!)}-`)))
      : -1;
    if (wife >= 0) {
      people.add(wife, p, true);
      continue;
    }
    const initial = initialBefore(text, c.start);
    const titledMatch = people.pick(people.titled.get(p.last!), initial, c.titled);
    const lastMatch = people.pick(people.last.get(p.last!), initial, c.titled);
    const same = c.relative ? titledMatch : (titledMatch ?? lastMatch);
    people.add(same ?? people.fresh(), p, c.titled);
  }
  // Lone first names, longest first: "Jayden" is a person before "Jay" is read as its short form.
  const lone = parts
    .filter(({ p }) => p.first && !p.last)
    .sort((a, b) => b.p.first!.length - a.p.first!.length || a.c.start - b.c.start);
  for (const { c, p } of lone) {
    const word = p.first!;
    let same = people.first.get(word)[0] ?? people.last.get(word)[0];
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
    // A short form of one person's first name ("Jay" for Jayden) is that person, and one of their names.
    const short = same === undefined ? shortFormOwner(word, people.firstNames()) : undefined;
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
