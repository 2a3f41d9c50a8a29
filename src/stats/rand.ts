import { isNinePoint, type Scale } from './scale';

export type Appropriateness = 'appropriate' | 'uncertain' | 'inappropriate';

/** RAND/UCLA disagreement figures (Fitch et al. 2001, the IPRAS method). */
export interface RandStats {
  p30: number | null;
  p70: number | null;
  /** Interpercentile range P70 − P30. */
  ipr: number | null;
  /** Central point (P30 + P70)/2. */
  iprcp: number | null;
  /** Asymmetry index |5 − IPRCP|. */
  ai: number | null;
  /** IPR adjusted for symmetry: 2.35 + 1.5·AI. */
  ipras: number | null;
  /** Disagreement index IPR/IPRAS; > 1 means disagreement. */
  di: number | null;
  disagreement: boolean | null;
  appropriateness: Appropriateness | null;
}

/**
 * RAND/UCLA figures from the 30th/70th percentiles (type 7) and the median. The IPRAS constants are
 * calibrated on the 1–9 scale around its centre 5, so on other scales only P30, P70 and IPR are given
 * and the rest is null. Appropriate = median 7–9 without disagreement; inappropriate = median 1–3
 * without disagreement; anything else (including median 6.5 or 3.5) is uncertain.
 */
export function randStats(
  p30: number | null,
  p70: number | null,
  median: number | null,
  scale: Scale,
): RandStats {
  const ipr = p30 === null || p70 === null ? null : p70 - p30;
  const empty = { iprcp: null, ai: null, ipras: null, di: null, disagreement: null, appropriateness: null };
  if (ipr === null || p30 === null || p70 === null || median === null || !isNinePoint(scale)) {
    return { p30, p70, ipr, ...empty };
  }
  const iprcp = (p30 + p70) / 2;
  const ai = Math.abs(5 - iprcp);
  const ipras = 2.35 + 1.5 * ai;
  const disagreement = ipr > ipras;
  let appropriateness: Appropriateness = 'uncertain';
  if (!disagreement && median >= 7) appropriateness = 'appropriate';
  else if (!disagreement && median <= 3) appropriateness = 'inappropriate';
  return { p30, p70, ipr, iprcp, ai, ipras, di: ipr / ipras, disagreement, appropriateness };
}
