import type { Lang, PhaseId, SourceType } from '../domain';
export { PHASE_IDS as PHASES, type Lang, type PhaseId, type SourceType } from '../domain';

/** A character range in the case text: JS string indices, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface ExtractedActivity {
  /** The activity as a behavioural statement: present tense, the practitioner as subject. */
  text: string;
  phase: PhaseId;
  evidence: Span[];
}

export interface ExtractOptions {
  lang?: Lang;
  sourceType?: SourceType;
  /** Phases the case is tagged with; suggestions stay within them. */
  phaseTags?: PhaseId[];
}

/** One practitioner activity found in a sentence, before a phase is assigned. */
export interface Candidate {
  text: string;
  evidence: Span;
  /** Said in the same breath as the activity before it ("Neem me mee in één ochtend."): adds to its evidence. */
  continues?: boolean;
}
