import { ROUND_KINDS, type RoundKind } from '../domain';
import { LIMITS, overLimits } from '../limits';

type Body = Record<string, unknown>;
const s = (b: Body, k: string) => (typeof b[k] === 'string' ? (b[k] as string).trim() : '');
const MAXES = { title: LIMITS.line, instructions: LIMITS.note };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (d: string) => DATE.test(d) && !Number.isNaN(new Date(`${d}T00:00:00Z`).getTime());

/** A late answer may come at most a week after closing. */
export const MAX_GRACE_HOURS = 168;

export interface RoundForm {
  kind?: RoundKind;
  title: string;
  instructions: string;
  opensAt: string | null;
  closesAt: string | null;
  askRelevance: boolean;
  feedbackByGroup: boolean;
  graceHours: number;
}

/**
 * Round settings from a form; error values are keys of the rounds texts, and `tooLong` names the fields over
 * their limit (the values kept are cut to it).
 */
export function parseRoundForm(b: Body, needKind: boolean) {
  const errors: Record<string, 'errTitle' | 'errKind' | 'errDate' | 'errDates' | 'errGrace'> = {};
  const kind = s(b, 'kind');
  if (needKind && !(ROUND_KINDS as readonly string[]).includes(kind)) errors['kind'] = 'errKind';
  const title = s(b, 'title');
  if (!title) errors['title'] = 'errTitle';
  const opensAt = s(b, 'opensAt');
  const closesAt = s(b, 'closesAt');
  if (opensAt && !validDate(opensAt)) errors['opensAt'] = 'errDate';
  if (closesAt && !validDate(closesAt)) errors['closesAt'] = 'errDate';
  else if (opensAt && closesAt && closesAt < opensAt) errors['closesAt'] = 'errDates';
  const grace = s(b, 'graceHours') || '0';
  if (!/^\d{1,3}$/.test(grace) || Number(grace) > MAX_GRACE_HOURS) errors['graceHours'] = 'errGrace';
  const instructions = s(b, 'instructions');
  const tooLong = overLimits({ title, instructions }, MAXES);
  const values = {
    kind,
    title: title.slice(0, MAXES.title),
    instructions: instructions.slice(0, MAXES.instructions),
    opensAt,
    closesAt,
    askRelevance: s(b, 'askRelevance') ? '1' : '',
    feedbackByGroup: s(b, 'feedbackByGroup') ? '1' : '',
    graceHours: grace,
  };
  if (Object.keys(errors).length || Object.keys(tooLong).length)
    return { ok: false as const, errors, tooLong, values };
  const form: RoundForm = {
    ...(needKind ? { kind: kind as RoundKind } : {}),
    title,
    instructions: values.instructions,
    opensAt: opensAt || null,
    closesAt: closesAt || null,
    askRelevance: values.askRelevance === '1',
    feedbackByGroup: values.feedbackByGroup === '1',
    graceHours: Number(grace),
  };
  return { ok: true as const, form, values };
}
