import type { Db } from '../../db/client';
import type { User } from '../../db/users';
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
