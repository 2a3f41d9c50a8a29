import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  MAATSTAF_DB: z.string().default('data/maatstaf.db'),
  /** Public base URL used in links printed on the console and in e-mails. */
  PUBLIC_URL: z.string().url().optional(),
  /** Server key for panellists' personal links (created with mode 0600 at first need). */
  MAATSTAF_KEY_FILE: z.string().default('data/maatstaf.key'),
  MAATSTAF_DEMO: z.enum(['auto', 'off']).default('auto'),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().optional(),
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  SMTP_FROM: z.string().optional(),
  /** How long the optional language-model assist waits for one case before it reports a timeout. */
  MAATSTAF_ASSIST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
});

export type Env = z.infer<typeof EnvSchema>;

/** Parsed once at start; a bad value stops the server with a readable message. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
