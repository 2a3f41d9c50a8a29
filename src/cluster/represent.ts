import { contentStems, detectLang, foldWord, type Lang } from '../text';

/**
 * Stems of a text, or — when it has no content words at all — one pseudo-term of the whole folded text,
 * so that such texts still match their exact repeats and nothing else.
 */
export function stemsOrText(text: string, lang: Lang): string[] {
  const stems = contentStems(text, lang);
  return stems.length > 0 ? stems : ['#' + foldWord(text).replace(/\s+/g, ' ').trim()];
}

/** The language given, or the one most of the texts (a sample of them) are written in. */
export function resolveLang(texts: readonly string[], lang: Lang | undefined): Lang {
  if (lang) return lang;
  const step = Math.max(1, Math.floor(texts.length / 200));
  const sample: string[] = [];
  for (let i = 0; i < texts.length; i += step) sample.push(texts[i]!);
  return detectLang(sample.join(' '));
}
