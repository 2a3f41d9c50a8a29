/** Which dimension(s) decide: with 'both', an item is in (out) only when it is in (out) on both. */
export type DecidingDimension = 'importance' | 'frequency' | 'both';

export type Decision = 'in' | 'out' | 'none';

/** A band of the scale by position, or an explicit range of scale points (e.g. 6–9). */
export type BandRef = 'top' | 'bottom' | { from: number; to: number };

interface ProtocolBase {
  decideOn: DecidingDimension;
  /** Whether panellists who did not complete the round are counted in the statistics. */
  countIncomplete: boolean;
}

/** COMET/GRADE on 1–9: in at ≥ 70% 7–9 and < 15% 1–3; out at ≥ 70% 1–3 and < 15% 7–9. */
export interface CometProtocol extends ProtocolBase {
  preset: 'comet';
}

/** Percent agreement: in at ≥ thresholdPercent in the top band (Diamond et al. 2014: 75%). */
export interface PercentProtocol extends ProtocolBase {
  preset: 'percent';
  thresholdPercent: number;
  /** Also require IQR ≤ (max − min)/4: ≤ 1 on a 5-point scale, ≤ 2 on a 9-point scale. */
  iqrBound: boolean;
  /** Mirror rule for out: ≥ thresholdPercent in the bottom band (and the IQR bound when set). */
  out: boolean;
}

/** RAND/UCLA on 1–9: median 7–9 without disagreement = in; median 1–3 without disagreement = out. */
export interface RandProtocol extends ProtocolBase {
  preset: 'rand';
}

export interface OutRule {
  thresholdPercent: number;
  band: BandRef;
}

/** A rule built from parts; maxIqr and maxDi apply to both the in and the out rule. */
export interface CustomProtocol extends ProtocolBase {
  preset: 'custom';
  thresholdPercent: number;
  agreementBand: BandRef;
  maxIqr: number | null;
  maxDi: number | null;
  out: OutRule | null;
}

export type ConsensusProtocol = CometProtocol | PercentProtocol | RandProtocol | CustomProtocol;
export type Preset = ConsensusProtocol['preset'];

const base: ProtocolBase = { decideOn: 'importance', countIncomplete: true };

/** The presets with their documented defaults; spread and override what a study changes. */
export const PRESETS = {
  comet: { ...base, preset: 'comet' },
  percent: { ...base, preset: 'percent', thresholdPercent: 75, iqrBound: false, out: true },
  rand: { ...base, preset: 'rand' },
  custom: {
    ...base,
    preset: 'custom',
    thresholdPercent: 75,
    agreementBand: 'top',
    maxIqr: null,
    maxDi: null,
    out: { thresholdPercent: 75, band: 'bottom' },
  },
} as const satisfies { [P in Preset]: Extract<ConsensusProtocol, { preset: P }> };

/** The recommended default: the COMET rule on importance. */
export const DEFAULT_PROTOCOL: ConsensusProtocol = PRESETS.comet;
