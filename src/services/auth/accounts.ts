import type { Lang } from '../../domain';
import { z } from 'zod';
import type { Db } from '../../../db/client';
import {
  clearLoginFailures,
  findUserByEmail,
  insertSession,
  insertUser,
  reserveLoginAttempt,
  type User,
} from '../../../db/auth/users';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../../auth/passwords';
import { hashToken, randomToken } from '../../auth/tokens';

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
export async function createUser(db: Db, input: NewUser & { lang?: Lang }): Promise<User> {
  if (findUserByEmail(db, input.email)) throw new EmailTakenError(input.email);
  const passwordHash = await hashPassword(input.password);
  return insertUser(db, { email: input.email, name: input.name, passwordHash, lang: input.lang ?? 'nl' });
}

export type LoginResult =
  { ok: true; user: User; token: string } | { ok: false; reason: 'throttled' | 'invalid' };

// Unknown accounts are checked against this hash, so they take as long as a wrong password for a real one.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword('maatstaf-dummy-password'));

/**
 * Checks a login. Each attempt is reserved (and counted as a failure) before the slow password hash, so after 5
 * attempts for one account from one address within 15 minutes — also when they arrive in parallel — further
 * attempts are refused without checking the password. A success clears the count.
 */
export async function login(db: Db, email: string, password: string, ip: string): Promise<LoginResult> {
  const key = email.trim().toLowerCase();
  if (!reserveLoginAttempt(db, key, ip, THROTTLE_LIMIT, THROTTLE_WINDOW_MS))
    return { ok: false, reason: 'throttled' };
  const user = findUserByEmail(db, key);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummy()), password);
  if (!user || !ok) return { ok: false, reason: 'invalid' };
  clearLoginFailures(db, key, ip);
  const token = randomToken();
  insertSession(db, hashToken(token), user.id, SESSION_TTL_MS);
  return { ok: true, user, token };
}
