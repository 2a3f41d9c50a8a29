import { z } from 'zod';
import { LIMITS } from '../limits';

/*
 * The draft editor's forms, one schema each. Messages are dictionary keys ('draft.errText') so one schema serves
 * both languages; a `.max()` without a message gets the shared "at most … characters" text.
 */

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** One text field as a browser sends it: the first value when repeated, '' when missing or a file. */
const field = z.preprocess((v) => {
  const s = first(v);
  return typeof s === 'string' ? s : '';
}, z.string());

/** A repeated field as a list of its text values (none when missing). */
const list = z.preprocess(
  (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x) => typeof x === 'string'),
  z.array(z.string()),
);

/** A positive whole number written in digits only, or undefined. */
export function toId(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** An id field; anything else reads as undefined (the route decides what a missing id means). */
export const idField = field.transform(toId);
/** Ids from a repeated field, in order, without what is not an id. */
const idList = list.transform((xs) => xs.map(toId).filter((x): x is number => x !== undefined));
/** The version the form was based on; a missing or broken one counts as 0, which is never current. */
const version = field.transform((v) => toId(v) ?? 0);
/** A cluster chooser: '' is "no cluster" (null), an id a cluster, anything else undefined (invalid). */
const clusterRef = field.transform((v) => (v === '' ? null : toId(v)));

const required = (message: string, max: number) => field.pipe(z.string().trim().min(1, message).max(max));
const optional = (max: number) => field.pipe(z.string().trim().max(max));

/** A button without fields (only the CSRF token, which the middleware checks). */
export const EmptyForm = z.object({});

export const ProposeForm = z.object({
  grouping: field.transform((v): 'phases' | 'rubrics' => (v === 'phases' ? 'phases' : 'rubrics')),
});

export const AcceptSuggestionForm = z.object({ clusterId: clusterRef });

export const AddItemForm = z.object({
  text: required('draft.errText', LIMITS.item),
  clusterId: clusterRef,
  phaseId: field,
});

export const EditItemForm = z.object({
  text: required('draft.errText', LIMITS.item),
  clusterId: clusterRef,
  phaseId: field,
  reason: optional(LIMITS.note),
  version,
});

export const DeleteItemForm = z.object({ reason: required('draft.errReason', LIMITS.note), version });
export const RestoreItemForm = z.object({ version });

const tooBig = (ctx: z.RefinementCtx, path: string, maximum: number) =>
  ctx.addIssue({ code: 'too_big', origin: 'string', maximum, inclusive: true, path: [path], input: '' });

/**
 * The split form as typed: the wordings (`part`, repeated, empty ones kept so the form shows them again), the
 * reason, and per source sentence (`ev-<id>`) the index of the wording that keeps it.
 */
const SplitFields = z
  .looseObject({ part: list, reason: field.transform((s) => s.trim()), version })
  .transform(({ part, reason, version, ...rest }) => {
    const parts = part.map((p) => p.trim()).filter(Boolean);
    const assign = new Map<number, number>();
    for (const [k, v] of Object.entries(rest)) {
      const id = /^ev-(\d+)$/.exec(k)?.[1];
      const at = typeof v === 'string' ? Number(v) : NaN;
      // An index counts among the non-empty wordings; a sentence pointing at an empty one stays with the first.
      if (id && Number.isInteger(at) && part[at]?.trim())
        assign.set(Number(id), parts.indexOf(part[at]!.trim()));
    }
    return { typed: part, parts, assign, reason, version };
  });

/** What the split form holds, read leniently (never fails): for showing the form again. */
export const readSplitForm = (raw: unknown) => SplitFields.parse(raw ?? {});

export const SplitItemForm = SplitFields.superRefine((v, ctx) => {
  if (v.parts.length < 2) ctx.addIssue({ code: 'custom', message: 'draft.errParts', path: ['parts'] });
  else if (v.parts.some((p) => p.length > LIMITS.item)) tooBig(ctx, 'parts', LIMITS.item);
  if (v.reason.length > LIMITS.note) tooBig(ctx, 'reason', LIMITS.note);
});

/** The merge form: the items (`ids` with their versions in `v-<id>`), which wording stays, new text, reason. */
const MergeFields = z
  .looseObject({
    ids: list,
    target: field,
    text: field.transform((s) => s.trim()),
    reason: field.transform((s) => s.trim()),
  })
  .transform(({ ids, target, text, reason, ...rest }) => {
    const unique = [...new Set(ids)].map(toId).filter((x): x is number => x !== undefined);
    const versions = new Map(unique.map((id) => [id, toId(first(rest[`v-${id}`])) ?? 0]));
    return { ids: unique, versions, target, targetId: toId(target), text, reason };
  });

/** What the merge form holds, read leniently (never fails): for showing the form again. */
export const readMergeForm = (raw: unknown) => MergeFields.parse(raw ?? {});

export const MergeItemsForm = MergeFields.superRefine((v, ctx) => {
  if (v.text.length > LIMITS.item) tooBig(ctx, 'text', LIMITS.item);
  if (v.reason.length > LIMITS.note) tooBig(ctx, 'reason', LIMITS.note);
  if (!v.targetId || !v.versions.has(v.targetId))
    ctx.addIssue({ code: 'custom', message: 'draft.errTarget', path: ['target'] });
});

export const ClusterForm = z.object({ label: required('draft.errLabel', LIMITS.line), parentId: idField });
export const RenameClusterForm = z.object({ label: required('draft.errLabel', LIMITS.line) });
export const MoveClusterForm = z.object({
  dir: field.transform((v): -1 | 1 => (v === 'up' ? -1 : 1)),
});
export const MergeClusterForm = z.object({ target: idField });

export const SplitClusterForm = z
  .object({ newLabel: field.transform((s) => s.trim()), subIds: idList, itemIds: idList })
  .superRefine((v, ctx) => {
    if (!v.newLabel) ctx.addIssue({ code: 'custom', message: 'draft.errLabel', path: ['newLabel'] });
    if (!v.subIds.length && !v.itemIds.length)
      ctx.addIssue({ code: 'custom', message: 'draft.errChoice', path: ['choice'] });
  });
