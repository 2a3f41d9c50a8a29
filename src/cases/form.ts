import { z } from 'zod';
import { LIMITS } from '../limits';
import type { CaseInput } from '../../db/cases';
import { SOURCE_TYPES } from '../../db/schema';
import type { FieldErrors } from '../../views/components/form';
import type { Dict } from '../../views/i18n';
import { fieldErrors, rawValues, tooLong } from '../http/validate';
import {
  EXTRA_KINDS,
  pseudonymizeField,
  type Extra,
  type ExtraKind,
  type FieldContext,
} from './pseudonymize-choices';

const toArray = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]);

export const CaseMetaSchema = z.object({
  title: z.string().trim().min(1, 'cases.errTitle').max(LIMITS.line, 'cases.errTitle'),
  sourceType: z.enum(SOURCE_TYPES, 'cases.errSource'),
  practitioner: z.string().trim().max(LIMITS.line).default(''),
  phaseTags: z.preprocess(toArray, z.array(z.string())),
  caseDate: z
    .string()
    .trim()
    .default('')
    .refine(
      (d) => d === '' || (/^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d))),
      'cases.errDate',
    )
    .transform((d) => (d === '' ? null : d)),
});
export type CaseMeta = z.infer<typeof CaseMetaSchema>;

export type Body = Record<string, string | File | (string | File)[]>;

/** Validates the case metadata against the study's phases; errors are per field, in the user's language. */
export function parseCaseMeta(
  body: Body,
  phaseIds: string[],
  t: Dict,
): { ok: true; meta: CaseMeta } | { ok: false; errors: FieldErrors } {
  const res = CaseMetaSchema.safeParse(body);
  if (!res.success) return { ok: false, errors: fieldErrors(res.error, t) };
  if (res.data.phaseTags.some((p) => !phaseIds.includes(p)))
    return { ok: false, errors: { phaseTags: t.cases.errPhase } };
  return { ok: true, meta: res.data };
}

export function formValues(body: Body): Record<string, string | string[]> {
  return rawValues(body);
}

export function str(body: Body, key: string): string {
  const v = body[key];
  return typeof v === 'string' ? v : '';
}

export function strings(body: Body, key: string): string[] {
  return toArray(body[key]).filter((x): x is string => typeof x === 'string');
}

export function toCaseInput(meta: CaseMeta, text: string): CaseInput {
  return { ...meta, text };
}

/** The replacements the researcher added in the preview: text and chosen type per row (blank rows dropped). */
export function parseExtras(body: Body): Extra[] {
  const texts = strings(body, 'extra');
  const kinds = strings(body, 'extraKind');
  return texts
    .map((text, i) => {
      const k = kinds[i] ?? 'person';
      return {
        text,
        kind: (EXTRA_KINDS as readonly string[]).includes(k) ? (k as ExtraKind) : 'person',
      };
    })
    .filter((x) => x.text.trim() !== '');
}

/** Replacements a researcher may add by hand in one preview. */
export const MAX_EXTRAS = 100;

/**
 * Added replacements that are refused, by field (`extra-<position>`), never cut off: a text longer than a line
 * field, or more than {@link MAX_EXTRAS} of them. `fitting` are the ones that may be applied meanwhile.
 */
export function extraErrors(extras: Extra[], t: Dict): { errors: FieldErrors; fitting: Extra[] } {
  const errors: FieldErrors = {};
  extras.forEach((x, i) => {
    const error = tooLong(x.text, LIMITS.line, t);
    if (error) errors[`extra-${i}`] = error;
  });
  if (extras.length > MAX_EXTRAS)
    errors[`extra-${MAX_EXTRAS}`] = t.cases.errTooManyExtras.replace('{max}', String(MAX_EXTRAS));
  const fitting = extras.filter((x, i) => i < MAX_EXTRAS && !errors[`extra-${i}`]);
  return { errors, fitting };
}

/**
 * Title and practitioner are free text too: they pass through the pseudonymiser like the case text, numbered
 * against it (the practitioner after the title, so two new people in them never share a number).
 */
export function pseudonymizedMeta(
  meta: CaseMeta,
  names: string[],
  lang: 'nl' | 'en',
  context?: FieldContext,
): CaseMeta {
  const title = pseudonymizeField(meta.title, names, lang, context);
  const afterTitle = context && { ...context, text: `${context.text}\n${title}` };
  return { ...meta, title, practitioner: pseudonymizeField(meta.practitioner, names, lang, afterTitle) };
}
