import { describe, expect, it } from 'vitest';
import {
  allocateSubsets,
  minimumSize,
  seededRandom,
  topUpSubset,
  type PoolItem,
} from '../../src/rounds/pool';

function scenario(rnd: () => number) {
  const n = 5 + Math.floor(rnd() * 76);
  const clusterCount = 1 + Math.floor(rnd() * 8);
  const items: PoolItem[] = Array.from({ length: n }, (_, k) => ({
    id: 100 + k,
    cluster: `c${Math.floor(rnd() * clusterCount)}`,
  }));
  const P = 3 + Math.floor(rnd() * 38);
  const minPerItem = 1 + Math.floor(rnd() * Math.min(5, P));
  const needed = minimumSize(n, P, minPerItem);
  const size = Math.min(n, needed + Math.floor(rnd() * 6));
  return { items, panellists: Array.from({ length: P }, (_, k) => 1 + k), minPerItem, size };
}

describe('allocateSubsets', () => {
  it('over 500 random pools (fixed seed) gives every panellist the set size, every item at least the minimum, balanced and stratified by cluster', () => {
    const rnd = seededRandom(20261203);
    let worstSpread = 0;
    let worstStratum = 0;
    for (let run = 0; run < 500; run++) {
      const sc = scenario(rnd);
      const res = allocateSubsets(sc.items, sc.panellists, {
        size: sc.size,
        minPerItem: sc.minPerItem,
        randomOrder: run % 2 === 0,
        seed: run,
      });
      if (!res.ok) throw new Error(`run ${run}: ${res.error}`);
      const count = new Map(sc.items.map((i) => [i.id, 0]));
      const clusterSize = new Map<string, number>();
      for (const i of sc.items) clusterSize.set(i.cluster, (clusterSize.get(i.cluster) ?? 0) + 1);
      const clusterOf = new Map(sc.items.map((i) => [i.id, i.cluster]));
      for (const pid of sc.panellists) {
        const mine = res.byPanellist.get(pid)!;
        expect(mine).toHaveLength(sc.size);
        expect(new Set(mine).size).toBe(sc.size);
        const per = new Map<string, number>();
        for (const id of mine) {
          count.set(id, count.get(id)! + 1);
          per.set(clusterOf.get(id)!, (per.get(clusterOf.get(id)!) ?? 0) + 1);
        }
        for (const [c, size] of clusterSize) {
          const share = (sc.size * size) / sc.items.length;
          worstStratum = Math.max(worstStratum, Math.abs((per.get(c) ?? 0) - share));
        }
      }
      const counts = [...count.values()];
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(sc.minPerItem);
      worstSpread = Math.max(worstSpread, Math.max(...counts) - Math.min(...counts));
    }
    // Balance: ratings per item differ by at most 1 between the most and least seen item of a pool;
    // stratification: a panellist's count per cluster is within 2 of its proportional share.
    expect(worstSpread).toBeLessThanOrEqual(1);
    expect(worstStratum).toBeLessThan(2);
  });

  it('gives the same allocation for the same seed and a different one for another seed', () => {
    const items = Array.from({ length: 30 }, (_, k) => ({ id: k + 1, cluster: `c${k % 3}` }));
    const ps = Array.from({ length: 12 }, (_, k) => k + 1);
    const s = { size: 10, minPerItem: 3, randomOrder: true, seed: 7 };
    const a = allocateSubsets(items, ps, s);
    const b = allocateSubsets(items, ps, s);
    const c = allocateSubsets(items, ps, { ...s, seed: 8 });
    if (!a.ok || !b.ok || !c.ok) throw new Error('not ok');
    expect([...a.byPanellist]).toEqual([...b.byPanellist]);
    expect([...a.byPanellist]).not.toEqual([...c.byPanellist]);
  });

  it('keeps the round order unless random order is asked for', () => {
    const items = Array.from({ length: 12 }, (_, k) => ({ id: k + 1, cluster: 'a' }));
    const res = allocateSubsets(items, [1, 2, 3], { size: 8, minPerItem: 2, randomOrder: false, seed: 1 });
    if (!res.ok) throw new Error('not ok');
    for (const ids of res.byPanellist.values()) expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('refuses a subset too small for the minimum, naming the size that is needed', () => {
    const items = Array.from({ length: 40 }, (_, k) => ({ id: k + 1, cluster: 'a' }));
    expect(
      allocateSubsets(items, [1, 2, 3, 4], { size: 10, minPerItem: 2, randomOrder: false, seed: 1 }),
    ).toEqual({
      ok: false,
      error: 'poolInfeasible',
      needed: 20,
    });
    expect(allocateSubsets(items, [1, 2], { size: 41, minPerItem: 1, randomOrder: false, seed: 1 }).ok).toBe(
      false,
    );
  });
});

describe('topUpSubset', () => {
  it('over 500 random pools (fixed seed) gives each late panellist the set size, each cluster its share, and the least-given items of each cluster', () => {
    const rnd = seededRandom(1403);
    for (let run = 0; run < 500; run++) {
      const { items, panellists, minPerItem, size } = scenario(rnd);
      const settings = { size, minPerItem, randomOrder: run % 2 === 0, seed: run };
      const res = allocateSubsets(items, panellists, settings);
      if (!res.ok) throw new Error(`run ${run}: ${res.error}`);
      const given = new Map(items.map((i) => [i.id, 0]));
      for (const ids of res.byPanellist.values()) for (const id of ids) given.set(id, given.get(id)! + 1);
      for (let late = 0; late < 1 + (run % 4); late++) {
        const mine = topUpSubset(items, given, settings, 1000 + late);
        expect(new Set(mine).size).toBe(size);
        for (const c of new Set(items.map((i) => i.cluster))) {
          const members = items.filter((i) => i.cluster === c).map((i) => i.id);
          const picked = members.filter((id) => mine.includes(id));
          expect(Math.abs(picked.length - (size * members.length) / items.length)).toBeLessThan(1);
          const unpicked = members.filter((id) => !mine.includes(id));
          if (picked.length && unpicked.length)
            expect(Math.max(...picked.map((id) => given.get(id)!))).toBeLessThanOrEqual(
              Math.min(...unpicked.map((id) => given.get(id)!)),
            );
        }
        if (!settings.randomOrder)
          expect(mine).toEqual(items.map((i) => i.id).filter((id) => mine.includes(id)));
        for (const id of mine) given.set(id, given.get(id)! + 1);
      }
    }
  });

  it('draws the same subset for the same panellist and seed', () => {
    const items = Array.from({ length: 12 }, (_, k) => ({ id: k + 1, cluster: `c${k % 3}` }));
    const s = { size: 4, minPerItem: 1, randomOrder: true, seed: 7 };
    expect(topUpSubset(items, new Map(), s, 5)).toEqual(topUpSubset(items, new Map(), s, 5));
    expect(topUpSubset(items, new Map(), s, 5)).toHaveLength(4);
  });
});
