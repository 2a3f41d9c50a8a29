import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { findStudy, memberRole, type Role, type Study } from '../../db/studies/studies';
import type { SignedInVariables } from './env';

export type StudyEnv = { Variables: SignedInVariables & { study: Study; role: Role } };

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Loads the study named in the path for a member of its team: 404 when it does not exist, 403 for researchers
 * outside the team, and 403 for viewers on anything that would change it. Mounted once, in src/app.ts, for
 * `/studies/:studyId/*`.
 */
export const studyAccess = createMiddleware<StudyEnv>(async (c, next) => {
  const id = Number(c.req.param('studyId'));
  if (!Number.isInteger(id) || id <= 0) throw new HTTPException(404);
  const study = findStudy(c.var.db, id);
  if (!study) throw new HTTPException(404);
  const role = memberRole(c.var.db, id, c.var.user.id);
  if (!role) throw new HTTPException(403);
  if (role === 'viewer' && !SAFE.has(c.req.method)) throw new HTTPException(403);
  c.set('study', study);
  c.set('role', role);
  return next();
});

export function requireOwner(role: Role): void {
  if (role !== 'owner') throw new HTTPException(403);
}

/** Personal links and panel identities are for owners and editors only, also on GET. */
export function requireEditor(role: Role): void {
  if (role !== 'owner' && role !== 'editor') throw new HTTPException(403);
}
