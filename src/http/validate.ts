import type { Context, MiddlewareHandler } from 'hono';
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
  error: z.core.$ZodError,
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
        result.error,
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

/**
 * The body of a form as strings (the last value of a repeated field, a File for an uploaded one). Small
 * urlencoded forms are read directly, which is much cheaper than the generic body parser; without the CSRF
 * header the CSRF check has already parsed (and cached) the body, so that result is reused.
 */
export async function readForm(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') || !c.req.header('x-csrf-token'))
    return (await c.req.parseBody()) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(await c.req.text())) out[k] = v;
  return out;
}

/** The limit of the first text over its maximum in a failed parse, if any. */
export function tooLongLimit(error: z.core.$ZodError): number | undefined {
  const issue = error.issues.find((i) => i.code === 'too_big' && i.origin === 'string');
  return issue && issue.code === 'too_big' ? Number(issue.maximum) : undefined;
}

/**
 * `formValidator` for hot paths (autosaves): the body read by `readForm`, validated with `safeParse`; on
 * failure `onInvalid` answers (messages per field and the entered values), otherwise the route gets the
 * parsed value from `c.req.valid('form')`. The schema may depend on the request (e.g. the study's scales):
 * pass a function of the context, and cache what it builds.
 */
export function fastFormValidator<T, E extends { Variables: AppVariables } = AppEnv>(
  schema: z.ZodType<T> | ((c: Context<E>) => z.ZodType<T>),
  onInvalid: InvalidForm<E>,
): MiddlewareHandler<E, string, { in: { form: Record<string, string> }; out: { form: T } }> {
  return async (c, next) => {
    const body = await readForm(c);
    const s = typeof schema === 'function' ? schema(c) : schema;
    const result = s.safeParse(body);
    if (!result.success)
      return onInvalid(
        c,
        fieldErrors(result.error, (c as unknown as Context<AppEnv>).var.t),
        rawValues(body),
        result.error,
      );
    c.req.addValidatedData('form', result.data as {});
    await next();
  };
}
