import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { findCluster, findItem, itemHistory, loadDraft } from '../../db/draft/draft';
import { proposedStudy } from '../draft/routes-helpers';

const tops = (db: Parameters<typeof loadDraft>[0], id: number) =>
  loadDraft(db, id)
    .clusters.filter((c) => c.parentId === null)
    .sort((a, b) => a.position - b.position || a.id - b.id);

describe('cluster operations', () => {
  it('renames a cluster, logs it, and keeps the 422 form when the name is empty', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const c = tops(db, id)[0]!;
    const empty = await owner.agent.post(`${base}/clusters/${c.id}/rename`, { label: ' ' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Geef het cluster een naam.');
    expect((await owner.agent.post(`${base}/clusters/${c.id}/rename`, { label: 'Kennismaken' })).status).toBe(
      303,
    );
    expect(findCluster(db, id, c.id)!.label).toBe('Kennismaken');
    expect(await (await owner.agent.get(base)).text()).toContain('1 Kennismaken');
    expect(listAudit(db, id).find((a) => a.action === 'cluster.rename')!.summary).toContain('→ Kennismaken');
  });

  it('reorders clusters with the up and down buttons, renumbering them', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const [first, second] = tops(db, id);
    await owner.agent.post(`${base}/clusters/${second!.id}/move`, { dir: 'up' });
    expect(
      tops(db, id)
        .map((c) => c.id)
        .slice(0, 2),
    ).toEqual([second!.id, first!.id]);
    const html = await (await owner.agent.get(base)).text();
    expect(html).toContain(`<h2 id="c-${second!.id}" tabindex="-1">1 ${second!.label}</h2>`);
    await owner.agent.post(`${base}/clusters/${second!.id}/move`, { dir: 'up' });
    expect(tops(db, id)[0]!.id).toBe(second!.id);
    expect(listAudit(db, id).filter((a) => a.action === 'cluster.move')).toHaveLength(1);
  });

  it('merges one cluster into another, moving its items with a version each', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const [a, b] = tops(db, id);
    const moved = loadDraft(db, id).items.filter((i) => i.clusterId === a!.id);
    expect(moved.length).toBeGreaterThan(0);
    expect(
      (await owner.agent.post(`${base}/clusters/${a!.id}/merge`, { target: String(b!.id) })).status,
    ).toBe(303);
    expect(findCluster(db, id, a!.id)).toBeUndefined();
    for (const it of moved) {
      expect(findItem(db, id, it.id)!.clusterId).toBe(b!.id);
      expect(itemHistory(db, it.id).at(-1)).toMatchObject({ action: 'move', clusterLabel: b!.label });
    }
    expect(listAudit(db, id).map((x) => x.action)).toContain('cluster.merge');
  });

  it('splits chosen items off into a new cluster right after it', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const c = tops(db, id).find(
      (k) => loadDraft(db, id).items.filter((i) => i.clusterId === k.id).length >= 2,
    )!;
    const item = loadDraft(db, id).items.find((i) => i.clusterId === c.id)!;
    const none = await owner.agent.post(`${base}/clusters/${c.id}/split`, { newLabel: 'Nieuw' });
    expect(none.status).toBe(422);
    const res = await owner.agent.post(`${base}/clusters/${c.id}/split`, {
      newLabel: 'Financiën',
      itemIds: String(item.id),
    });
    expect(res.status).toBe(303);
    const after = tops(db, id);
    const fresh = after.find((k) => k.label === 'Financiën')!;
    expect(after.indexOf(fresh)).toBe(after.findIndex((k) => k.id === c.id) + 1);
    expect(findItem(db, id, item.id)!.clusterId).toBe(fresh.id);
    expect(itemHistory(db, item.id).at(-1)!.clusterLabel).toBe('Financiën');
    expect(listAudit(db, id).map((x) => x.action)).toContain('cluster.split');
  });

  it('adds a sub-aspect under a cluster, numbered 1.1', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const c = tops(db, id)[0]!;
    await owner.agent.post(`${base}/clusters`, { label: 'Afspraken maken', parentId: String(c.id) });
    const sub = loadDraft(db, id).clusters.find((k) => k.label === 'Afspraken maken')!;
    expect(sub.parentId).toBe(c.id);
    expect(await (await owner.agent.get(base)).text()).toContain(
      `<h3 id="c-${sub.id}" tabindex="-1">1.1 Afspraken maken</h3>`,
    );
  });
});
