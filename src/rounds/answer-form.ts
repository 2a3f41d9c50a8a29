interface ScaleRange {
  min: number;
  max: number;
}

type Body = Record<string, unknown>;

const str = (b: Body, k: string, max = 2000) =>
  typeof b[k] === 'string' ? (b[k] as string).trim().slice(0, max) : '';

function scaleValue(raw: string, s: ScaleRange): { value: number | null; cj: boolean } | null {
  if (raw === '') return { value: null, cj: false };
  if (raw === 'cj') return { value: null, cj: true };
  const n = Number(raw);
  return Number.isInteger(n) && n >= s.min && n <= s.max ? { value: n, cj: false } : null;
}

/** Free-text fields of the answer forms and their maximum length (the same bounds the parsers keep). */
const TEXT_LIMITS: Record<string, number> = {
  comment: 2000,
  dissentReason: 2000,
  reason: 2000,
  proposal: 2000,
  missing: 4000,
};

/**
 * The limit a posted answer exceeds, if any: a text over it is refused with a message (422) instead of being
 * cut off without the panellist knowing.
 */
export function answerTooLong(b: Body): number | undefined {
  for (const [k, max] of Object.entries(TEXT_LIMITS)) {
    const v = b[k];
    if (typeof v === 'string' && v.trim().length > max) return max;
  }
  return undefined;
}

export type Parsed<T> = { ok: true; values: T } | { ok: false };

/** A rating form as posted: each dimension a scale point, 'cj' (cannot judge) or empty; out-of-range is refused. */
export function parseRating(b: Body, scales: { importance: ScaleRange; frequency: ScaleRange }) {
  const imp = scaleValue(str(b, 'importance'), scales.importance);
  const freq = scaleValue(str(b, 'frequency'), scales.frequency);
  if (!imp || !freq) return { ok: false } as const;
  const dissent = str(b, 'dissent') !== '';
  return {
    ok: true,
    values: {
      importance: imp.value,
      importanceCannotJudge: imp.cj,
      frequency: freq.value,
      frequencyCannotJudge: freq.cj,
      comment: str(b, 'comment'),
      dissent,
      dissentReason: str(b, 'dissentReason'),
    },
  } as const;
}

const VERDICTS = ['keep', 'reformulate', 'remove'] as const;

export function parseReview(b: Body, askRelevance: boolean) {
  const v = str(b, 'verdict');
  const rel = str(b, 'relevance');
  const relevance = askRelevance && /^[1-4]$/.test(rel) ? Number(rel) : null;
  if ((v && !(VERDICTS as readonly string[]).includes(v)) || (rel && askRelevance && relevance === null))
    return { ok: false } as const;
  return {
    ok: true,
    values: {
      verdict: (v || null) as (typeof VERDICTS)[number] | null,
      proposal: str(b, 'proposal'),
      reason: str(b, 'reason'),
      comment: str(b, 'comment'),
      relevance,
    },
  } as const;
}

export function parseCoverage(b: Body) {
  const v = str(b, 'verdict');
  if (v && !['yes', 'partly', 'no'].includes(v)) return { ok: false } as const;
  return {
    ok: true,
    values: { verdict: (v || null) as 'yes' | 'partly' | 'no' | null, missing: str(b, 'missing', 4000) },
  } as const;
}
