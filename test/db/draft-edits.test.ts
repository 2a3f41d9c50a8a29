import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import type { Db } from '../../db/client';
import { findItem, itemHistory, loadDraft, openSuggestions } from '../../db/draft/draft';
import {
  acceptDraftSuggestion,
  createCluster,
  createItem,
  deleteItem,
  mergeClusterInto,
  mergeDraftItems,
  rejectDraftSuggestion,
  relabelCluster,
  restoreItem,
  saveItem,
  splitDraftItem,
} from '../../db/draft/edits';
import { insertSuggestions } from '../../db/draft/proposal';
import { createStudyVia, signedIn, testApp } from '../_setup';

async function world() {
  const { app, db } = testApp();
  const { agent, userId } = await signedIn(app, db);
  const studyId = await createStudyVia(agent);
  return { db, studyId, userId };
}

/** From here on every audit insert fails, as a full disk or a broken trigger would make it. */
const breakAudit = (db: Db) =>
  db.$client.exec(
    "CREATE TEMP TRIGGER audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END",
  );

const actions = (db: Db, studyId: number) => listAudit(db, studyId).map((e) => e.action);
const unplaced = { clusterId: null, phaseId: null };

describe('draft edits: change and audit entry in one transaction', () => {
  it('adds an item with its first version and its audit entry; when the audit insert fails nothing is stored', async () => {
    const { db, studyId, userId } = await world();
    const item = createItem(db, studyId, 'Ik bel de cliënt.', unplaced, userId);
    expect(itemHistory(db, item.id)).toHaveLength(1);
    expect(actions(db, studyId)).toContain('item.create');
    breakAudit(db);
    expect(() => createItem(db, studyId, 'Ik schrijf een plan.', unplaced, userId)).toThrow(/audit down/);
    expect(loadDraft(db, studyId).items.map((i) => i.text)).toEqual(['Ik bel de cliënt.']);
  });

  it('saves an edit as "edit", a new place as "move", and nothing at all when nothing changed', async () => {
    const { db, studyId, userId } = await world();
    const item = createItem(db, studyId, 'Ik bel de cliënt.', unplaced, userId);
    const cl = createCluster(db, studyId, undefined, 'Contact', userId);
    const same = saveItem(db, studyId, item, 1, { text: item.text, ...unplaced }, userId, '');
    expect(same).toEqual({ ok: true, moved: false });
    expect(findItem(db, studyId, item.id)!.version).toBe(1);
    const moved = saveItem(
      db,
      studyId,
      item,
      1,
      { text: item.text, clusterId: cl.id, phaseId: null },
      userId,
      '',
    );
    expect(moved).toEqual({ ok: true, action: 'move', moved: true });
    const now = findItem(db, studyId, item.id)!;
    const edited = saveItem(
      db,
      studyId,
      now,
      2,
      { text: 'Ik bel.', clusterId: cl.id, phaseId: null },
      userId,
      'korter',
    );
    expect(edited).toEqual({ ok: true, action: 'edit', moved: false });
    const log = listAudit(db, studyId).filter((e) => e.action.startsWith('item.'));
    expect(log.map((e) => e.action)).toEqual(['item.edit', 'item.move', 'item.create']);
    expect(JSON.parse(log[0]!.before!)).toEqual({
      text: 'Ik bel de cliënt.',
      clusterId: cl.id,
      phaseId: null,
    });
  });

  it('refuses a save based on an older version and logs nothing; a failing audit insert undoes the edit', async () => {
    const { db, studyId, userId } = await world();
    const item = createItem(db, studyId, 'Ik bel de cliënt.', unplaced, userId);
    const stale = saveItem(db, studyId, item, 7, { text: 'Anders', ...unplaced }, userId, '');
    expect(stale.ok).toBe(false);
    breakAudit(db);
    expect(() => saveItem(db, studyId, item, 1, { text: 'Anders', ...unplaced }, userId, '')).toThrow();
    const after = findItem(db, studyId, item.id)!;
    expect([after.text, after.version]).toEqual(['Ik bel de cliënt.', 1]);
    expect(itemHistory(db, item.id)).toHaveLength(1);
    expect(actions(db, studyId)).toEqual(['item.create', 'study.create']);
  });

  it('splits and merges items with their audit entries, and leaves the draft as it was when the audit fails', async () => {
    const { db, studyId, userId } = await world();
    const a = createItem(db, studyId, 'Ik bel en ik schrijf.', unplaced, userId);
    const b = createItem(db, studyId, 'Ik bel op.', unplaced, userId);
    const split = splitDraftItem(db, studyId, a, 1, ['Ik bel.', 'Ik schrijf.'], new Map(), userId, '');
    expect(split.ok).toBe(true);
    expect(listAudit(db, studyId)[0]!.summary).toBe('Ik bel en ik schrijf. → Ik bel. | Ik schrijf.');
    const merged = mergeDraftItems(
      db,
      studyId,
      a.id,
      new Map([
        [a.id, 2],
        [b.id, 1],
      ]),
      'Ik bel.',
      userId,
      '',
    );
    expect(merged.ok).toBe(true);
    expect(listAudit(db, studyId)[0]!.summary).toBe(`#${b.id} → #${a.id}: Ik bel.`);
    breakAudit(db);
    const before = loadDraft(db, studyId).items.map((i) => [i.id, i.text, i.status, i.version]);
    const c = loadDraft(db, studyId).items.find((i) => i.text === 'Ik schrijf.')!;
    expect(() => splitDraftItem(db, studyId, c, 1, ['Ik', 'schrijf'], new Map(), userId, '')).toThrow();
    expect(() =>
      mergeDraftItems(
        db,
        studyId,
        a.id,
        new Map([
          [a.id, 3],
          [c.id, 1],
        ]),
        'Samen',
        userId,
        '',
      ),
    ).toThrow();
    expect(loadDraft(db, studyId).items.map((i) => [i.id, i.text, i.status, i.version])).toEqual(before);
  });

  it('keeps the chosen wording when the merged text is left empty, and merges nothing without two items', async () => {
    const { db, studyId, userId } = await world();
    const a = createItem(db, studyId, 'Ik bel.', unplaced, userId);
    const b = createItem(db, studyId, 'Ik bel op.', unplaced, userId);
    expect(mergeDraftItems(db, studyId, a.id, new Map([[a.id, 1]]), '', userId, '')).toEqual({
      ok: false,
      needsTwo: true,
    });
    const res = mergeDraftItems(
      db,
      studyId,
      b.id,
      new Map([
        [a.id, 1],
        [b.id, 1],
      ]),
      '',
      userId,
      '',
    );
    expect(res.ok && res.target.text).toBe('Ik bel op.');
    expect(findItem(db, studyId, a.id)!.status).toBe('merged');
  });

  it('deletes and restores an item with the reason in the log; a failing audit insert keeps it as it was', async () => {
    const { db, studyId, userId } = await world();
    const item = createItem(db, studyId, 'Ik bel de cliënt.', unplaced, userId);
    expect(restoreItem(db, studyId, item, 1, userId).ok).toBe(false);
    expect(deleteItem(db, studyId, item, 1, userId, 'dubbel').ok).toBe(true);
    expect(listAudit(db, studyId)[0]!.summary).toBe('Ik bel de cliënt. (dubbel)');
    const deleted = findItem(db, studyId, item.id)!;
    breakAudit(db);
    expect(() => restoreItem(db, studyId, deleted, 2, userId)).toThrow();
    expect(findItem(db, studyId, item.id)!.status).toBe('deleted');
  });

  it('places a new cluster under a top-level parent only, and stores no cluster when the audit fails', async () => {
    const { db, studyId, userId } = await world();
    const top = createCluster(db, studyId, undefined, 'Contact', userId);
    const sub = createCluster(db, studyId, top.id, 'Eerste gesprek', userId);
    expect(sub.parentId).toBe(top.id);
    expect(createCluster(db, studyId, sub.id, 'Te diep', userId).parentId).toBeNull();
    relabelCluster(db, studyId, top, 'Contact leggen', userId);
    expect(listAudit(db, studyId)[0]!.summary).toBe('Contact → Contact leggen');
    breakAudit(db);
    expect(() => createCluster(db, studyId, undefined, 'Nog een', userId)).toThrow();
    expect(() => relabelCluster(db, studyId, top, 'Weg', userId)).toThrow();
    expect(loadDraft(db, studyId).clusters.map((c) => c.label)).not.toContain('Nog een');
    expect(loadDraft(db, studyId).clusters.map((c) => c.label)).not.toContain('Weg');
  });

  it('merges a cluster only into another of the same level', async () => {
    const { db, studyId, userId } = await world();
    const a = createCluster(db, studyId, undefined, 'A', userId);
    const b = createCluster(db, studyId, undefined, 'B', userId);
    const sub = createCluster(db, studyId, a.id, 'A1', userId);
    expect(mergeClusterInto(db, studyId, b, sub.id, userId)).toBeUndefined();
    expect(mergeClusterInto(db, studyId, b, b.id, userId)).toBeUndefined();
    expect(mergeClusterInto(db, studyId, b, undefined, userId)).toBeUndefined();
    expect(mergeClusterInto(db, studyId, b, a.id, userId)?.id).toBe(a.id);
    expect(actions(db, studyId).filter((x) => x === 'cluster.merge')).toHaveLength(1);
  });

  it('keeps a suggestion open when the audit entry of accepting or rejecting it cannot be written', async () => {
    const { db, studyId, userId } = await world();
    const s = { kind: 'new-item' as const, itemId: null, phaseId: null, evidence: [] };
    insertSuggestions(db, studyId, [
      { ...s, text: 'Ik bel.' },
      { ...s, text: 'Ik schrijf.' },
    ]);
    const [first, second] = openSuggestions(db, studyId);
    expect(acceptDraftSuggestion(db, first!, null, userId)?.text).toBe('Ik bel.');
    expect(actions(db, studyId)).toContain('suggestion.accept');
    breakAudit(db);
    expect(() => rejectDraftSuggestion(db, second!, userId)).toThrow();
    expect(openSuggestions(db, studyId).map((x) => x.text)).toEqual(['Ik schrijf.']);
  });
});
