import { recogniseActs } from '../extract/catalogue';

/**
 * The general wording of the professional act an item names, from the catalogue (src/extract/lexicon/
 * acts.json), to propose beside the item's own words; undefined when the item names no catalogued act or
 * already reads so. Pure: text in, wording out. The language follows the item's subject.
 */
export function catalogueWording(text: string): string | undefined {
  const lang = /^The (practitioner|worker)\b/.test(text) ? 'en' : 'nl';
  const act = recogniseActs(text.toLowerCase(), lang)[0];
  const wording = act?.wording[lang];
  if (!wording || wording.trim() === text.trim()) return undefined;
  return wording;
}
