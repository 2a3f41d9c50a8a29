import { z } from 'zod';
import type { Db } from '../../db/client';
import {
  clearLoginFailures,
  countRecentFailures,
  findUserByEmail,
  insertSession,
  insertUser,
  recordLoginFailure,
  type User,
} from '../../db/users';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords';
import { hashToken, randomToken } from './tokens';

export const THROTTLE_LIMIT = 5;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;

export const NewUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('auth.errEmail')),
  name: z.string().trim().min(1, 'auth.errName').max(200, 'auth.errName'),
  password: z.string().min(MIN_PASSWORD_LENGTH, 'auth.errPasswordShort').max(1000),
});
export type NewUser = z.infer<typeof NewUserSchema>;

export class EmailTakenError extends Error {}

/** Creates a researcher account; the e-mail must be new. */
export async function createUser(db: Db, input: NewUser & { lang?: 'nl' | 'en' }): Promise<User> {
  if (findUserByEmail(db, input.email)) throw new EmailTakenError(input.email);
  const passwordHash = await hashPassword(input.password);
  return insertUser(db, { email: input.email, name: input.name, passwordHash, lang: input.lang ?? 'nl' });
}

export type LoginResult =
  { ok: true; user: User; token: string } | { ok: false; reason: 'throttled' | 'invalid' };

/**
 * Checks a login. After 5 failures for one account from one address within 15 minutes, further attempts are
 * refused without checking the password, so guessing is slowed to a crawl.
 */
export async function login(db: Db, email: string, password: string, ip: string): Promise<LoginResult> {
  const key = email.trim().toLowerCase();
  if (countRecentFailures(db, key, ip, THROTTLE_WINDOW_MS) >= THROTTLE_LIMIT)
    return { ok: false, reason: 'throttled' };
  const user = findUserByEmail(db, key);
  const ok = user ? await verifyPassword(user.passwordHash, password) : false;
  if (!user || !ok) {
    recordLoginFailure(db, key, ip);
    return { ok: false, reason: 'invalid' };
  }
  clearLoginFailures(db, key, ip);
  const token = randomToken();
  insertSession(db, hashToken(token), user.id, SESSION_TTL_MS);
  return { ok: true, user, token };
}
