import { defaultBands, makeScale, type Scale } from '../stats';

/** The study's stored scale (points, anchors, labelled bands). */
export interface StoredScale {
  min: number;
  max: number;
  bands: readonly { from: number; to: number; label: string }[];
}

/** The statistics module's scale; bands that do not tile the scale fall back to the default thirds. */
export function toStatsScale(s: StoredScale): Scale {
  try {
    return makeScale(s.min, s.max, s.bands.length ? s.bands : defaultBands(s.min, s.max));
  } catch {
    return makeScale(s.min, s.max);
  }
}

export interface RoundScalesPair {
  importance: Scale;
  frequency: Scale;
}
