import type { RoleContext } from './roles';
import type { Sentence } from './segment';
import type { Candidate, SourceType } from './types';

export function analyseEn(_sent: Sentence, _ctx: RoleContext, _source: SourceType): Candidate[] {
  return [];
}
