import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { findCluster, findItem, loadDraft } from '../../../db/draft/draft';
import type { StudyRef } from '../../../views/pages/draft/types';
import { draftModel } from '../../draft/view-model';
import type { StudyEnv } from '../../http/study-access';

export type C = Context<StudyEnv>;
export type Body = Record<string, string | File | (string | File)[]>;

export const isHtmx = (c: C) => c.req.header('hx-request') === 'true';
export const studyRef = (c: C): StudyRef => ({
  id: c.var.study.id,
  title: c.var.study.title,
  phases: c.var.study.phases,
});
export const actor = (c: C, reason?: string) => ({ userId: c.var.user.id, reason });

export function posInt(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export function str(body: Body, k: string): string {
  const v = body[k];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s : '';
}

export function strs(body: Body, k: string): string[] {
  const v = body[k];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is string => typeof x === 'string',
  );
}

export async function form(c: C): Promise<Body> {
  return (await c.req.parseBody({ all: true })) as Body;
}

export function itemOr404(c: C) {
  const id = posInt(c.req.param('itemId'));
  const item = id ? findItem(c.var.db, c.var.study.id, id) : undefined;
  if (!item) throw new HTTPException(404);
  return item;
}

export function clusterOr404(c: C) {
  const id = posInt(c.req.param('clusterId'));
  const cluster = id ? findCluster(c.var.db, c.var.study.id, id) : undefined;
  if (!cluster) throw new HTTPException(404);
  return cluster;
}

export function model(c: C) {
  const d = loadDraft(c.var.db, c.var.study.id);
  return {
    ...draftModel(d.clusters, d.items, d.evidence),
    suggestions: d.suggestions,
    clusterRows: d.clusters,
  };
}

/** A cluster id from a form: empty means unclustered; an id of another study counts as invalid. */
export function clusterChoice(c: C, raw: string): number | null | undefined {
  if (raw === '') return null;
  const id = posInt(raw);
  return id && findCluster(c.var.db, c.var.study.id, id) ? id : undefined;
}

/**
 * The draft page, optionally at an anchor (`?msg=x#item-3`). The anchor is repeated as `focus=` in the query:
 * after a boosted form htmx follows the redirect without its fragment, so the page itself marks the element to
 * focus (and scroll to), which also tells keyboard and screen-reader users where the change landed.
 */
export function draftHome(c: C, query = '') {
  const [search = '', anchor] = query.split('#');
  const base = `/studies/${c.var.study.id}/draft`;
  if (!anchor) return base + search;
  const params = new URLSearchParams(search.replace(/^\?/, ''));
  params.set('focus', anchor);
  return `${base}?${params}#${anchor}`;
}
