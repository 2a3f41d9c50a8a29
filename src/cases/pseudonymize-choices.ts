import { applyReplacements, findPii, type Replacement } from '../pseudonymize';

/**
 * The researcher's choices on the preview page, applied to the original text: which proposed replacements to
 * keep (by index in the proposal) and which extra strings to replace everywhere as a person's name.
 */
export function chooseReplacements(
  original: string,
  proposed: Replacement[],
  keep: ReadonlySet<number>,
  extras: string[],
  lang: 'nl' | 'en',
): Replacement[] {
  const kept = proposed.filter((_, i) => keep.has(i));
  const taken = (s: number, e: number) => kept.some((r) => s < r.end && e > r.start);
  let next = 1 + Math.max(0, ...kept.map((r) => Number(/(\d+)\]$/.exec(r.placeholder)?.[1] ?? 0)));
  const out = [...kept];
  for (const extra of [...new Set(extras.map((x) => x.trim()).filter((x) => x.length >= 2))]) {
    const same = kept.find((r) => r.original === extra);
    const placeholder = same?.placeholder ?? `[${lang === 'nl' ? 'PERSOON' : 'PERSON'} ${next++}]`;
    for (let at = original.indexOf(extra); at >= 0; at = original.indexOf(extra, at + extra.length)) {
      if (!taken(at, at + extra.length))
        out.push({ start: at, end: at + extra.length, original: extra, placeholder, kind: 'name' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface PseudonymizeRequest {
  original: string;
  names: string[];
  lang: 'nl' | 'en';
  /** Indexes of proposed replacements to keep; undefined keeps all. */
  keep?: number[] | undefined;
  extras?: string[] | undefined;
}

/** Proposal and result together, for the preview page and for saving. */
export function pseudonymizeCase(req: PseudonymizeRequest) {
  const proposed = findPii(req.original, { names: req.names, lang: req.lang });
  const keep = new Set(req.keep ?? proposed.map((_, i) => i));
  const chosen = chooseReplacements(req.original, proposed, keep, req.extras ?? [], req.lang);
  return { proposed, keep, chosen, text: applyReplacements(req.original, chosen) };
}
