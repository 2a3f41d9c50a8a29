import type { Lang } from '../domain';
import type { CaseInput } from '../../db/cases/cases';
import { pseudonymizeField, type FieldContext } from './pseudonymize-choices';

/** A case's metadata as validated from a form. */
export type CaseMeta = Omit<CaseInput, 'text'>;

/**
 * Title and practitioner are free text too: they pass through the pseudonymiser like the case text, numbered
 * against it (the practitioner after the title, so two new people in them never share a number).
 */
export function pseudonymizedMeta(
  meta: CaseMeta,
  names: string[],
  lang: Lang,
  context?: FieldContext,
): CaseMeta {
  const title = pseudonymizeField(meta.title, names, lang, context);
  const afterTitle = context && { ...context, text: `${context.text}\n${title}` };
  return { ...meta, title, practitioner: pseudonymizeField(meta.practitioner, names, lang, afterTitle) };
}
