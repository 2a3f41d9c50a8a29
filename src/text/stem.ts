import snowball from 'snowball-stemmers';
import type { Lang } from './tokens';

const ALGORITHM: Record<Lang, string> = { nl: 'dutch', en: 'english' };
const stemmers = new Map<Lang, (word: string) => string>();

/**
 * Snowball stem of a folded word. Memoised per language: case texts repeat the same few thousand words,
 * and the stemmer is the slowest step of building the representation.
 */
export function stem(word: string, lang: Lang): string {
  let fn = stemmers.get(lang);
  if (!fn) {
    const stemmer = snowball.newStemmer(ALGORITHM[lang]);
    const memo = new Map<string, string>();
    fn = (w) => {
      let s = memo.get(w);
      if (s === undefined) {
        s = stemmer.stem(w);
        memo.set(w, s);
      }
      return s;
    };
    stemmers.set(lang, fn);
  }
  return fn(word);
}
