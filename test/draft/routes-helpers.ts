import { insertCase } from '../../db/cases/cases';
import type { Db } from '../../db/client';
import { loadDraft } from '../../db/draft/draft';
import { createStudyVia, signedIn, testApp } from '../_setup';

export const CASE_A = [
  'Mevrouw meldde zich aan bij het inloopspreekuur.',
  'Ik heb in het eerste gesprek uitgelegd hoe wij werken.',
  'Ik heb de energieleverancier gebeld.',
  'Ik heb met mevrouw afspraken gemaakt over de doelen.',
  'Na vier maanden heb ik met haar geëvalueerd aan de hand van het plan.',
].join(' ');

export const CASE_B = [
  'Meneer kwam op verwijzing van de huisarts.',
  'Ik heb uitgelegd hoe wij werken.',
  'Ik heb de energieleverancier gebeld.',
  'Samen hebben we een overzicht gemaakt van inkomsten en uitgaven.',
].join(' ');

export const CASE_NEW = [
  'Ik heb de woningcorporatie gebeld over de huurachterstand.',
  'Ik heb de energieleverancier gebeld.',
].join(' ');

export function addCase(
  db: Db,
  studyId: number,
  userId: number,
  title: string,
  text: string,
  phaseTags: string[] = [],
) {
  return insertCase(db, studyId, userId, {
    title,
    sourceType: 'verslag',
    practitioner: 'MW-01',
    phaseTags,
    caseDate: null,
    text,
  });
}

/** A study with two cases, proposed into a draft through the app. */
export async function proposedStudy(grouping: 'rubrics' | 'phases' = 'rubrics') {
  const { app, db } = testApp();
  const owner = await signedIn(app, db, 'Anna Onderzoeker');
  const id = await createStudyVia(owner.agent);
  const caseA = addCase(db, id, owner.userId, 'Casus A', CASE_A);
  const caseB = addCase(db, id, owner.userId, 'Casus B', CASE_B);
  const res = await owner.agent.post(`/studies/${id}/draft/propose`, { grouping });
  if (res.status !== 303) throw new Error(`propose failed: ${res.status}`);
  return { app, db, owner, id, caseA, caseB, base: `/studies/${id}/draft` };
}

export function activeItems(db: Db, studyId: number) {
  return loadDraft(db, studyId).items.filter((i) => i.status === 'active');
}

export function itemWith(db: Db, studyId: number, fragment: string) {
  const it = loadDraft(db, studyId).items.find((i) => i.text.includes(fragment));
  if (!it)
    throw new Error(
      `no item with "${fragment}": ${loadDraft(db, studyId)
        .items.map((i) => i.text)
        .join(' | ')}`,
    );
  return it;
}
