import { CANNOT_JUDGE, MISSING } from './scale';

/** Content validity of one item from ratings on the 4-point relevance scale (1–4). */
export interface ItemCvi {
  /** Experts with a rating 1–4. */
  experts: number;
  /** Experts rating 3 or 4. */
  relevant: number;
  /** I-CVI = relevant / experts; null without experts. */
  iCvi: number | null;
  /** Chance agreement Pc = C(N, A)·0.5^N. */
  pc: number | null;
  /** Modified kappa κ* = (I-CVI − Pc)/(1 − Pc) (Polit, Beck & Owen 2007). */
  kappa: number | null;
  /** Minimum I-CVI for the panel size; null below 3 experts. */
  threshold: number | null;
  acceptable: boolean | null;
}

/** C(n, k)·0.5ⁿ, halving as it multiplies so neither overflow nor underflow cuts in early. */
export function binomialHalf(n: number, k: number): number {
  const r = Math.min(k, n - k);
  if (r < 0) return 0;
  let value = 1;
  let halvings = n;
  for (let i = 1; i <= r; i++) {
    value = (value * (n - r + i)) / i;
    while (value > 1 && halvings > 0) {
      value *= 0.5;
      halvings -= 1;
    }
  }
  return value * 0.5 ** halvings;
}

/** Lynn (1986) / Polit & Beck (2006): 1.00 for 3–5 experts, 0.83 for 6–8, 0.78 for 9 or more. */
export function iCviThreshold(experts: number): number | null {
  if (experts < 3) return null;
  if (experts <= 5) return 1;
  if (experts <= 8) return 0.83;
  return 0.78;
}

/**
 * Thresholds are stated to two decimals (0.78 is 7 of 9 experts, 0.777…), so the I-CVI is compared
 * after rounding to two decimals.
 */
export function itemCvi(ratings: ArrayLike<number>): ItemCvi {
  let experts = 0;
  let relevant = 0;
  for (let i = 0; i < ratings.length; i++) {
    const v = ratings[i] as number;
    if (v === 3 || v === 4) relevant += 1;
    else if (v === CANNOT_JUDGE || v === MISSING || Number.isNaN(v)) continue;
    else if (v !== 1 && v !== 2) throw new RangeError(`relevance rating ${v} is not on the 1–4 scale`);
    experts += 1;
  }
  const threshold = iCviThreshold(experts);
  if (experts === 0)
    return { experts, relevant, iCvi: null, pc: null, kappa: null, threshold, acceptable: null };
  const iCvi = relevant / experts;
  const pc = binomialHalf(experts, relevant);
  const kappa = (iCvi - pc) / (1 - pc);
  const acceptable = threshold === null ? null : Math.round(iCvi * 100) / 100 >= threshold;
  return { experts, relevant, iCvi, pc, kappa, threshold, acceptable };
}

export interface ScaleCvi {
  items: ItemCvi[];
  /** S-CVI/Ave: mean I-CVI over items with a defined I-CVI. */
  sCviAve: number | null;
  /** S-CVI/UA: share of those items with I-CVI = 1. */
  sCviUa: number | null;
}

export function scaleCvi(itemRatings: readonly ArrayLike<number>[]): ScaleCvi {
  const items = itemRatings.map(itemCvi);
  const defined = items.flatMap((it) => (it.iCvi === null ? [] : [it.iCvi]));
  if (defined.length === 0) return { items, sCviAve: null, sCviUa: null };
  const sum = defined.reduce((a, b) => a + b, 0);
  const universal = defined.filter((v) => v === 1).length;
  return { items, sCviAve: sum / defined.length, sCviUa: universal / defined.length };
}
