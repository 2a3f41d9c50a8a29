import { z } from 'zod';
import { LIMITS } from '../../limits';
import { SOURCE_TYPES } from '../../../db/schema';
import { EXTRA_KINDS, type Extra, type ExtraKind } from '../../cases/pseudonymize-choices';
import type { FieldErrors } from '../../../views/components/form';
import type { Dict } from '../../../views/i18n';
import { tooLong } from '../../http/validate';

/*
 * The case forms, one schema each. Messages are dictionary keys ('cases.errTitle') so one schema serves both
 * languages.
 */

const toArray = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]);
/** One text field: the first value when repeated, '' when missing or a file. */
const field = z.preprocess((v) => {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s : '';
}, z.string());
/** A repeated text field (the files among its values left out). */
const strings = z.preprocess((v) => toArray(v).filter((x) => typeof x === 'string'), z.array(z.string()));
/** A case text as typed, with Windows and old Mac line ends made plain newlines. */
const caseText = field.transform((s) => s.replace(/\r\n?/g, '\n'));

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

/** The metadata of a case in a study: its phase tags must be among the study's phases. */
const metaIn = (phaseIds: readonly string[]) =>
  CaseMetaSchema.extend({
    phaseTags: CaseMetaSchema.shape.phaseTags.refine(
      (tags) => tags.every((p) => phaseIds.includes(p)),
      'cases.errPhase',
    ),
  });

/** The metadata as form values, to fill the fields of the next page. */
export const metaValues = (m: CaseMeta): Record<string, string | string[]> => ({
  title: m.title,
  sourceType: m.sourceType,
  practitioner: m.practitioner,
  phaseTags: m.phaseTags,
  caseDate: m.caseDate ?? '',
});

/** The replacements the researcher added in the preview: text and chosen type per row (blank rows dropped). */
const extras = (texts: string[], kinds: string[]): Extra[] =>
  texts
    .map((text, i) => {
      const k = kinds[i] ?? 'person';
      return {
        text,
        kind: (EXTRA_KINDS as readonly string[]).includes(k) ? (k as ExtraKind) : 'person',
      };
    })
    .filter((x) => x.text.trim() !== '');

/** Replacements a researcher may add by hand in one preview. */
export const MAX_EXTRAS = 100;

/**
 * Added replacements that are refused, by field (`extra-<position>`), never cut off: a text longer than a line
 * field, or more than {@link MAX_EXTRAS} of them. `fitting` are the ones that may be applied meanwhile.
 */
export function extraErrors(list: Extra[], t: Dict): { errors: FieldErrors; fitting: Extra[] } {
  const errors: FieldErrors = {};
  list.forEach((x, i) => {
    const error = tooLong(x.text, LIMITS.line, t);
    if (error) errors[`extra-${i}`] = error;
  });
  if (list.length > MAX_EXTRAS)
    errors[`extra-${MAX_EXTRAS}`] = t.cases.errTooManyExtras.replace('{max}', String(MAX_EXTRAS));
  const fitting = list.filter((x, i) => i < MAX_EXTRAS && !errors[`extra-${i}`]);
  return { errors, fitting };
}

/** What the preview page sends back besides the metadata: its choices and the signature of what it showed. */
const choices = {
  keep: strings.transform((xs) => xs.map(Number)),
  shown: field,
  extra: strings,
  extraKind: strings,
};

/**
 * The first step (and a preview shown again): metadata, and the text pasted (`text`), uploaded (`file`) or
 * carried over from an earlier preview (`original`, which comes with the researcher's choices).
 */
export const casePreviewForm = (phaseIds: readonly string[]) =>
  metaIn(phaseIds)
    .extend({
      original: caseText,
      text: caseText,
      file: z.preprocess(
        (v) => (v instanceof File && v.size > 0 ? v : undefined),
        z.instanceof(File).optional(),
      ),
      ...choices,
    })
    .superRefine((v, ctx) => {
      // An uploaded file is read (and its text checked) after validation, in the worker pool.
      if (!v.original && v.file) return;
      const text = v.original || v.text;
      if (!text.trim()) ctx.addIssue({ code: 'custom', message: 'cases.errText', path: ['text'] });
      else if (text.length > LIMITS.caseText)
        ctx.addIssue({ code: 'custom', message: 'cases.errTextTooLong', path: ['text'] });
    })
    .transform(({ extra, extraKind, ...v }) => ({ ...v, extras: extras(extra, extraKind) }));

/**
 * The second step: the metadata and the original text with the choices made on the signed preview. A missing
 * or too long original is reported on `original` (the form starts again); other messages on the preview.
 */
export const caseStoreForm = (phaseIds: readonly string[]) =>
  metaIn(phaseIds)
    .extend({
      original: caseText.pipe(
        z
          .string()
          .refine((s) => s.trim() !== '', 'cases.errText')
          .max(LIMITS.caseText, 'cases.errTextTooLong'),
      ),
      ...choices,
    })
    .transform(({ extra, extraKind, ...v }) => ({ ...v, extras: extras(extra, extraKind) }));

/** The choices on a preview read leniently (never fails), to show the preview again with messages. */
export const readPreviewChoices = (raw: unknown) =>
  z
    .object({ original: caseText, ...choices })
    .transform(({ extra, extraKind, ...v }) => ({ ...v, extras: extras(extra, extraKind) }))
    .parse(raw ?? {});

export const caseEditForm = (phaseIds: readonly string[]) =>
  metaIn(phaseIds).extend({
    text: caseText.pipe(
      z
        .string()
        .refine((s) => s.trim() !== '', 'cases.errTextEdit')
        .max(LIMITS.caseText, 'cases.errTextTooLong'),
    ),
  });
