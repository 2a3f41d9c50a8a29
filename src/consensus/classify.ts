import { countInRange } from '../stats/agreement';
import type { DimensionStats } from '../stats/item-stats';
import { bottomBand, topBand, type Band } from '../stats/scale';
import type { BandRef, ConsensusProtocol, Decision, DecidingDimension } from './protocol';

export type StatsPerDimension = Partial<Record<'importance' | 'frequency', DimensionStats | null>>;

function resolveBand(ref: BandRef, stats: DimensionStats): Band {
  if (ref === 'top') return topBand(stats.scale);
  if (ref === 'bottom') return bottomBand(stats.scale);
  return ref;
}

/** 100·count ≥ threshold·n, in integers when possible, so exactly 75% is never lost to rounding. */
function reaches(stats: DimensionStats, ref: BandRef, thresholdPercent: number): boolean {
  return 100 * countInRange(stats.counts, stats.scale, resolveBand(ref, stats)) >= thresholdPercent * stats.n;
}

function withinSpread(stats: DimensionStats, maxIqr: number | null, maxDi: number | null): boolean {
  if (maxIqr !== null && (stats.iqr === null || stats.iqr > maxIqr)) return false;
  if (maxDi !== null && (stats.rand.di === null || stats.rand.di > maxDi)) return false;
  return true;
}

/** The decision on one dimension. No valid ratings → 'none'. */
export function classifyDimension(protocol: ConsensusProtocol, stats: DimensionStats): Decision {
  if (stats.n === 0) return 'none';
  switch (protocol.preset) {
    case 'comet':
      return stats.comet;
    case 'rand': {
      const a = stats.rand.appropriateness;
      return a === 'appropriate' ? 'in' : a === 'inappropriate' ? 'out' : 'none';
    }
    case 'percent': {
      const { min, max } = stats.scale;
      const spreadOk = withinSpread(stats, protocol.iqrBound ? (max - min) / 4 : null, null);
      if (!spreadOk) return 'none';
      if (reaches(stats, 'top', protocol.thresholdPercent)) return 'in';
      if (protocol.out && reaches(stats, 'bottom', protocol.thresholdPercent)) return 'out';
      return 'none';
    }
    case 'custom': {
      if (!withinSpread(stats, protocol.maxIqr, protocol.maxDi)) return 'none';
      if (reaches(stats, protocol.agreementBand, protocol.thresholdPercent)) return 'in';
      if (protocol.out && reaches(stats, protocol.out.band, protocol.out.thresholdPercent)) return 'out';
      return 'none';
    }
  }
}

function deciding(decideOn: DecidingDimension): ('importance' | 'frequency')[] {
  return decideOn === 'both' ? ['importance', 'frequency'] : [decideOn];
}

/**
 * Applies the protocol to one item. With decideOn 'both' the item is in only when it is in on both
 * dimensions and out only when out on both; a missing dimension means no consensus.
 */
export function classify(protocol: ConsensusProtocol, statsPerDimension: StatsPerDimension): Decision {
  const decisions = deciding(protocol.decideOn).map((d) => {
    const stats = statsPerDimension[d];
    return stats ? classifyDimension(protocol, stats) : 'none';
  });
  const first = decisions[0] ?? 'none';
  return decisions.every((d) => d === first) ? first : 'none';
}
