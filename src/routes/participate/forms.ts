import { z } from 'zod';
import { LIMITS } from '../../limits';
import type { CoverageValues, RatingValues, ReviewValues } from '../../../db/rounds/answers';

/**
 * The panellist's forms under /p/:token, one schema each. Free texts are trimmed and refused when over their
 * limit (never cut off); the message comes from `fieldErrors` in src/http/validate.ts.
 */

/** The longest comment on a member check. */
export const MEMBER_COMMENT_MAX = 4000;
/** Comments and reasons on an answer; what is missing in a cluster (coverage rounds). */
export const ANSWER_TEXT_MAX = 2000;
export const MISSING_TEXT_MAX = 4000;

/** A posted field as text: absent is empty; a file or a repeated field is not text and fails. */
const text = () => z.string().trim().optional().default('');
const limited = (max: number) => z.string().trim().max(max).optional().default('');

/** "I agree" on the information letter; anything but '1' is no consent (the letter again, 409). */
export const ConsentForm = z
  .object({ agree: z.string().optional() })
  .transform((f) => ({ agree: f.agree === '1' }));

/** A member check: agree or not (or not said), with an optional comment. */
export const MemberCheckForm = z
  .object({ agrees: z.string().optional(), comment: limited(MEMBER_COMMENT_MAX) })
  .transform((f) => ({ agrees: f.agrees === undefined ? undefined : f.agrees === '1', comment: f.comment }));

/** The signed "page was shown" marker every answer form carries (checked by the service, not here). */
const seen = z.string().optional().default('');

interface ScaleRange {
  min: number;
  max: number;
}

/** One dimension of a rating: a scale point, 'cj' (cannot judge) or empty; out-of-range is refused. */
function scalePoint(s: ScaleRange) {
  return text().refine(
    (raw) =>
      raw === '' ||
      raw === 'cj' ||
      (Number.isInteger(Number(raw)) && Number(raw) >= s.min && Number(raw) <= s.max),
    'common.formHasErrors',
  );
}
const pointValue = (raw: string) => (raw === '' || raw === 'cj' ? null : Number(raw));

function makeRatingForm(scales: { importance: ScaleRange; frequency: ScaleRange }) {
  return z
    .object({
      seen,
      importance: scalePoint(scales.importance),
      frequency: scalePoint(scales.frequency),
      comment: limited(ANSWER_TEXT_MAX),
      dissent: text(),
      dissentReason: limited(ANSWER_TEXT_MAX),
    })
    .transform((f) => ({
      seen: f.seen,
      answer: {
        kind: 'rating' as const,
        values: {
          importance: pointValue(f.importance),
          importanceCannotJudge: f.importance === 'cj',
          frequency: pointValue(f.frequency),
          frequencyCannotJudge: f.frequency === 'cj',
          comment: f.comment,
          dissent: f.dissent !== '',
          dissentReason: f.dissentReason,
        } satisfies RatingValues,
      },
    }));
}

function makeReviewForm(askRelevance: boolean) {
  return z
    .object({
      seen,
      verdict: text().pipe(z.enum(['', 'keep', 'reformulate', 'remove'])),
      proposal: limited(ANSWER_TEXT_MAX),
      reason: limited(ANSWER_TEXT_MAX),
      comment: limited(ANSWER_TEXT_MAX),
      // Only asked in some review rounds; when not asked, whatever is posted is ignored.
      relevance: askRelevance ? text().refine((r) => r === '' || /^[1-4]$/.test(r)) : z.unknown().optional(),
    })
    .transform((f) => ({
      seen: f.seen,
      answer: {
        kind: 'review' as const,
        values: {
          verdict: f.verdict || null,
          proposal: f.proposal,
          reason: f.reason,
          comment: f.comment,
          relevance:
            askRelevance && typeof f.relevance === 'string' && f.relevance ? Number(f.relevance) : null,
        } satisfies ReviewValues,
      },
    }));
}

export type ItemAnswerForm =
  z.output<ReturnType<typeof makeRatingForm>> | z.output<ReturnType<typeof makeReviewForm>>;

// Schemas are built once per scale pair (zod compiles an object schema on first use; the autosave is the hot path).
const ratingForms = new Map<string, ReturnType<typeof makeRatingForm>>();
const reviewForms = [makeReviewForm(false), makeReviewForm(true)] as const;

/** The answer form of one item: a rating on the study's scales, or a review (with relevance when asked). */
export function itemAnswerForm(
  kind: 'rating' | 'review',
  scales: { importance: ScaleRange; frequency: ScaleRange },
  askRelevance: boolean,
): z.ZodType<ItemAnswerForm> {
  if (kind === 'review') return reviewForms[askRelevance ? 1 : 0];
  const key = `${scales.importance.min}-${scales.importance.max}/${scales.frequency.min}-${scales.frequency.max}`;
  let form = ratingForms.get(key);
  if (!form) {
    if (ratingForms.size > 100) ratingForms.clear();
    ratingForms.set(key, (form = makeRatingForm(scales)));
  }
  return form;
}

/** A coverage answer on one cluster: covered yes / partly / no (or not yet), and what is missing. */
export const CoverageForm = z
  .object({
    seen,
    verdict: text().pipe(z.enum(['', 'yes', 'partly', 'no'])),
    missing: limited(MISSING_TEXT_MAX),
  })
  .transform((f) => ({
    seen: f.seen,
    values: { verdict: f.verdict || null, missing: f.missing } satisfies CoverageValues,
  }));

/** A proposed new activity in a review round; an empty text is refused beside the field. */
export const ProposalForm = z.object({
  seen,
  text: text().pipe(z.string().min(1, 'participate.errActivity').max(LIMITS.item)),
  phaseId: z
    .string()
    .optional()
    .transform((p) => p || null),
});
