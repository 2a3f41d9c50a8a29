import { assist } from './assist';
import { auth } from './auth';
import { cases } from './cases';
import { common } from './common';
import { consensus } from './consensus';
import { draft } from './draft';
import { draftCatalogue } from './draft-catalogue';
import { draftCheck } from './draft-check';
import { itemImport } from './item-import';
import { panel } from './panel';
import { pool } from './pool';
import { realtime } from './realtime';
import { participate } from './participate';
import { privacy } from './privacy';
import { rounds } from './rounds';
import { report } from './report';
import { review } from './review';
import { standard } from './standard';
import { studies } from './studies';
import { transfer } from './transfer';

import type { Lang } from '../../src/domain';
export { LANGS, type Lang } from '../../src/domain';

const namespaces = {
  common,
  auth,
  studies,
  cases,
  standard,
  transfer,
  draft,
  draftCheck,
  draftCatalogue,
  assist,
  consensus,
  panel,
  rounds,
  participate,
  report,
  review,
  privacy,
  itemImport,
  pool,
  realtime,
};

type Namespaces = typeof namespaces;
export type Dict = { [K in keyof Namespaces]: Namespaces[K]['nl'] };

function assemble(lang: Lang): Dict {
  return Object.fromEntries(Object.entries(namespaces).map(([k, v]) => [k, v[lang]])) as Dict;
}

/** One dictionary per language, assembled from the namespaces above. */
export const dictionaries: Record<Lang, Dict> = { nl: assemble('nl'), en: assemble('en') };

export function texts(lang: Lang): Dict {
  return dictionaries[lang];
}

/** Resolves a dictionary key such as 'cases.errTitle' (used as zod messages); other text passes through. */
export function translate(message: string, t: Dict): string {
  const [ns, key] = message.split('.');
  const table = (t as unknown as Record<string, Record<string, unknown>>)[ns ?? ''];
  const hit = key ? table?.[key] : undefined;
  return typeof hit === 'string' ? hit : message;
}
