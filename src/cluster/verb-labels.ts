import type { Lang } from '../text';
import { capitalise, type VerbPhrase } from './phrases';

/** What naming a group by its verb needs to know of each item. */
export interface ItemPhrase {
  verb?: VerbPhrase;
  /** Nouns after a preposition, with it: [["met", "huisarts"], …]. */
  preps: [string, string][];
}

// Prepositions that say what or whom an activity is about; "in het gesprek", "na een week" say when or where.
const TOPIC: Record<Lang, RegExp> = {
  nl: /^(met|over|naar|aan|voor|bij|op|van)$/,
  en: /^(with|about|for|to|on|of|into)$/,
};

function top<T>(counts: Map<T, number>, key: (t: T) => string): [T, number] | undefined {
  return [...counts].sort(
    (a, b) => b[1] - a[1] || (key(a[0]) < key(b[0]) ? -1 : key(a[0]) > key(b[0]) ? 1 : 0),
  )[0];
}

function count<T>(xs: Iterable<T>, key: (t: T) => string): Map<string, { value: T; n: number }> {
  const out = new Map<string, { value: T; n: number }>();
  for (const x of xs) {
    const k = key(x);
    const e = out.get(k);
    if (e) e.n++;
    else out.set(k, { value: x, n: 1 });
  }
  return out;
}

/**
 * A group named by what its items mostly do, when at least half of them (and two or more) share one main
 * verb phrase: its nominal form ("Vragen", "Contact opnemen", "Making agreements"), followed by the one
 * or two nouns its items most often name after one and the same preposition ("Contact opnemen met huisarts
 * en wijkteam"), as long as the label stays within `max` characters. Undefined otherwise, and for a bare
 * verb without such nouns.
 */
export function verbLabel(
  items: readonly number[],
  phrases: readonly ItemPhrase[],
  lang: Lang,
  max: number,
  exclude: (word: string) => boolean = () => false,
): string | undefined {
  const verbs = count(
    items.flatMap((i) => phrases[i]?.verb ?? []),
    (v) => v.key,
  );
  const best = top(new Map([...verbs].map(([k, e]) => [k, e.n])), (k) => k);
  if (!best || best[1] < 2 || best[1] * 2 < items.length) return undefined;
  const withVerb = items.filter((i) => phrases[i]?.verb?.key === best[0]);
  const headings = count(
    withVerb.map((i) => phrases[i]!.verb!.heading),
    (h) => h,
  );
  const heading = top(new Map([...headings].map(([h, e]) => [h, e.n])), (h) => h)![0];
  const specific = withVerb.some((i) => phrases[i]!.verb!.specific);
  const object = heading.split(' ');
  // Each item counts a (preposition, noun) pair once; the noun is shown as most often written.
  const pairs = new Map<string, number>();
  const surfaces = new Map<string, string>();
  for (const i of withVerb) {
    const seen = new Set<string>();
    for (const [prep, surface] of phrases[i]!.preps) {
      const word = surface.toLowerCase();
      const key = `${prep} ${word}`;
      if (seen.has(key) || !TOPIC[lang].test(prep) || exclude(word) || object.includes(word)) continue;
      seen.add(key);
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
      if (!surfaces.has(word)) surfaces.set(word, surface);
    }
  }
  const ranked = [...pairs].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const first = ranked[0];
  // A bare verb ("Bespreken") says too little to name a group by.
  if (!first && !specific) return undefined;
  let label = heading;
  if (first) {
    const [prep, noun] = first[0].split(' ') as [string, string];
    const second = ranked.find(([k]) => k !== first[0] && k.startsWith(`${prep} `));
    const nounsOf = (k: string) => surfaces.get(k.split(' ')[1]!)!;
    const both =
      second &&
      `${heading} ${prep} ${nounsOf(first[0])} ${lang === 'nl' ? 'en' : 'and'} ${nounsOf(second[0])}`;
    const one = `${heading} ${prep} ${surfaces.get(noun)}`;
    label = both && both.length <= max ? both : one.length <= max ? one : heading;
  }
  return capitalise(label);
}
