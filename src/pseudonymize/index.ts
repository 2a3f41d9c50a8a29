export type { Lang, PiiKind, PseudonymizeOptions, Replacement } from './types';
export { findPii, pseudonymize } from './pseudonymize';
export { addManual, applyReplacements, renumber } from './replacements';
export { detectLang } from '../text';
export { personIsClient, personPlaceholder } from './lang';
export { isValidBsn, isValidIban } from './numbers';
