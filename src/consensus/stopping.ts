import type { Decision } from './protocol';

export type StoppingAdvice = 'all-decided' | 'stable' | 'max-rounds' | 'continue';

export interface StoppingInput {
  /** Decision per item in this round. */
  decisions: readonly Decision[];
  /** Per item, same order: stable since the previous round; null when there is no previous round. */
  stability: readonly (boolean | null)[];
  roundNumber: number;
  maxRounds: number;
}

export interface StoppingResult {
  advice: StoppingAdvice;
  stop: boolean;
  undecided: number;
  /** Undecided items that are not (known to be) stable. */
  unstable: number;
  reason: { nl: string; en: string };
}

/**
 * Advice after a round, in order of precedence: every item decided → stop; all undecided items stable
 * (another round is unlikely to move them) → stop; the last planned round done → stop; else continue.
 */
export function stoppingAdvice({
  decisions,
  stability,
  roundNumber,
  maxRounds,
}: StoppingInput): StoppingResult {
  const open = decisions.flatMap((d, i) => (d === 'none' ? [i] : []));
  const undecided = open.length;
  const unstable = open.filter((i) => stability[i] !== true).length;
  const counts = { undecided, unstable };
  if (undecided === 0) {
    return {
      advice: 'all-decided',
      stop: true,
      ...counts,
      reason: {
        en: `All ${decisions.length} items have reached consensus (in or out); no further round is needed.`,
        nl: `Alle ${decisions.length} items hebben consensus bereikt (opnemen of weglaten); een volgende ronde is niet nodig.`,
      },
    };
  }
  if (unstable === 0) {
    return {
      advice: 'stable',
      stop: true,
      ...counts,
      reason: {
        en: `The ${undecided} items without consensus are stable since the previous round; another round is unlikely to change them. Discuss them in the closing meeting.`,
        nl: `De ${undecided} items zonder consensus zijn stabiel sinds de vorige ronde; een volgende ronde verandert ze waarschijnlijk niet. Bespreek ze in de slotbijeenkomst.`,
      },
    };
  }
  if (roundNumber >= maxRounds) {
    return {
      advice: 'max-rounds',
      stop: true,
      ...counts,
      reason: {
        en: `Round ${roundNumber} was the last of ${maxRounds} planned rounds; ${undecided} items have no consensus. Discuss them in the closing meeting.`,
        nl: `Ronde ${roundNumber} was de laatste van ${maxRounds} geplande rondes; ${undecided} items hebben geen consensus. Bespreek ze in de slotbijeenkomst.`,
      },
    };
  }
  return {
    advice: 'continue',
    stop: false,
    ...counts,
    reason: {
      en: `${undecided} items have no consensus and ${unstable} of them are still moving (or not yet compared); rate them again in round ${roundNumber + 1}.`,
      nl: `${undecided} items hebben geen consensus en ${unstable} daarvan bewegen nog (of zijn nog niet vergeleken); laat ze opnieuw beoordelen in ronde ${roundNumber + 1}.`,
    },
  };
}
