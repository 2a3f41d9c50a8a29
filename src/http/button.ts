import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { AppVariables } from './env';
import { formValidator } from './validate';

/**
 * A button form: no fields of its own (the CSRF token is checked before). Validated anyway so every POST
 * goes through the one validation path; extra fields are ignored, as zod objects strip unknown keys.
 */
export const ButtonForm = z.object({});

/** The validator for a button POST; it cannot fail, but if it did the answer would be a plain 422. */
export function buttonValidator<E extends { Variables: AppVariables }>() {
  return formValidator<typeof ButtonForm, E>(ButtonForm, () => {
    throw new HTTPException(422);
  });
}
