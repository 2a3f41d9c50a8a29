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
  patterns: Record<Lang, RegExp[]>;
}

const compile = (sources: string[]) => sources.map((s) => new RegExp(s, 'iu'));

export const CATALOGUE: readonly CatalogueAct[] = data.acts.map((a) => ({
  id: a.id,
  phase: a.phase as PhaseId | null,
  safety: a.safety,
  wording: a.wording,
  patterns: { nl: compile(a.nl), en: compile(a.en) },
}));

/** The catalogue acts a sentence names, in catalogue order; both languages when lang is not given. */
export function recogniseActs(sentence: string, lang?: Lang): CatalogueAct[] {
  const langs: Lang[] = lang ? [lang] : ['nl', 'en'];
  return CATALOGUE.filter((a) => langs.some((l) => a.patterns[l].some((re) => re.test(sentence))));
}
