import { z } from 'zod';
import { EVIDENCE_SOURCES } from '../domain';

const trimmed = (max: number) => z.string().trim().max(max);

/** The item text of a standard item: a behavioural description, not empty. */
export const ItemTextSchema = z.object({
  text: z.string().trim().min(5, 'standard.errText').max(1000),
});

/**
 * The form for one standard item: wording, placement, and its criterion with a structured norm
 * (percentage + unit, so peer review can score it later), evidence source, optional rubric and explanation.
 */
export const CriteriaSchema = z
  .object({
    text: z.string().trim().min(5, 'standard.errText').max(1000),
    subAspectId: z.coerce
      .number({ message: 'standard.errPlace' })
      .int('standard.errPlace')
      .positive('standard.errPlace'),
    phaseId: z
      .string()
      .trim()
      .default('')
      .transform((v) => v || null),
    criterion: trimmed(2000),
    normPercentage: z.preprocess(
      (v) => (v === '' || v === undefined ? null : v),
      z.coerce
        .number({ message: 'standard.errNorm' })
        .int('standard.errNorm')
        .min(1, 'standard.errNorm')
        .max(100, 'standard.errNorm')
        .nullable(),
    ),
    /** "Geen norm": the team states that this criterion deliberately has no norm. */
    noNorm: z.preprocess((v) => v === 'on' || v === '1' || v === true, z.boolean()).default(false),
    normUnit: z.string().trim().min(1, 'standard.errUnit').max(60),
    evidenceSource: z.enum(EVIDENCE_SOURCES, { message: 'standard.errSource' }),
    rubric1: trimmed(500).default(''),
    rubric2: trimmed(500).default(''),
    rubric3: trimmed(500).default(''),
    rubric4: trimmed(500).default(''),
    rubric5: trimmed(500).default(''),
    explanation: trimmed(2000).default(''),
  })
  .superRefine((v, ctx) => {
    const levels = [v.rubric1, v.rubric2, v.rubric3, v.rubric4, v.rubric5].filter(Boolean);
    if (levels.length === 1)
      ctx.addIssue({ code: 'custom', path: ['rubric1'], message: 'standard.errRubric' });
    if (v.criterion && v.normPercentage === null && !v.noNorm)
      ctx.addIssue({ code: 'custom', path: ['normPercentage'], message: 'standard.errNormMissing' });
  })
  .transform((v) => ({
    text: v.text,
    subAspectId: v.subAspectId,
    phaseId: v.phaseId,
    criterion: v.criterion,
    normPercentage: v.noNorm ? null : v.normPercentage,
    noNorm: v.noNorm,
    normUnit: v.normUnit,
    evidenceSource: v.evidenceSource,
    rubricLevels: [v.rubric1, v.rubric2, v.rubric3, v.rubric4, v.rubric5].filter(Boolean),
    explanation: v.explanation,
  }));

/** `noNorm` may be left out by callers that set a percentage (the form always sends it). */
export type CriteriaInput = Omit<z.output<typeof CriteriaSchema>, 'noNorm'> & { noNorm?: boolean };
