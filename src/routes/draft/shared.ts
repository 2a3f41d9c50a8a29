import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { findCluster, findItem, loadDraft } from '../../../db/draft/draft';
import type { StudyRef } from '../../../views/pages/draft/types';
import { draftModel } from '../../draft/view-model';
import type { StudyEnv } from '../../http/study-access';
import type { z } from 'zod';
import { EmptyForm, toId } from '../../draft/forms';
import { formValidator, type InvalidForm } from '../../http/validate';

export type C = Context<StudyEnv>;
export const isHtmx = (c: C) => c.req.header('hx-request') === 'true';
export const studyRef = (c: C): StudyRef => ({
  id: c.var.study.id,
  title: c.var.study.title,
  phases: c.var.study.phases,
});

/** The validator for one of the draft's forms; `onInvalid` shows the same form again (422). */
export const validForm = <S extends z.ZodType>(schema: S, onInvalid: InvalidForm<StudyEnv>) =>
  formValidator<S, StudyEnv>(schema, onInvalid);

/** One field of a refused form as typed (the first value when repeated), to show it again. */
export const typed = (values: Record<string, string | string[]>, key: string) => {
  const v = values[key];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};

/** A button's form (no fields besides the CSRF token), so every POST goes through the same validation path. */
export const button = () => validForm(EmptyForm, (c) => c.body(null, 422));

export function itemOr404(c: C) {
  const id = toId(c.req.param('itemId'));
  const item = id ? findItem(c.var.db, c.var.study.id, id) : undefined;
  if (!item) throw new HTTPException(404);
  return item;
}

export function clusterOr404(c: C) {
  const id = toId(c.req.param('clusterId'));
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

/** A cluster chosen in a form: null is "no cluster"; an id of another study counts as invalid (undefined). */
export function clusterChoice(c: C, ref: number | null | undefined): number | null | undefined {
  if (ref === null) return null;
  return ref && findCluster(c.var.db, c.var.study.id, ref) ? ref : undefined;
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
