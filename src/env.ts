import { z } from 'zod';

/** Addresses only this machine can reach; anywhere else panellists need a configured PUBLIC_URL. */
export function isLoopback(host: string): boolean {
  return /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(host.trim());
}

const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Loopback by default, so a fresh `npm start` needs no PUBLIC_URL; listening wider requires one. */
    HOST: z.string().default('127.0.0.1'),
    MAATSTAF_DB: z.string().default('data/maatstaf.db'),
    /**
     * Public base URL of every personal link, e-mail and console link (never the request's Host header). Required
     * when HOST is not a loopback address; on loopback it defaults to http://localhost:PORT.
     */
    PUBLIC_URL: z
      .url({ protocol: /^https?$/ })
      .transform((u) => u.replace(/\/+$/, ''))
      .optional(),
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
  })
  .superRefine((env, ctx) => {
    if (!env.PUBLIC_URL && !isLoopback(env.HOST))
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message: `required when HOST (${env.HOST}) is not a loopback address: set it to the address panellists open, e.g. https://maatstaf.example.nl — personal links are never built from the request's Host header`,
      });
  })
  .transform((env) => ({ ...env, PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${env.PORT}` }));

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
