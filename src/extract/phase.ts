import { PHASES, type PhaseId, type SourceType } from './types';

// Cue words per phase, Dutch and English, matched on the evidence text and its rewrite (lowercased).
const CUES: Record<PhaseId, RegExp> = {
  intake:
    /\b(aanmeld\w*|aangemeld|kennismak\w*|kennis\s*gemaakt|eerste (gesprek|contact|keer|huisbezoek|afspraak)|voorgesteld|stel(t)? (me|zich) voor|stelt zich|wat (het )?(amw|maatschappelijk werk)|binnen 24 uur|dezelfde dag|zelfde dag|melding|gemeld|verwijz\w+|verwezen|intake|verplicht|vertrouwelijk|tussen ons|first (met|meeting|contact|session)|introduc\w*|referral|referred to (me|us)|licen[cs]e conditions|explain\w* (what|how)|onaangekondigd|tolk)\b/,
  analyse:
    /\b(in kaart|uitgevraagd|uitvragen|doorgevraagd|doorvragen|inventaris\w*|geschiedenis|voorgeschiedenis|geluisterd|luistert|rondgekeken|kijkt rond|overzicht|signalen|netwerk|schaal|wat er speelt|wat er gebeurd|vertellen|verhaal|samenvat\w*|als ik het goed begrijp|klopt dat|assessment|history|listen\w*|what (a|an) (normal|good|typical)|look(ed)? around|needs|worried|concern|zorgen|situatie|helpen, buiten|genoteerd|noteert|vraagt na|navragen|nagevraagd|uitgezocht|zoekt uit)\b/,
  plan: /\b(plan|hulpverleningsplan|doel(en)?|afspraken?|afgesproken|spreekt\b.*\baf|prioritei\w*|voorrang|besloten|besluit|vastgelegd|legt vast|voor- en nadelen|keuzes?|kiezen|veranderen|beginnen|opgeschreven|schrijft .*op|goals?|agreed|agree|sentence plan|rank\w*|prioriti\w*|decid\w*|wil(t)? veranderen|jouw woorden|bijdrage)\b/,
  uitvoering:
    /\b(meegegaan|gaat mee|mee naar|meegelopen|loopt mee|begeleid\w*|aangevraagd|vraagt aan|ingediend|dient in|aanvraag|doorverwezen|verwijst|gekoppeld|koppelt|opgehaald|haalt op|geholpen|helpt|regel\w*|contact (gezocht|opgenomen|met)|bemiddel\w*|helped|referred|accompan\w*|went with|check-ins?|missed|niet verschenen|geen gehoor|langsgegaan|supporting letter|benefits claim|fill in|texted|rang|consulaat|gemeenteloket|loket|voedselbank|noodfonds)\b/,
  afsluiting:
    /\b(afsluit\w*|afgesloten|afrond\w*|laatste (gesprek|keer|sessie)|eindevaluatie|evaluatie\w*|evalueert|geëvalueerd|teruggekeken|kijkt .*terug|terugblik\w*|dossier gesloten|sluit het dossier|sluit .*dossier|overdracht\w*|overgedragen|draagt .*over|stopte|stopt|stoppen|afscheid|opnieuw (aankloppen|contact|bellen)|nieuwe zorgen|heeft opgeleverd|wat (heeft|had) geholpen|closing|last session|ended|ending|look(ed)? back|review\w*|handover|final|from now on|useful|nagelopen)\b/,
};

// Asking questions is mostly problem clarification, but asking happens in every phase: a weak vote only.
const ASKING = /\b(vraagt|vroeg|gevraagd|asks|asked)\b/;
const WEAK = 0.5;

export interface PhaseInput {
  /** Evidence text and rewrite together, for the cue words. */
  text: string;
  /** Relative position in the case, 0 … 1. */
  position: number;
}

/**
 * Suggests a phase for each activity: cue words vote, the position in the story gives a prior
 * (early → intake, last part → afsluiting), and the sequence is kept mostly forward-moving, since a
 * case is told in the order the help went. With phase tags, only those phases are suggested.
 */
export function suggestPhases(
  items: PhaseInput[],
  opts: { tags?: PhaseId[]; source?: SourceType; head?: string } = {},
): PhaseId[] {
  const allowed = opts.tags?.length ? PHASES.filter((p) => opts.tags!.includes(p)) : [...PHASES];
  if (!items.length) return [];
  const [lo, hi] = range(opts.source, opts.head ?? '', allowed.length);
  const scores = items.map((it) =>
    allowed.map((p, k) => {
      const cue = CUES[p].test(it.text) ? 2.5 : p === 'analyse' && ASKING.test(it.text) ? WEAK : 0;
      const expected = lo + it.position * (hi - lo);
      return cue - 1 * Math.abs(expected - k);
    }),
  );
  // Viterbi over the activities: going back a phase costs, moving forward is free.
  const n = allowed.length;
  const best: number[][] = [];
  const from: number[][] = [];
  scores.forEach((row, i) => {
    best[i] = [];
    from[i] = [];
    for (let k = 0; k < n; k++) {
      let top = -Infinity;
      let arg = 0;
      if (i === 0) top = 0;
      else
        for (let j = 0; j < n; j++) {
          const v = best[i - 1]![j]! - (k < j ? 1.5 * (j - k) : 0);
          if (v > top) ((top = v), (arg = j));
        }
      best[i]![k] = top + row[k]!;
      from[i]![k] = arg;
    }
  });
  const last = best.at(-1)!;
  let k = last.indexOf(Math.max(...last));
  const path: number[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    path[i] = k;
    k = from[i]![k]!;
  }
  return path.map((p) => allowed[p]!);
}

/** The span of phases a case covers: a single conversation covers only part of the process. */
function range(source: SourceType | undefined, head: string, n: number): [number, number] {
  const last = n - 1;
  if (source !== 'transcript' || n < 5) return [0, last];
  const h = head.toLowerCase();
  if (/(eerste|kennismak|intake|first)/.test(h)) return [0, 1];
  if (/(evaluatie|afsluit|laatste|final|closing)/.test(h)) return [3, 4];
  return [1, 3];
}
