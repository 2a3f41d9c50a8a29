import type { Db } from '../../db/client';
import type { User } from '../../db/auth/users';
import type { Dict, Lang } from '../../views/i18n';
import type { Env } from '../env';

export interface AppVariables {
  db: Db;
  config: Env;
  user: User | undefined;
  lang: Lang;
  t: Dict;
  csrf: string;
}

export type AppEnv = { Variables: AppVariables };

/** Behind `requireUser`: the signed-in researcher is always there. */
export type SignedInVariables = AppVariables & { user: User };
export type SignedInEnv = { Variables: SignedInVariables };
