import data from './lexicon/acts.json';
import type { Lang, PhaseId } from './types';

/** A professional act from the catalogue (data/acts.json), recognised in a sentence however it is phrased. */
export interface CatalogueAct {
  id: string;
  /** The phase the act belongs to, or null when it happens in any phase (the meldcode steps, consent). */
  phase: PhaseId | null;
  /** Safety-critical acts are never missed when the text mentions them. */
  safety: boolean;
  /** The act's general wording, to propose beside the case's own words. */
  wording: Record<Lang, string>;
  /** A short noun phrase naming the act as an aspect of the help, for cluster names. */
  heading: Record<Lang, string>;
  patterns: Record<Lang, RegExp>;
}

// One alternation per act and language: a tenth of the regex runs of testing each pattern apart.
const compile = (sources: string[]) => new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'u');

export const CATALOGUE: readonly CatalogueAct[] = data.acts.map((a) => ({
  id: a.id,
  phase: a.phase as PhaseId | null,
  safety: a.safety,
  wording: a.wording,
  heading: a.heading,
  patterns: { nl: compile(a.nl), en: compile(a.en) },
}));

/** The catalogue acts a sentence names, in catalogue order; both languages when lang is not given. */
export function recogniseActs(sentence: string, lang?: Lang): CatalogueAct[] {
  const langs: Lang[] = lang ? [lang] : ['nl', 'en'];
  return CATALOGUE.filter((a) => langs.some((l) => a.patterns[l].test(sentence)));
}

/**
 * The heading of the act that most of the given statements name (at least half of them), or undefined:
 * a group of items about "Afspraken maken" is named so, whatever words its items share.
 */
export function commonActHeading(texts: readonly string[], lang: Lang): string | undefined {
  const counts = new Map<CatalogueAct, number>();
  for (const t of texts)
    for (const a of recogniseActs(t.toLowerCase(), lang)) counts.set(a, (counts.get(a) ?? 0) + 1);
  let best: CatalogueAct | undefined;
  let n = 0;
  for (const [a, c] of counts) if (c > n) ((best = a), (n = c));
  return best && n >= Math.max(2, texts.length / 2) ? best.heading[lang] : undefined;
}
