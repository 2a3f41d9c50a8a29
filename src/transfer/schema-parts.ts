import { z } from 'zod';

/** Building blocks shared by the parts of the study document schema. */
export const id = z.number().int().positive();
export const ref = id.nullable();
export const ts = z.iso.datetime({ offset: true });
export const tsN = ts.nullable();
export const decision = z.enum(['in', 'out', 'none']);
export const outcome = z.enum(['accepted', 'rejected', 'merged']).nullable();
