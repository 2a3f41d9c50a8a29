import { z } from 'zod';
import {
  CRITICALITY_CLASSES,
  EVIDENCE_SOURCES,
  ITEM_ORIGINS,
  ITEM_STATUSES,
  LANGS,
  REASON_CODES,
  ROLES,
  SOURCE_TYPES,
} from '../domain';
import {
  id,
  ref,
  ts,
  tsN,
  round,
  roundItem,
  roundCluster,
  participation,
  ratingAnswer,
  reviewAnswer,
  proposedActivity,
  coverageAnswer,
  memberCheck,
  memberCheckResponse,
  decisionRow,
} from './schema-rounds';
import { extras } from './schema-extras';

/**
 * The Maatstaf study export, schema version 2: one JSON document with everything needed to continue or
 * revise a study on another installation. This zod schema is the single source of the format; the import
 * validates every file against it before anything is written.
 *
 * Conventions:
 * - `id` fields are the exporting installation's ids. They only tie rows of this document together; the import
 *   gives every row a new id and remaps each reference.
 * - Timestamps are ISO 8601 strings with offset (`2025-03-12T09:30:00.000Z`); plain dates (`opensAt`,
 *   `caseDate`) are `yyyy-mm-dd`.
 * - Personal data is left out: panellists carry only a pseudonym and stakeholder group (no name, e-mail,
 *   organisation, role or link), team members only a name, and the names listed for pseudonymisation are not
 *   exported. Case texts are stored pseudonymised, so they are exported as they are.
 * - Users are not exported as accounts: "who" fields become names (`adoptedBy`) or are dropped.
 * - Peer-review groups are exported by pseudonym (T1, T2, …) only, without names or links; the language-model
 *   assist settings (they hold an API key) are never exported.
 * - Version 2 added item criteria, item pools, real-time rounds, peer review and the adoption record
 *   (`adoptionConfirmed`, `handbookRecords`); a version 1 document still reads, with those empty.
 */

const scale = z.object({
  min: z.number().int(),
  max: z.number().int(),
  anchors: z.array(z.string()),
  bands: z.array(z.object({ from: z.number().int(), to: z.number().int(), label: z.string() })),
});

/** The study's settings: title, language, phases and the two rating scales. */
const study = z.object({
  title: z.string().min(1).max(300),
  description: z.string(),
  lang: z.enum(LANGS),
  phases: z.array(z.object({ id: z.string().min(1), label: z.string() })),
  importanceScale: scale,
  frequencyScale: scale,
  // The privacy settings (information letter, contact, ethics reference, retention); older documents lack them.
  infoLetter: z.string().max(20000).default(''),
  contact: z.string().max(500).default(''),
  ethicsRef: z.string().max(200).default(''),
  retentionUntil: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
});

/** A case description (pseudonymised text); `practitioner` is the practitioner's pseudonym. */
const kase = z.object({
  id,
  title: z.string(),
  sourceType: z.enum(SOURCE_TYPES),
  practitioner: z.string(),
  phaseTags: z.array(z.string()),
  caseDate: z.string().nullable(),
  text: z.string(),
  createdAt: ts,
});

/** Draft clusters; `parentId` set for sub-aspects. */
const cluster = z.object({ id, parentId: ref, position: z.number().int(), label: z.string() });

/** Draft items with their status; `mergedInto` points at another item of this document. */
const item = z.object({
  id,
  clusterId: ref,
  phaseId: z.string().nullable(),
  text: z.string(),
  position: z.number().int(),
  status: z.enum(ITEM_STATUSES),
  mergedInto: ref,
  origin: z.enum(ITEM_ORIGINS),
  version: z.number().int().positive(),
  createdAt: ts,
});

/** The append-only history of each draft item; `roundId` set when the change came from processing a round. */
const itemVersion = z.object({
  itemId: id,
  version: z.number().int().positive(),
  action: z.string(),
  text: z.string(),
  clusterId: ref,
  clusterLabel: z.string().nullable(),
  phaseId: z.string().nullable(),
  status: z.enum(ITEM_STATUSES),
  reason: z.string(),
  /** A generated reason as data (older documents have none: their reason is the stored sentence). */
  reasonCode: z.enum(REASON_CODES).nullable().optional(),
  reasonParams: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .nullable()
    .optional(),
  roundId: ref,
  at: ts,
});

/** Where in a case text an item came from (character offsets). */
const evidence = z.object({
  itemId: id,
  caseId: id,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

/** A panellist: pseudonym and stakeholder group only. */
const panellist = z.object({ id, pseudonym: z.string().min(1), stakeholderGroup: z.string() });

/** The consensus protocol as a history, oldest first; `config` is the consensus engine's protocol. */
const protocol = z.object({
  id,
  config: z.record(z.string(), z.unknown()),
  maxRounds: z.number().int().positive(),
  reason: z.string(),
  createdAt: ts,
});

/** A version of the standard; adopted versions stay frozen after import. `adoptedBy` is a name. */
const standardVersion = z.object({
  id,
  number: z.number().int().positive(),
  status: z.enum(['draft', 'adopted']),
  basedOnId: ref,
  note: z.string(),
  createdAt: ts,
  adoptedAt: tsN,
  adoptedBy: z.string().nullable(),
  /** The adoption checklist warnings confirmed when adopting (version 2). */
  adoptionConfirmed: z
    .array(z.object({ code: z.string(), count: z.number().int() }))
    .nullable()
    .default(null),
  /**
   * The records the adopted handbook is generated from, frozen at adoption (version 2). Carried as they are:
   * the ids inside are the exporting installation's and only tie the records together.
   */
  handbookRecords: z.record(z.string(), z.unknown()).nullable().default(null),
});

/** `lineage` is the identity of a cluster or item across versions (used by the diff). */
const standardCluster = z.object({
  id,
  versionId: id,
  parentId: ref,
  position: z.number().int(),
  label: z.string(),
  lineage: z.string().min(1),
});

const standardItem = z.object({
  id,
  versionId: id,
  clusterId: ref,
  lineage: z.string().min(1),
  sourceItemId: ref,
  position: z.number().int(),
  text: z.string(),
  phaseId: z.string().nullable(),
  criterion: z.string(),
  normPercentage: z.number().int().min(0).max(100).nullable(),
  /** "Geen norm" stated deliberately; absent in documents from before it existed. */
  noNorm: z.boolean().default(false),
  normUnit: z.string(),
  evidenceSource: z.enum(EVIDENCE_SOURCES),
  rubricLevels: z.array(z.string()).max(5),
  explanation: z.string(),
  importanceMedian: z.number().nullable(),
  frequencyMedian: z.number().nullable(),
  criticality: z.number().nullable(),
  criticalityClass: z.enum(CRITICALITY_CLASSES).nullable(),
});

export const SCHEMA_VERSION = 2;
/** Versions this installation reads; older ones lack the newer lists, which then read as empty. */
export const READABLE_VERSIONS: readonly number[] = [1, 2];

export const StudyDocumentSchema = z.object({
  /** Always 'maatstaf-study'. */
  format: z.literal('maatstaf-study'),
  /** Bumped when the format changes; this installation writes version 2 and reads 1 and 2. */
  schemaVersion: z.union([z.literal(1), z.literal(2)]),
  exportedAt: ts,
  study,
  team: z.array(z.object({ name: z.string(), role: z.enum(ROLES) })),
  cases: z.array(kase),
  clusters: z.array(cluster),
  items: z.array(item),
  itemVersions: z.array(itemVersion),
  itemEvidence: z.array(evidence),
  panellists: z.array(panellist),
  protocols: z.array(protocol),
  rounds: z.array(round),
  roundItems: z.array(roundItem),
  roundClusters: z.array(roundCluster),
  participations: z.array(participation),
  ratingAnswers: z.array(ratingAnswer),
  reviewAnswers: z.array(reviewAnswer),
  proposedActivities: z.array(proposedActivity),
  coverageAnswers: z.array(coverageAnswer),
  memberChecks: z.array(memberCheck),
  memberCheckResponses: z.array(memberCheckResponse),
  decisions: z.array(decisionRow),
  standardVersions: z.array(standardVersion),
  standardClusters: z.array(standardCluster),
  standardItems: z.array(standardItem),
  ...extras,
});

export type StudyDocument = z.infer<typeof StudyDocumentSchema>;
