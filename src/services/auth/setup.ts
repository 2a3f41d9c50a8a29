import type { Db } from '../../../db/client';
import { countUsers, insertSetupToken } from '../../../db/auth/users';
import { DEMO_EMAIL } from '../demo/constants';
import { hashToken, randomToken } from '../../auth/tokens';

/** True while no researcher other than the demo account exists: the install still needs its first account. */
export function needsSetup(db: Db): boolean {
  return countUsers(db, [DEMO_EMAIL]) === 0;
}

/** On a database without researchers, makes a one-time setup token; returns it so the server can print the link. */
export function createSetupToken(db: Db): string | undefined {
  if (!needsSetup(db)) return undefined;
  const token = randomToken();
  insertSetupToken(db, hashToken(token));
  return token;
}
