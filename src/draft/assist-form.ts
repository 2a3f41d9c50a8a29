import { z } from 'zod';

/** The assist settings form; messages are dictionary keys so one schema serves both languages. */
export const AssistFormSchema = z.object({
  enabled: z
    .string()
    .optional()
    .transform((v) => v === 'on'),
  endpoint: z
    .string()
    .trim()
    .max(500, 'assist.errEndpoint')
    .refine((v) => /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), 'assist.errEndpoint'),
  model: z.string().trim().min(1, 'assist.errModel').max(200, 'assist.errModel'),
  apiKey: z
    .string()
    .trim()
    .max(500, 'assist.errKey')
    .optional()
    .transform((v) => v || undefined),
  removeKey: z
    .string()
    .optional()
    .transform((v) => v === 'on'),
});
