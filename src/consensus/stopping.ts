import type { Decision } from './protocol';

export type StoppingAdvice = 'all-decided' | 'stable' | 'max-rounds' | 'continue';

export interface StoppingInput {
  /** Decision per item in this round. */
  decisions: readonly Decision[];
  /** Per item, same order: stable since the previous round; null when there is no previous round. */
  stability: readonly (boolean | null)[];
  /** The study's number of this round (what every page calls it). */
  roundNumber: number;
  /** 1 for the study's first rating round, 2 for the second…: what `maxRounds` counts. Default `roundNumber`. */
  ratingRound?: number;
  /** The study's number of the round in which items would be rated again. Default `roundNumber + 1`. */
  nextRoundNumber?: number;
  maxRounds: number;
}

/**
 * The advice as data; the words are rendered in the reader's language at view time (views/i18n/report.ts),
 * so nothing stored or cached holds a sentence.
 */
export interface StoppingResult {
  advice: StoppingAdvice;
  stop: boolean;
  items: number;
  undecided: number;
  /** Undecided items that are not (known to be) stable. */
  unstable: number;
  roundNumber: number;
  ratingRound: number;
  nextRoundNumber: number;
  maxRounds: number;
}

/**
 * Advice after a round, in order of precedence: every item decided → stop; all undecided items stable
 * (another round is unlikely to move them) → stop; the last planned rating round done → stop; else continue.
 */
export function stoppingAdvice({
  decisions,
  stability,
  roundNumber,
  ratingRound = roundNumber,
  nextRoundNumber = roundNumber + 1,
  maxRounds,
}: StoppingInput): StoppingResult {
  const open = decisions.flatMap((d, i) => (d === 'none' ? [i] : []));
  const undecided = open.length;
  const unstable = open.filter((i) => stability[i] !== true).length;
  const facts = {
    items: decisions.length,
    undecided,
    unstable,
    roundNumber,
    ratingRound,
    nextRoundNumber,
    maxRounds,
  };
  if (undecided === 0) return { advice: 'all-decided', stop: true, ...facts };
  if (unstable === 0) return { advice: 'stable', stop: true, ...facts };
  if (ratingRound >= maxRounds) return { advice: 'max-rounds', stop: true, ...facts };
  return { advice: 'continue', stop: false, ...facts };
}
