import type { Context } from 'hono';
import { zValidator } from '@hono/zod-validator';
import type { z } from 'zod';
import type { FieldErrors } from '../../views/components/form';
import { translate, type Dict } from '../../views/i18n';
import type { AppEnv, AppVariables } from './env';
import { overLimits } from '../limits';

/**
 * The first message per top-level field, ready to show next to it. Schemas give messages as dictionary keys
 * ('cases.errTitle') so one schema serves both languages.
 */
export function fieldErrors(error: z.core.$ZodError, t: Dict): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_form');
    const text = translate(issue.message, t);
    // A `.max(LIMITS.…)` without its own message gets the one shared text naming the limit.
    if (text === issue.message && issue.code === 'too_big' && issue.origin === 'string')
      out[key] ??= tooLongText(Number(issue.maximum), t);
    else out[key] ??= text;
  }
  return out;
}

/** What the user typed, as strings, so a re-rendered form keeps it. */
export function rawValues(data: unknown): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) {
      if (typeof v === 'string') out[k] = v;
      else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
    }
  }
  return out;
}

export type InvalidForm<E extends { Variables: AppVariables } = AppEnv> = (
  c: Context<E>,
  errors: FieldErrors,
  values: Record<string, string | string[]>,
) => Response | Promise<Response>;

/**
 * The shared validator hook: on failure the route's own form is rendered again with 422, messages per field
 * and the entered values. (htmx 4 swaps 4xx responses, so the same fragment lands in place.)
 */
export function formValidator<S extends z.ZodType, E extends { Variables: AppVariables } = AppEnv>(
  schema: S,
  onInvalid: InvalidForm<E>,
) {
  return zValidator('form', schema, (result, c) => {
    if (!result.success) {
      const ctx = c as unknown as Context<E>;
      return onInvalid(
        ctx,
        fieldErrors(result.error, (ctx as unknown as Context<AppEnv>).var.t),
        rawValues(result.data),
      );
    }
  });
}

/**
 * The message for a text longer than its limit (LIMITS in src/limits.ts), to show beside the field; undefined
 * when it fits. Routes with hand-parsed forms use it so every text field has a bound the user is told about.
 */
export function tooLong(value: string, max: number, t: Dict): string | undefined {
  return value.length > max ? tooLongText(max, t) : undefined;
}

const tooLongText = (max: number, t: Dict) =>
  t.common.errTooLong.replace('{max}', max.toLocaleString(t.common.dateFormat));

/**
 * Messages for every field of a hand-parsed form over its limit (see `overLimits` in src/limits.ts), to show
 * beside the fields; empty when all fit.
 */
export function limitErrors<K extends string>(
  values: Partial<Record<K, string>>,
  maxes: Record<K, number>,
  t: Dict,
): FieldErrors {
  return limitMessages(overLimits(values, maxes), t);
}

/** The messages for fields already found over their limit (field → limit). */
export function limitMessages(tooLong: Partial<Record<string, number>>, t: Dict): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, max] of Object.entries(tooLong)) if (max !== undefined) out[k] = tooLongText(max, t);
  return out;
}
