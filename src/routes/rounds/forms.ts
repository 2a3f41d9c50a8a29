import { z } from 'zod';
import { ROUND_KINDS } from '../../../db/schema/rounds';
import { LIMITS } from '../../limits';

/** A late answer may come at most a week after closing. */
export const MAX_GRACE_HOURS = 168;

/** A single form field: absent counts as empty, a repeated field as its first value. */
const field = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : (v ?? '')), schema);
const trimmed = (max: number) => field(z.string().trim().max(max));
/** A checkbox: ticked when it sends any text. */
const ticked = field(z.string().trim()).transform((v) => v !== '');
/** A hidden or checkbox field that is on only as '1'. */
const one = field(z.string()).transform((v) => v === '1');

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (d: string) => DATE.test(d) && !Number.isNaN(new Date(`${d}T00:00:00Z`).getTime());
const optionalDate = field(
  z
    .string()
    .trim()
    .refine((d) => d === '' || validDate(d), 'rounds.errDate'),
).transform((d) => d || null);

const settings = {
  title: field(z.string().trim().min(1, 'rounds.errTitle').max(LIMITS.line)),
  instructions: trimmed(LIMITS.note),
  opensAt: optionalDate,
  closesAt: optionalDate,
  askRelevance: ticked,
  feedbackByGroup: ticked,
  graceHours: field(
    z
      .string()
      .trim()
      .transform((g) => g || '0')
      .refine((g) => /^\d{1,3}$/.test(g) && Number(g) <= MAX_GRACE_HOURS, 'rounds.errGrace')
      .transform(Number),
  ),
};

/**
 * A closing date before the opening date is refused beside the closing date, also when other fields are refused
 * (`when`), so the form names every problem at once.
 */
const datesInOrder = <S extends z.ZodType<{ opensAt: string | null; closesAt: string | null }>>(schema: S) =>
  schema.refine((v) => !(v.opensAt && v.closesAt && v.closesAt < v.opensAt), {
    path: ['closesAt'],
    message: 'rounds.errDates',
    when: ({ value }) => {
      const v = value as Record<string, unknown>;
      return typeof v['opensAt'] === 'string' && typeof v['closesAt'] === 'string';
    },
  });

/** The settings of a round (title, instructions, dates, relevance, group feedback, grace hours). */
export const RoundSettingsForm = datesInOrder(z.object(settings));

/** A new round: its kind and settings. */
export const NewRoundForm = datesInOrder(
  z.object({ kind: field(z.string().trim().pipe(z.enum(ROUND_KINDS, 'rounds.errKind'))), ...settings }),
);

/** What a refused round form shows again: the texts trimmed and cut to their limit, ticks as '1'. */
export function roundFormValues(raw: Record<string, string>): Record<string, string> {
  const s = (k: string) => (raw[k] ?? '').trim();
  return {
    kind: s('kind'),
    title: s('title').slice(0, LIMITS.line),
    instructions: s('instructions').slice(0, LIMITS.note),
    opensAt: s('opensAt'),
    closesAt: s('closesAt'),
    askRelevance: s('askRelevance') ? '1' : '',
    feedbackByGroup: s('feedbackByGroup') ? '1' : '',
    graceHours: s('graceHours') || '0',
  };
}

/** Ticked item references of the selection (anything not a whole number is left out) and the reason. */
export const SelectionForm = z.object({
  ref: z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.unknown()))
    .transform((refs) => refs.map(Number).filter(Number.isInteger)),
  reason: field(z.string().max(LIMITS.note)),
});

export const MemberCheckForm = z.object({
  summary: field(z.string().trim().min(1, 'rounds.errSummary').max(LIMITS.letter)),
});

const wholeIn = (max: number) => (s: string) => /^\s*\d+\s*$/.test(s) && Number(s) >= 1 && Number(s) <= max;

/** Item subsets: when on, a subset size (1–1000) and a minimum of ratings per item (1–100). */
export const PoolSettingsForm = z
  .object({
    enabled: ticked,
    size: field(z.string()),
    minPerItem: field(z.string()),
    randomOrder: ticked,
  })
  .superRefine((v, ctx) => {
    if (!v.enabled) return;
    if (!wholeIn(1000)(v.size)) ctx.addIssue({ code: 'custom', path: ['size'], message: 'pool.errSize' });
    if (!wholeIn(100)(v.minPerItem))
      ctx.addIssue({ code: 'custom', path: ['minPerItem'], message: 'pool.errMin' });
  })
  .transform((v) =>
    v.enabled ? { size: Number(v.size), minPerItem: Number(v.minPerItem), randomOrder: v.randomOrder } : null,
  );

export const RealtimeSwitchForm = z.object({ enabled: one });

/** Subject and body of an invitation or reminder (line ends as \n), and whether to send or only save. */
export const MailTemplateForm = z.object({
  subject: field(z.string().max(LIMITS.line)),
  body: field(
    z
      .string()
      .transform((b) => b.replace(/\r\n?/g, '\n'))
      .pipe(z.string().max(LIMITS.letter)),
  ),
  action: field(z.string()),
});

/** A button that sends no fields of its own (the CSRF token aside). */
export const ButtonForm = z.object({});

/** The processing forms between rounds; `open` keeps the page's "show processed" switch. */
export const AcceptSuggestionForm = z.object({ text: trimmed(LIMITS.item), open: one });
export const RejectSuggestionForm = z.object({
  reason: field(z.string().trim().min(1, 'rounds.errReason').max(LIMITS.note)),
  open: one,
});
export const RewordForm = z.object({
  text: trimmed(LIMITS.item),
  /** The item version the researcher saw; anything else counts as not given. */
  version: z.coerce.number().int().positive().optional().catch(undefined),
  open: one,
});
export const ProposalForm = z
  .object({
    action: field(z.string().trim()),
    text: trimmed(LIMITS.item),
    reason: trimmed(LIMITS.note),
    itemId: z.coerce.number().catch(NaN),
    open: one,
  })
  .superRefine((v, ctx) => {
    if (v.action === 'reject' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'rounds.errReason' });
  });
