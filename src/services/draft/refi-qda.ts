import type { Db } from '../../../db/client';
import { loadCoding } from '../../../db/draft/refi-qda';
import type { Study } from '../../../db/studies/studies';
import { draftProject } from '../../refi-qda/from-draft';

/** The draft's coding as a REFI-QDA project (codes, sources and coded selections), phases named as in the study. */
export function draftCodingProject(db: Db, study: Pick<Study, 'id' | 'title' | 'phases'>) {
  const label = (id: string) => study.phases.find((p) => p.id === id)?.label;
  return draftProject(study.id, study.title, loadCoding(db, study.id), label);
}
