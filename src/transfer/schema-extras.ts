import { z } from 'zod';
import { REVIEW_MODES, REVIEW_SCORES } from '../domain';
import { id, ref, ts, tsN } from './schema-rounds';

/**
 * Parts of the study document added in schema version 2: imported item criteria, item pools and their
 * allocations, real-time rounds with every rating revision, and the peer-review rounds with everything under
 * them. Version 1 documents lack them; they read as empty lists.
 */

/** A criterion and norm that came with a draft item from an imported list (no row: an item from cases). */
export const itemCriterion = z.object({
  itemId: id,
  criterion: z.string(),
  normPercentage: z.number().int().min(0).max(100).nullable(),
  normUnit: z.string(),
});

/** A rating round over a large item pool; the seed makes the allocation reproducible. */
export const roundPool = z.object({
  roundId: id,
  size: z.number().int().positive(),
  minPerItem: z.number().int().positive(),
  randomOrder: z.boolean(),
  seed: z.number().int(),
});

/** The items each panellist was given when a pool round opened, in the order they saw them. */
export const roundAllocation = z.object({
  roundId: id,
  panellistId: id,
  roundItemId: id,
  position: z.number().int(),
});

/** A rating round run as a real-time Delphi. */
export const realtimeRound = z.object({ roundId: id });

/** Every rating a panellist gave in a real-time round, in order (append-only on the installation). */
export const ratingRevision = z.object({
  roundId: id,
  roundItemId: id,
  panellistId: id,
  importance: z.number().int().nullable(),
  importanceCannotJudge: z.boolean(),
  frequency: z.number().int().nullable(),
  frequencyCannotJudge: z.boolean(),
  comment: z.string(),
  at: ts,
});

/** A peer-review round on an adopted standard version; `clusterIds` are standard clusters (empty = all). */
export const reviewRound = z.object({
  id,
  versionId: id,
  number: z.number().int().positive(),
  title: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  clusterIds: z.array(id),
  sampleSize: z.number().int().positive(),
  mode: z.enum(REVIEW_MODES),
  reviewersPerPractitioner: z.number().int().positive(),
  status: z.enum(['open', 'closed']),
  createdAt: ts,
  closedAt: tsN,
});

/** A practitioner in the review group, by pseudonym only: no name and no link. */
export const reviewMember = z.object({ id, roundId: id, pseudonym: z.string().min(1), createdAt: ts });

/** Who reviews whom. */
export const reviewAssignment = z.object({ roundId: id, reviewerId: id, practitionerId: id });

/** A reviewed dossier, by its reference code only. */
export const reviewDossier = z.object({
  id,
  roundId: id,
  practitionerId: id,
  code: z.string(),
  createdAt: ts,
});

/** One reviewer's score of one standard item in one dossier. */
export const reviewScore = z.object({
  dossierId: id,
  reviewerId: id,
  itemId: id,
  score: z.enum(REVIEW_SCORES).nullable(),
  note: z.string(),
  viaPaper: z.boolean(),
  updatedAt: ts,
});

/** An action of the improvement plan; `followedUpInRoundId` is a review round of this document. */
export const improvementAction = z.object({
  roundId: id,
  itemLineage: z.string().nullable(),
  action: z.string(),
  owner: z.string(),
  dueOn: z.string(),
  status: z.enum(['open', 'done', 'dropped']),
  followUp: z.string(),
  followedUpInRoundId: ref,
  createdAt: ts,
});

/** The version 2 lists, each empty when a (version 1) document lacks it. */
export const extras = {
  itemCriteria: z.array(itemCriterion).default([]),
  roundPools: z.array(roundPool).default([]),
  roundAllocations: z.array(roundAllocation).default([]),
  realtimeRounds: z.array(realtimeRound).default([]),
  ratingRevisions: z.array(ratingRevision).default([]),
  reviewRounds: z.array(reviewRound).default([]),
  reviewMembers: z.array(reviewMember).default([]),
  reviewAssignments: z.array(reviewAssignment).default([]),
  reviewDossiers: z.array(reviewDossier).default([]),
  reviewScores: z.array(reviewScore).default([]),
  improvementActions: z.array(improvementAction).default([]),
};
