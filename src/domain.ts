/**
 * The domain vocabulary, defined once: the value lists behind the database enums, the engines, the views and the
 * study document's schema. Every layer may import this file; it imports nothing.
 */

/** Interface and content languages. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The default phases of process-oriented help (DOMAIN.md), in process order; a study may name its own. */
export const PHASE_IDS = ['intake', 'analyse', 'plan', 'uitvoering', 'afsluiting'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** A phase as a study stores it: an id (one of PHASE_IDS for the default phases) and its label. */
export interface Phase {
  id: string;
  label: string;
}

export interface ScaleBand {
  from: number;
  to: number;
  label: string;
}
export interface Scale {
  min: number;
  max: number;
  /** Labels per point, from min to max (may be empty strings). */
  anchors: string[];
  /** Ordered bands; the last is the top band used for percent agreement. */
  bands: ScaleBand[];
}
/** The two rating scales a study can start from. */
export const SCALE_PRESETS = ['1-9', '1-5'] as const;
export type ScalePreset = (typeof SCALE_PRESETS)[number];

/** What a case description was written from. */
export const SOURCE_TYPES = ['verslag', 'dossier', 'interview', 'transcript', 'anders'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** The three kinds of Delphi round: review the wording, check coverage per cluster, rate the items. */
export const ROUND_KINDS = ['review', 'coverage', 'rating'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** A researcher's role in a study. */
export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ITEM_STATUSES = ['active', 'deleted', 'merged'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const ITEM_ORIGINS = ['extracted', 'manual', 'panel', 'split', 'merge', 'import'] as const;
export type ItemOrigin = (typeof ITEM_ORIGINS)[number];

/**
 * Why the app itself made a version, as data: the words are rendered in the reader's language (views/i18n/draft).
 * proposal: proposed from the cases · suggestion: a suggestion from new cases accepted · evidence: evidence from
 * `cases` new cases added · panel-proposal: proposed by the panel in `round` · panel-merge: merged with the panel's
 * proposal `proposal` in `round` · split: split off item `from` · round: processing the panel's verdict in `round`
 * · own-wording: the researcher's own wording in `round`.
 */
export const REASON_CODES = [
  'proposal',
  'suggestion',
  'evidence',
  'panel-proposal',
  'panel-merge',
  'split',
  'round',
  'own-wording',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
export type ReasonParams = Record<string, string | number>;

/** How a criterion of the standard is checked in peer review. */
export const EVIDENCE_SOURCES = ['dossier', 'observatie', 'gesprek', 'anders'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** Criticality of an item from its importance and frequency medians (DOMAIN.md). */
export const CRITICALITY_CLASSES = ['core', 'critical', 'optional', 'drop'] as const;
export type CriticalityClass = (typeof CRITICALITY_CLASSES)[number];

/** What a replacement the researcher adds by hand in the pseudonymisation preview stands for; it decides the placeholder. */
export const EXTRA_KINDS = ['person', 'organisation', 'place', 'address', 'email', 'phone', 'other'] as const;
export type ExtraKind = (typeof EXTRA_KINDS)[number];

/** Peer review (toetsing): the scores per criterion and how reviewers are assigned. */
export const REVIEW_SCORES = ['voldaan', 'deels', 'niet', 'nvt'] as const;
export type ReviewScore = (typeof REVIEW_SCORES)[number];
export const REVIEW_MODES = ['pairs', 'rotating'] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];
