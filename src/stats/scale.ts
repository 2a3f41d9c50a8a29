/** A contiguous range of scale points, e.g. 7–9 "essentieel". */
export interface Band {
  from: number;
  to: number;
  label?: string;
}

/**
 * An integer rating scale with its bands, ordered low to high; the last band is the "top band" that
 * percent agreement counts. `min` must be ≥ 0 so the negative codes below never collide with a rating.
 */
export interface Scale {
  min: number;
  max: number;
  bands: readonly Band[];
}

/** Code for "cannot judge" in the array-based API: answered, but not a rating. */
export const CANNOT_JUDGE = -1;
/** Code for "no answer at all" in the array-based API. */
export const MISSING = -2;

/**
 * Default bands: thirds when the number of points divides by three (1–3/4–6/7–9), 1–2/3/4–5 on five
 * points, two halves on four points (the 4-point relevance scale of the CVI: 1–2 / 3–4).
 */
export function defaultBands(min: number, max: number): Band[] {
  const points = max - min + 1;
  if (points === 4 || points === 2) {
    const half = points / 2;
    return [
      { from: min, to: min + half - 1 },
      { from: min + half, to: max },
    ];
  }
  const edge = Math.max(1, Math.round(points / 3));
  return [
    { from: min, to: min + edge - 1 },
    { from: min + edge, to: max - edge },
    { from: max - edge + 1, to: max },
  ];
}

/** Builds a validated scale; bands must cover min..max without gaps or overlap, in order. */
export function makeScale(min: number, max: number, bands: readonly Band[] = defaultBands(min, max)): Scale {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max <= min) {
    throw new RangeError(`invalid scale ${min}–${max}: need integers 0 ≤ min < max`);
  }
  let next = min;
  for (const band of bands) {
    if (band.from !== next || band.to < band.from || !Number.isInteger(band.to)) {
      throw new RangeError(
        `bands must cover ${min}–${max} contiguously (problem at ${band.from}–${band.to})`,
      );
    }
    next = band.to + 1;
  }
  if (next !== max + 1) throw new RangeError(`bands must end at ${max}`);
  return { min, max, bands: bands.map((b) => ({ ...b })) };
}

/** Parses "1-9" / "1–5" into a scale with default bands. */
export function parseScale(text: string): Scale {
  const match = /^\s*(\d+)\s*[-–]\s*(\d+)\s*$/.exec(text);
  if (!match) throw new RangeError(`invalid scale "${text}", expected e.g. 1-9`);
  return makeScale(Number(match[1]), Number(match[2]));
}

export const SCALE_1_9: Scale = makeScale(1, 9, [
  { from: 1, to: 3, label: 'niet belangrijk' },
  { from: 4, to: 6, label: 'belangrijk' },
  { from: 7, to: 9, label: 'essentieel' },
]);

export const SCALE_1_5: Scale = makeScale(1, 5);

/** True for the 1–9 scale on which the COMET/GRADE and RAND/UCLA rules are defined. */
export function isNinePoint(scale: Scale): boolean {
  return scale.min === 1 && scale.max === 9;
}

export function topBand(scale: Scale): Band {
  return scale.bands[scale.bands.length - 1] ?? { from: scale.max, to: scale.max };
}

export function bottomBand(scale: Scale): Band {
  return scale.bands[0] ?? { from: scale.min, to: scale.min };
}

/** Whether a (possibly fractional, e.g. median 6.5) value lies inside the band. */
export function inBand(value: number, band: Band): boolean {
  return value >= band.from && value <= band.to;
}
