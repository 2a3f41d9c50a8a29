import { z } from 'zod';
import { ROUND_KINDS } from '../domain';

/** Building blocks shared by the parts of the study document schema. */
export const id = z.number().int().positive();
export const ref = id.nullable();
export const ts = z.iso.datetime({ offset: true });
export const tsN = ts.nullable();
const decision = z.enum(['in', 'out', 'none']);
const outcome = z.enum(['accepted', 'rejected', 'merged']).nullable();

/** The rounds part of the study document: snapshots, participation, answers, member checks, decisions. */
/** A Delphi round; `standardVersionId` and subject 'criteria' for rounds on the criteria of a standard version. */
export const round = z.object({
  id,
  number: z.number().int().positive(),
  kind: z.enum(ROUND_KINDS),
  subject: z.enum(['items', 'criteria']),
  standardVersionId: ref,
  title: z.string(),
  instructions: z.string(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  status: z.enum(['draft', 'open', 'closed']),
  openedAt: tsN,
  closedAt: tsN,
  askRelevance: z.boolean(),
  feedbackByGroup: z.boolean(),
  reminderTemplate: z.string(),
  // Added later: documents without them get the defaults.
  invitationTemplate: z.string().default(''),
  graceHours: z.number().int().min(0).max(168).default(0),
  createdAt: ts,
});

/** The frozen snapshot a round put to the panel; `refId` is a draft item (refKind 'item') or a standard item ('criterion'). */
export const roundItem = z.object({
  id,
  roundId: id,
  refKind: z.enum(['item', 'criterion']),
  refId: id,
  refVersion: z.number().int(),
  position: z.number().int(),
  number: z.string(),
  text: z.string(),
  context: z.string(),
  phaseId: z.string().nullable(),
  clusterNumber: z.string(),
  clusterLabel: z.string(),
  subAspectNumber: z.string().nullable(),
  subAspectLabel: z.string().nullable(),
});

export const roundCluster = z.object({
  id,
  roundId: id,
  clusterId: ref,
  position: z.number().int(),
  number: z.string(),
  label: z.string(),
  summary: z.string(),
});

/** Invited, started and completed per panellist and round. */
export const participation = z.object({
  roundId: id,
  panellistId: id,
  invitedAt: ts,
  startedAt: tsN,
  completedAt: tsN,
});

/** Ratings; null with `…CannotJudge` = "kan ik niet beoordelen"; `dissent` = principled objection. */
export const ratingAnswer = z.object({
  roundId: id,
  roundItemId: id,
  panellistId: id,
  importance: z.number().int().nullable(),
  importanceCannotJudge: z.boolean(),
  frequency: z.number().int().nullable(),
  frequencyCannotJudge: z.boolean(),
  comment: z.string(),
  dissent: z.boolean(),
  dissentReason: z.string(),
  late: z.boolean(),
  updatedAt: ts,
});

export const reviewAnswer = z.object({
  roundId: id,
  roundItemId: id,
  panellistId: id,
  verdict: z.enum(['keep', 'reformulate', 'remove']).nullable(),
  proposal: z.string(),
  reason: z.string(),
  comment: z.string(),
  relevance: z.number().int().nullable(),
  late: z.boolean(),
  updatedAt: ts,
  processedAt: tsN,
  outcome,
  outcomeReason: z.string(),
});

export const proposedActivity = z.object({
  roundId: id,
  panellistId: id,
  roundClusterId: ref,
  phaseId: z.string().nullable(),
  text: z.string(),
  late: z.boolean(),
  createdAt: ts,
  processedAt: tsN,
  outcome,
  outcomeReason: z.string(),
  resultItemId: ref,
});

export const coverageAnswer = z.object({
  roundId: id,
  roundClusterId: id,
  panellistId: id,
  verdict: z.enum(['yes', 'partly', 'no']).nullable(),
  missing: z.string(),
  late: z.boolean(),
  updatedAt: ts,
});

export const memberCheck = z.object({ id, roundId: id, summary: z.string(), publishedAt: ts });
export const memberCheckResponse = z.object({
  memberCheckId: id,
  panellistId: id,
  agrees: z.boolean(),
  comment: z.string(),
  at: ts,
});

/** The classification of each rated item; the final decision is `override ?? computed`. */
export const decisionRow = z.object({
  roundId: id,
  roundItemId: id,
  computed: decision,
  protocolId: ref,
  override: decision.nullable(),
  overrideReason: z.string().nullable(),
  overrideAt: tsN,
  computedAt: ts,
});
