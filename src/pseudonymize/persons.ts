import { PARTICLES, TITLES } from './lexicon';
import type { NameChain } from './names';

export interface Person {
  first: Set<string>;
  last: Set<string>;
  /** Surnames this person was called by after a title ("mevrouw Koster"), to tell a mother from her son. */
  titledLast: Set<string>;
  full: Set<string>;
}

export interface PersonHit {
  start: number;
  end: number;
  person: number;
}

const key = (s: string): string => s.toLowerCase();
const has = (set: Set<string>, s: string): boolean => [...set].some((x) => key(x) === key(s));
const newPerson = (): Person => ({
  first: new Set(),
  last: new Set(),
  titledLast: new Set(),
  full: new Set(),
});

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

/**
 * Groups name mentions into people: full names first, then title-plus-surname mentions, then lone words,
 * so that "Bakker" in a heading joins "Kevin Bakker" further down.
 */
export function groupPersons(text: string, chains: NameChain[], listed: string[]): Person[] {
  const people: Person[] = [];
  const add = (p: Person, parts: Parts, titled = false): void => {
    if (parts.first) p.first.add(parts.first);
    if (parts.last) p.last.add(parts.last);
    if (parts.last && titled) p.titledLast.add(parts.last);
    if (parts.first && parts.last) p.full.add(parts.full);
  };
  const fresh = (): Person => {
    const p = newPerson();
    people.push(p);
    return p;
  };
  for (const name of listed) if (name.trim()) add(fresh(), splitListed(name));

  const parts = chains.map((c) => ({ c, p: splitChain(text, c) }));
  for (const { c, p } of parts.filter(({ p }) => p.first && p.last)) {
    const same =
      people.find((q) => has(q.last, p.last!) && (q.first.size === 0 || has(q.first, p.first!))) ??
      people.find((q) => q.last.size === 0 && has(q.first, p.first!));
    add(same ?? fresh(), p, c.titled);
  }
  for (const { c, p } of parts.filter(({ p }) => !p.first && p.last)) {
    const titledMatch = people.find((q) => has(q.titledLast, p.last!));
    const same = c.relative ? titledMatch : (titledMatch ?? people.find((q) => has(q.last, p.last!)));
    add(same ?? fresh(), p, c.titled);
  }
  const owner = (c: NameChain): Person | undefined =>
    people.find((q) => has(q.full, text.slice(c.start, c.end)) || has(q.last, text.slice(c.start, c.end)));
  for (const { c, p } of parts.filter(({ p }) => p.first && !p.last)) {
    const same = people.find((q) => has(q.first, p.first!)) ?? people.find((q) => has(q.last, p.first!));
    const apposed = c.apposed && !same ? owner(c.apposed) : undefined;
    if (apposed && apposed.first.size === 0) apposed.first.add(p.first!);
    else if (!same) add(fresh(), p);
  }
  return people;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function titleBefore(text: string, start: number): boolean {
  const m = /(\p{L}+)\.? $/u.exec(text.slice(Math.max(0, start - 12), start));
  return !!m && TITLES.has(key(m[1]!));
}

// "A.J. Roos-Kok", "J.W. van 't Hek": initials before a surname belong to the name.
const INITIALS = /(?<![\p{L}\p{N}])(?:\p{Lu}\.[ \t]?){1,4}$/u;

function withInitials(text: string, start: number): number {
  const m = INITIALS.exec(text.slice(Math.max(0, start - 16), start));
  return m ? start - m[0].length : start;
}

/** Every mention of every person in the text, longest forms first so "Esra Yıldız" beats "Yıldız". */
export function findPersonHits(text: string, people: Person[]): PersonHit[] {
  const forms: { form: string; person: number; rank: number }[] = [];
  people.forEach((p, person) => {
    for (const f of p.full) forms.push({ form: f, person, rank: 0 });
    for (const f of p.last)
      for (const v of new Set([f, capitalise(f)])) forms.push({ form: v, person, rank: 1 });
    for (const f of p.first) forms.push({ form: f, person, rank: 2 });
  });
  forms.sort((a, b) => b.form.length - a.form.length || a.rank - b.rank);
  const hits: PersonHit[] = [];
  const taken = (s: number, e: number): boolean => hits.some((h) => s < h.end && e > h.start);
  for (const { form, person, rank } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}@._-])${escape(form)}(?![\\p{L}\\p{N}@]|[._-]\\p{L})`, 'gu');
    for (const m of text.matchAll(re)) {
      const end = m.index + form.length;
      const start = rank < 2 ? withInitials(text, m.index) : m.index;
      if (taken(start, end)) continue;
      // A bare surname after a title belongs to whoever was addressed that way ("Mevrouw Koster" = the mother).
      const owner =
        rank === 1 && titleBefore(text, m.index) ? people.findIndex((p) => has(p.titledLast, form)) : -1;
      hits.push({ start, end, person: owner >= 0 ? owner : person });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
