import nodemailer, { type Transporter } from 'nodemailer';
import type { Env } from '../env';

export type SmtpConfig = Pick<
  Env,
  'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASS' | 'SMTP_FROM'
>;

/** True when enough is configured to send mail; otherwise the UI offers only copy and CSV. */
export function smtpConfigured(c: SmtpConfig): boolean {
  return Boolean(c.SMTP_HOST && c.SMTP_FROM);
}

const cache = new Map<string, Transporter>();

/** One pooled nodemailer transport per configuration, from the SMTP_* settings. */
export function mailTransport(c: SmtpConfig): Transporter | null {
  if (!smtpConfigured(c)) return null;
  const key = JSON.stringify([c.SMTP_HOST, c.SMTP_PORT, c.SMTP_SECURE, c.SMTP_USER]);
  let t = cache.get(key);
  if (!t) {
    t = nodemailer.createTransport({
      host: c.SMTP_HOST,
      port: c.SMTP_PORT ?? (c.SMTP_SECURE ? 465 : 587),
      secure: c.SMTP_SECURE,
      auth: c.SMTP_USER ? { user: c.SMTP_USER, pass: c.SMTP_PASS ?? '' } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    cache.set(key, t);
  }
  return t;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends each mail on its own; one refused address does not stop the others. Returns the error per mail. */
export async function sendAll(
  t: Transporter,
  from: string,
  mails: OutgoingMail[],
): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  for (const m of mails) {
    try {
      await t.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
      out.push(null);
    } catch (e) {
      out.push((e as Error).message.slice(0, 300));
    }
  }
  return out;
}
