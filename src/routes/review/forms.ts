import { z } from 'zod';
import { REVIEW_MODES } from '../../../db/schema/review';
import { isScore, personalDataIn, SCORES, type Score } from '../../compliance';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The longest note per criterion, on the paper form as in the reviewer's autosave (ScoreForm). */
export const NOTE_MAX = 2000;
const MEMBER_MAX = 120;
const text = (max: number) => z.string().trim().max(max);
const optionalDate = z
  .string()
  .trim()
  .refine((d) => d === '' || (DATE.test(d) && !Number.isNaN(Date.parse(d))), 'review.errDate')
  .transform((d) => d || null);
const many = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x) => x !== ''));

export const NewReviewRoundForm = z.object({
  title: text(200).min(1, 'review.errTitle'),
  versionNumber: z.coerce.number().int().positive('review.errNoVersion'),
  startsOn: optionalDate,
  endsOn: optionalDate,
  clusterNumbers: many,
  sampleSize: z.coerce
    .number()
    .int('review.errSample')
    .min(1, 'review.errSample')
    .max(20, 'review.errSample'),
  mode: z.enum(REVIEW_MODES),
  reviewersPerPractitioner: z.coerce
    .number()
    .int('review.errPer')
    .min(1, 'review.errPer')
    .max(2, 'review.errPer'),
  members: z
    .string()
    .transform((s) =>
      s
        .split(/\r?\n/)
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .refine((m) => m.length >= 2 && m.length <= 12, 'review.errMembers')
    // A longer name is refused, not cut off: the facilitator sees the message with the list as typed.
    .refine((m) => m.every((x) => x.length <= MEMBER_MAX), 'review.errMemberLong'),
});

/** A validated new-round form as the fields show it, to show it again with a message from the data layer. */
export function newRoundValues(f: z.output<typeof NewReviewRoundForm>): Record<string, string | string[]> {
  return {
    title: f.title,
    versionNumber: String(f.versionNumber),
    startsOn: f.startsOn ?? '',
    endsOn: f.endsOn ?? '',
    clusterNumbers: f.clusterNumbers,
    sampleSize: String(f.sampleSize),
    mode: f.mode,
    reviewersPerPractitioner: String(f.reviewersPerPractitioner),
    members: f.members.join('\n'),
  };
}

/** A reference code that must not look like client data; the message names what it looks like. */
export const DossierCode = text(40)
  .min(1, 'review.errCode')
  .superRefine((code, ctx) => {
    const kind = personalDataIn(code);
    if (kind === 'name') ctx.addIssue({ code: 'custom', message: 'review.errCodeName' });
    if (kind === 'bsn') ctx.addIssue({ code: 'custom', message: 'review.errCodeBsn' });
    if (kind === 'birthdate') ctx.addIssue({ code: 'custom', message: 'review.errCodeBirthdate' });
  });

export const AddDossierForm = z.object({ practitionerId: z.coerce.number().int(), code: DossierCode });

/** One autosaved criterion: score may be empty (only a note yet), otherwise one of the four. */
export const ScoreForm = z.object({
  score: z
    .union([z.literal(''), z.enum(SCORES)], { message: 'review.errScore' })
    .optional()
    .transform((s) => (s === undefined || s === '' ? null : s)),
  note: text(NOTE_MAX).optional().default(''),
});

/**
 * The paper form: reviewer, practitioner, dossier code and per item `score_<itemId>` / `note_<itemId>`. The
 * per-item fields are read by `paperScores`, since which items exist depends on the round.
 */
export const PaperForm = z
  .object({
    reviewerId: z.coerce.number().int(),
    practitionerId: z.coerce.number().int(),
    code: DossierCode,
  })
  .catchall(z.union([z.string(), z.array(z.string())]));

/** A validated paper form as the fields show it (ids as text), to show it again with messages. */
export function paperValues(f: z.output<typeof PaperForm>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]));
}

/**
 * The scores per item, errors as dictionary keys, and `tooLong`: the note fields over {@link NOTE_MAX}, refused
 * (never cut off) so the facilitator sees the message beside the note with the typed text kept.
 */
export function paperScores(body: Record<string, unknown>, itemIds: readonly number[]) {
  const known = new Set(itemIds);
  const errors: Record<string, string> = {};
  const tooLong: Record<string, number> = {};
  const scores: { itemId: number; score: Score | null; note: string }[] = [];
  for (const k of Object.keys(body)) {
    const m = /^(score|note)_(\d+)$/.exec(k);
    if (!m) continue;
    const id = Number(m[2]);
    if (!known.has(id)) errors[k] = 'review.errItem';
  }
  for (const id of itemIds) {
    const rawScore = body[`score_${id}`];
    const rawNote = body[`note_${id}`];
    const raw = typeof rawScore === 'string' ? rawScore : '';
    const note = typeof rawNote === 'string' ? rawNote.trim() : '';
    if (note.length > NOTE_MAX) tooLong[`note_${id}`] = NOTE_MAX;
    if (raw !== '' && !isScore(raw)) errors[`score_${id}`] = 'review.errScore';
    else if (raw !== '' || note !== '') scores.push({ itemId: id, score: raw === '' ? null : raw, note });
  }
  return { errors, tooLong, scores };
}

export const ActionForm = z.object({
  itemLineage: z
    .string()
    .optional()
    .transform((s) => s || null),
  action: text(1000).min(1, 'review.errAction'),
  owner: text(120).min(1, 'review.errOwner'),
  dueOn: z.string().trim().regex(DATE, 'review.errDue'),
});

export const FollowUpForm = z.object({
  status: z.enum(['open', 'done', 'dropped']),
  followUp: text(2000).optional().default(''),
});
