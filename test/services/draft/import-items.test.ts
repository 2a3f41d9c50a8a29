import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/audit';
import { loadDraft } from '../../../db/draft/draft';
import { createItem } from '../../../db/draft/edits';
import { checkItemTable, importItemTable } from '../../../src/services/draft/import-items';
import { createStudyVia, signedIn, testApp } from '../../_setup';

async function world() {
  const { app, db } = testApp();
  const { agent, userId } = await signedIn(app, db);
  const studyId = await createStudyVia(agent);
  return { db, studyId, userId };
}

const table = [
  ['cluster', 'formulering'],
  ['Contact', 'Ik bel de cliënt terug.'],
  ['Contact', 'Ik leg uit hoe wij werken.'],
];
const source = { kind: 'csv' as const, fileName: 'items.csv' };

describe('importing an item table', () => {
  it('imports every row with one audit entry naming the file', async () => {
    const { db, studyId, userId } = await world();
    expect(checkItemTable(db, studyId, [], table).kind).toBe('ok');
    const done = importItemTable(db, studyId, [], table, source, userId);
    expect(done).toEqual({ kind: 'imported', items: 2, clusters: 1 });
    expect(loadDraft(db, studyId).items.map((i) => i.origin)).toEqual(['import', 'import']);
    expect(listAudit(db, studyId).filter((e) => e.summary.includes('items.csv'))).toHaveLength(1);
  });

  it('imports nothing when a wording entered the draft after the preview was checked', async () => {
    const { db, studyId, userId } = await world();
    expect(checkItemTable(db, studyId, [], table).kind).toBe('ok');
    createItem(db, studyId, 'Ik bel de cliënt terug.', { clusterId: null, phaseId: null }, userId);
    const done = importItemTable(db, studyId, [], table, source, userId);
    expect(done.kind).toBe('rowErrors');
    expect(loadDraft(db, studyId).items).toHaveLength(1);
  });

  it('refuses a table with a header and no rows as a whole', async () => {
    const { db, studyId } = await world();
    expect(checkItemTable(db, studyId, [], [table[0]!])).toEqual({ kind: 'refused', error: 'errNothing' });
    expect(checkItemTable(db, studyId, [], [['', '']])).toEqual({ kind: 'refused', error: 'errEmpty' });
  });
});
