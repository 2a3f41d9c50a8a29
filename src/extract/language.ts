import type { Lang } from './types';

const NL =
  /\b(de|het|een|en|ik|we|wij|van|dat|die|niet|met|voor|op|naar|heb|heeft|hebben|is|zijn|was|ze|hij|haar|hem|maar|ook|er|bij|om|aan|nog)\b/g;
const EN =
  /\b(the|a|an|and|i|we|of|that|to|not|with|for|on|have|has|had|is|was|were|she|he|her|him|but|also|there|at|it|they|my)\b/g;

/** Dutch or English, by counting frequent function words; Dutch wins ties (Maatstaf's users mostly write Dutch). */
export function detectLanguage(text: string): Lang {
  if (typeof text !== 'string') return 'nl';
  const sample = text.slice(0, 20000).toLowerCase();
  const nl = sample.match(NL)?.length ?? 0;
  const en = sample.match(EN)?.length ?? 0;
  return en > nl ? 'en' : 'nl';
}
