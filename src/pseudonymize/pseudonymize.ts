import { findBirthdates } from './birthdate';
import { findEmails, findPhones } from './contact';
import { detectLang } from '../text';
import { kindPlaceholder, personPlaceholder } from './lang';
import { findAddresses, findPostcodes } from './location';
import { findNameChains } from './names';
import { findBsns, findIbans, findIdNumbers } from './numbers';
import { findPersonHits } from './person-hits';
import { groupPersons } from './persons';
import { applyReplacements, resolveOverlaps } from './replacements';
import { pickClient } from './roles';
import { tokenize } from './tokens';
import type { Candidate, PseudonymizeOptions, Replacement } from './types';

interface Found extends Candidate {
  person?: number;
}

/**
 * Finds the personal details in a case text. Returns sorted, non-overlapping replacements whose
 * offsets index into `text`; every mention of one person carries the same placeholder.
 */
export function findPii(text: string, opts: PseudonymizeOptions = {}): Replacement[] {
  if (!text.trim()) return [];
  const lang = opts.lang ?? detectLang(text);
  const found: Found[] = [
    ...findEmails(text),
    ...findIbans(text),
    ...findBsns(text),
    ...findIdNumbers(text),
    ...findPhones(text),
    ...findBirthdates(text),
    ...findPostcodes(text),
    ...findAddresses(text),
  ];
  const tokens = tokenize(text);
  const people = groupPersons(text, findNameChains(text, tokens), opts.names ?? []);
  for (const h of findPersonHits(text, people, tokens)) found.push({ ...h, kind: 'name' });
  const kept = resolveOverlaps(found);

  const nameHits = kept.flatMap((f) => (f.person === undefined ? [] : [{ ...f, person: f.person }]));
  const client = pickClient(text, nameHits);
  const numbers = new Map<number, number>();
  if (client >= 0) numbers.set(client, 1);
  for (const h of nameHits) if (!numbers.has(h.person)) numbers.set(h.person, numbers.size + 1);

  return kept.map((f) => ({
    start: f.start,
    end: f.end,
    original: text.slice(f.start, f.end),
    kind: f.kind,
    placeholder:
      f.kind === 'name'
        ? personPlaceholder(numbers.get(f.person ?? -1) ?? 0, f.person === client, lang)
        : kindPlaceholder(f.kind, lang),
  }));
}

export function pseudonymize(
  text: string,
  opts: PseudonymizeOptions = {},
): { text: string; replacements: Replacement[] } {
  const replacements = findPii(text, opts);
  return { text: applyReplacements(text, replacements), replacements };
}
