import { TITLES } from './lexicon';
import { isCommonWord, isNotName, isTwoLetterWord } from './lexicon';
import {
  diminutiveStems,
  genitiveBase,
  lexiconOwner,
  nameStem,
  shortFormOwner,
  twoLetterOwner,
} from './name-variants';
import { initialBefore, type Person, type PersonHit } from './persons';
import type { Token } from './tokens';

interface Form {
  form: string;
  rank: number;
  /** Everyone called this way, in order of first mention; the first one owns the form by default. */
  persons: number[];
}

const key = (s: string): string => s.toLowerCase();
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const firstWord = (form: string): string => /^[^\s.]+/u.exec(form)?.[0]?.replace(/['’]s$/, '') ?? form;

/** Whether a word opens a sentence or line, where any word has a capital. */
function sentenceStart(text: string, start: number): boolean {
  return /(?:^|[.!?:\n]["'”’)]?)\s*$/u.test(text.slice(Math.max(0, start - 4), start));
}

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

const BAD_BEFORE = /[\p{N}@._-]/u;
const endsName = (text: string, end: number): boolean =>
  !/^(?:[\p{L}\p{N}@]|[._-]\p{L})/u.test(text.slice(end, end + 2));

/** The forms every person is called by, keyed by their first word, longest first within a key. */
function formsByFirstWord(people: Person[]): Map<string, Form[]> {
  const all = new Map<string, Form>();
  const put = (form: string, person: number, rank: number): void => {
    const f = all.get(form);
    if (!f) all.set(form, { form, rank, persons: [person] });
    else {
      if (!f.persons.includes(person)) f.persons.push(person);
      f.rank = Math.min(f.rank, rank);
    }
  };
  people.forEach((p, person) => {
    for (const f of p.full) put(f, person, 0);
    for (const f of p.last) for (const v of new Set([f, capitalise(f)])) put(v, person, 1);
    for (const f of p.first) put(f, person, 2);
  });
  const byWord = new Map<string, Form[]>();
  for (const f of all.values()) {
    const w = firstWord(f.form);
    const list = byWord.get(w);
    if (list) list.push(f);
    else byWord.set(w, [f]);
  }
  for (const list of byWord.values()) list.sort((a, b) => b.form.length - a.form.length || a.rank - b.rank);
  return byWord;
}

/** First names and one-word surnames by the stem their genitive and diminutive forms share. */
function singleWordOwners(people: Person[]): { exact: Map<string, number>; stems: Map<string, number> } {
  const exact = new Map<string, number>();
  const stems = new Map<string, number>();
  people.forEach((p, person) => {
    for (const f of p.first) {
      if (!exact.has(f)) exact.set(f, person);
      if (!stems.has(nameStem(f))) stems.set(nameStem(f), person);
    }
    for (const f of p.last) if (!/\s/.test(f) && !exact.has(f)) exact.set(f, person);
  });
  return { exact, stems };
}

/**
 * Every mention of every person in one pass over the tokens: at each word the longest form starting
 * there wins ("Esra Yıldız" before "Yıldız"); a capitalised word that is a genitive or diminutive of a
 * person's name ("Jaydens", "Fleurtje") is that person. Initials before a surname are part of the mention
 * and choose among people who share the surname; a title chooses the one addressed that way.
 */
export function findPersonHits(text: string, people: Person[], tokens: Token[]): PersonHit[] {
  const forms = formsByFirstWord(people);
  const single = singleWordOwners(people);
  const titled = new Map<string, number>();
  people.forEach((p, i) => {
    for (const l of p.titledLast) if (!titled.has(key(l))) titled.set(key(l), i);
  });
  const firstNames = people.flatMap((p, i) => [...p.first].map((f): [string, number] => [f, i]));
  // Capitalised words that stand somewhere mid-sentence, where a capital marks a name.
  // A vocative ("Mo, wil je …") stands where a name stands, at a sentence start too.
  const midWords = new Set(
    tokens.filter((t) => t.cap && (!sentenceStart(text, t.start) || text[t.end] === ',')).map((t) => t.text),
  );
  const lowerWords = new Set(tokens.filter((t) => !t.cap).map((t) => t.text));
  const hits: PersonHit[] = [];
  let cursor = 0;
  for (const t of tokens) {
    if (t.start < cursor || BAD_BEFORE.test(text[t.start - 1] ?? ' ')) continue;
    const form = (forms.get(t.text) ?? []).find(
      (f) => text.startsWith(f.form, t.start) && endsName(text, t.start + f.form.length),
    );
    if (form) {
      const end = t.start + form.form.length;
      const start = form.rank < 2 ? Math.max(cursor, withInitials(text, t.start)) : t.start;
      hits.push({ start, end, person: owner(text, people, titled, form, t.start) });
      cursor = end;
      continue;
    }
    if (!t.cap || !endsName(text, t.end)) continue;
    const base = genitiveBase(t.text);
    let person = base === undefined ? undefined : single.exact.get(base);
    for (const stem of person === undefined ? diminutiveStems(t.text) : []) {
      person ??= single.stems.get(stem);
    }
    if (person === undefined) person = shortFormHit(text, t, firstNames, midWords, lowerWords);
    if (person === undefined) continue;
    // The genitive keeps its -s outside the placeholder; a diminutive is replaced whole.
    hits.push({
      start: t.start,
      end: base !== undefined && single.exact.has(base) ? t.end - 1 : t.end,
      person,
    });
    cursor = t.end;
  }
  return hits;
}

function owner(
  text: string,
  people: Person[],
  titled: Map<string, number>,
  form: Form,
  start: number,
): number {
  if (form.rank !== 1) return form.persons[0]!;
  const initial = initialBefore(text, start);
  if (initial) {
    const p = form.persons.find((q) => [...people[q]!.first].some((f) => key(f).startsWith(initial)));
    if (p !== undefined) return p;
  }
  if (!titleBefore(text, start)) return form.persons[0]!;
  // A bare surname after a title belongs to whoever was addressed that way ("Mevrouw Koster" = the mother).
  const addressed = titled.get(key(form.form));
  if (addressed !== undefined) return addressed;
  return form.persons.find((q) => !people[q]!.child) ?? form.persons[0]!;
}

/**
 * A short form of one person's first name that nothing else explains: a prefix ("Vicky" for Victoria), a
 * two-letter prefix ("Mo" for Mohamed) or a listed hypocoristic form ("Kees" for Cornelis, "Bill" for
 * William). It must not be an institution word, and it must stand mid-sentence, here or elsewhere in the
 * text, unless it is no common word and the text never writes it in lower case.
 */
function shortFormHit(
  text: string,
  t: Token,
  firstNames: ReadonlyArray<readonly [string, number]>,
  midWords: ReadonlySet<string>,
  lowerWords: ReadonlySet<string>,
): number | undefined {
  if (isNotName(t.text)) return undefined;
  const common = isCommonWord(t.text);
  // "Jay zei …" at a sentence start only: no common word, never written in lower case, three letters at least.
  const bare = !common && t.text.length > 2 && !lowerWords.has(t.text.toLowerCase());
  if (!midWords.has(t.text) && !bare) return undefined;
  // A listed short form capitalised mid-sentence is a name even when it is also a word ("Will", "Jan").
  const listed = lexiconOwner(t.text, firstNames);
  if (listed !== undefined && (!common || !sentenceStart(text, t.start))) return listed;
  // Stop-word lists hold stray two-letter entries ("mo"); a two-letter form is judged on its own list and
  // on the text, which must never write it in lower case.
  if (t.text.length === 2 && !isTwoLetterWord(t.text) && !lowerWords.has(t.text.toLowerCase()))
    return twoLetterOwner(t.text, firstNames);
  return common ? undefined : shortFormOwner(t.text, firstNames);
}
