import type { Db } from '../../db/client';
import { countUsers, insertSetupToken } from '../../db/users';
import { hashToken, randomToken } from './tokens';

/** On an empty database, makes a one-time setup token; returns it so the server can print the link. */
export function createSetupToken(db: Db): string | undefined {
  if (countUsers(db) > 0) return undefined;
  const token = randomToken();
  insertSetupToken(db, hashToken(token));
  return token;
}
