export { extractActivities } from './extract';
export { detectLang as detectLanguage } from '../text';
export { detectSource } from './genre';
export { suggestPhases } from './phase';
export {
  PHASES,
  type ExtractedActivity,
  type ExtractOptions,
  type Lang,
  type PhaseId,
  type SourceType,
  type Span,
} from './types';
