import { describe, expect, it } from 'vitest';
import { findItem, loadDraft, openSuggestions } from '../../db/draft/draft';
import { activeItems, addCase, CASE_NEW, itemWith, proposedStudy } from '../draft/routes-helpers';

describe('re-running extraction after new cases', () => {
  it('suggests nothing when no case was added', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const res = await owner.agent.post(`${base}/rerun`);
    expect(res.status).toBe(303);
    expect(openSuggestions(db, id)).toHaveLength(0);
    expect(await (await owner.agent.get(res.headers.get('location')!)).text()).toContain(
      'Niets nieuws gevonden',
    );
  });

  it('proposes only new items and new evidence as suggestions and leaves edited items untouched', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const called = itemWith(db, id, 'energieleverancier');
    const reworded = 'De hulpverlener neemt telefonisch contact op met de energieleverancier.';
    await owner.agent.post(`${base}/items/${called.id}`, {
      text: reworded,
      clusterId: String(called.clusterId),
      phaseId: called.phaseId ?? '',
      version: '1',
    });
    const count = activeItems(db, id).length;
    const kase = addCase(db, id, owner.userId, 'Casus nieuw', CASE_NEW);
    await owner.agent.post(`${base}/rerun`);
    const open = openSuggestions(db, id);
    expect(open.some((s) => s.kind === 'new-item' && s.text.includes('woningcorporatie'))).toBe(true);
    expect(open.every((s) => s.evidence.every((e) => e.caseId === kase.id))).toBe(true);
    expect(activeItems(db, id)).toHaveLength(count);
    expect(findItem(db, id, called.id)!.text).toBe(reworded);
    const html = await (await owner.agent.get(base)).text();
    expect(html).toContain('Suggesties uit de casussen');
    expect(html).toContain('woningcorporatie');
  });

  it('accepting creates the item with its evidence; rejecting keeps it from coming back', async () => {
    const { db, id, owner, base } = await proposedStudy();
    addCase(db, id, owner.userId, 'Casus nieuw', CASE_NEW);
    await owner.agent.post(`${base}/rerun`);
    const open = openSuggestions(db, id);
    const newItem = open.find((s) => s.kind === 'new-item')!;
    const others = open.filter((s) => s.id !== newItem.id);
    const cluster = loadDraft(db, id).clusters[0]!;
    expect(
      (await owner.agent.post(`${base}/suggestions/${newItem.id}/accept`, { clusterId: String(cluster.id) }))
        .status,
    ).toBe(303);
    const created = loadDraft(db, id)
      .items.filter((i) => i.text === newItem.text)
      .at(-1)!;
    expect(created.clusterId).toBe(cluster.id);
    expect(loadDraft(db, id).evidence.get(created.id)!.links).toBe(newItem.evidence.length);
    for (const s of others) await owner.agent.post(`${base}/suggestions/${s.id}/reject`);
    expect(openSuggestions(db, id)).toHaveLength(0);
    await owner.agent.post(`${base}/rerun`);
    expect(openSuggestions(db, id)).toHaveLength(0);
  });

  it('adds accepted evidence to an existing item with a version', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const called = itemWith(db, id, 'energieleverancier');
    addCase(db, id, owner.userId, 'Casus nieuw', CASE_NEW);
    await owner.agent.post(`${base}/rerun`);
    const ev = openSuggestions(db, id).find((s) => s.kind === 'new-evidence' && s.itemId === called.id);
    expect(ev).toBeDefined();
    await owner.agent.post(`${base}/suggestions/${ev!.id}/accept`);
    expect(loadDraft(db, id).evidence.get(called.id)).toEqual({ links: 3, cases: 3 });
    expect(findItem(db, id, called.id)!.version).toBe(2);
    await owner.agent.post(`${base}/rerun`);
    expect(openSuggestions(db, id).some((s) => s.itemId === called.id)).toBe(false);
  });
});
