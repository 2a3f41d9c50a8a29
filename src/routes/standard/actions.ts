import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Db } from '../../../db/client';
import {
  findVersion,
  listVersions,
  StandardError,
  type StandardVersion,
} from '../../../db/standard/standard';
import { loadVersionContent } from '../../../db/standard/items';
import type { Dict } from '../../../views/i18n';
import type { StudyEnv } from '../../http/study-access';
import { versionTree } from '../../standard';

type C = Context<StudyEnv>;

/** The message a user sees for a refused change, with the status that says why (409: the state forbids it). */
export function refusal(t: Dict, err: StandardError): HTTPException {
  return new HTTPException(409, { message: t.standard[`err_${err.code}`] });
}

/** Runs a data-layer change and turns its StandardError into a translated 409. */
export function guarded<T>(c: C, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof StandardError) throw refusal(c.var.t, err);
    // The triggers are the last line: a change that slipped past the checks still fails, now with a clear text.
    if (err instanceof Error && /adopted standard versions are frozen/.test(err.message))
      throw new HTTPException(409, { message: c.var.t.standard.err_frozen });
    throw err;
  }
}

/** The version named by `:n` in the path, or 404. */
export function versionParam(c: C): StandardVersion {
  const n = Number(c.req.param('n'));
  const v = Number.isInteger(n) && n > 0 ? findVersion(c.var.db, c.var.study.id, n) : undefined;
  if (!v) throw new HTTPException(404);
  return v;
}

/** The version named by `:n`, refused with 409 when it is adopted: every editing route starts here. */
export function draftParam(c: C): StandardVersion {
  const v = versionParam(c);
  if (v.status === 'adopted') throw new HTTPException(409, { message: c.var.t.standard.err_frozen });
  return v;
}

export function versionRow(db: Db, studyId: number, number: number) {
  return listVersions(db, studyId).find((v) => v.number === number)!;
}

export function versionTreeOf(db: Db, versionId: number) {
  const { clusters, items } = loadVersionContent(db, versionId);
  return versionTree(clusters, items);
}
