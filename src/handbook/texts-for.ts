import type { Lang } from './input';
import type { Texts } from './texts';
import { en } from './texts-en';
import { nl } from './texts-nl';

/** The handbook's fixed texts in the study's language (the shape is in texts.ts, each language in its file). */
export function texts(lang: Lang): Texts {
  return lang === 'en' ? en : nl;
}
