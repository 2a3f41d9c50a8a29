import { describe, expect, it } from 'vitest';
import { adoptVersion } from '../../db/standard/adoption';
import { copyVersion, createVersionFromPlan, StandardError } from '../../db/standard/standard';
import { loadVersionContent, moveItem, updateItem } from '../../db/standard/items';
import { createFromDecisions } from '../../src/services/standard/from-decisions';
import { tempDb } from '../_setup';
import { standardFixture } from './_fixture';

describe('standard versions in the data layer', () => {
  it('refuses every change to an adopted version with a clear error', async () => {
    const db = tempDb();
    const f = await standardFixture(db);
    const v = createFromDecisions(db, f.study, f.user.id);
    const [x] = loadVersionContent(db, v.id).items;
    adoptVersion(db, v.id, f.user.id);
    const input = {
      text: 'Andere tekst hier.',
      subAspectId: x!.clusterId!,
      phaseId: null,
      criterion: '',
      normPercentage: null,
      normUnit: 'dossiers',
      evidenceSource: 'dossier' as const,
      rubricLevels: [],
      explanation: '',
    };
    expect(() => updateItem(db, v.id, x!.id, input)).toThrow(StandardError);
    expect(() => updateItem(db, v.id, x!.id, input)).toThrow(/adopted and frozen/);
    expect(() => moveItem(db, v.id, x!.id, 'down')).toThrow(/adopted and frozen/);
    expect(() => adoptVersion(db, v.id, f.user.id)).toThrow(/adopted and frozen/);
  });

  it('copies an adopted version with the same clusters, items, criteria and lineages', async () => {
    const db = tempDb();
    const f = await standardFixture(db);
    const v1 = createFromDecisions(db, f.study, f.user.id);
    const a = loadVersionContent(db, v1.id);
    updateItem(db, v1.id, a.items[0]!.id, {
      text: a.items[0]!.text,
      subAspectId: a.items[0]!.clusterId!,
      phaseId: 'intake',
      criterion: 'Staat in het dossier.',
      normPercentage: 75,
      normUnit: 'dossiers',
      evidenceSource: 'dossier',
      rubricLevels: ['a', 'b'],
      explanation: 'Toelichting.',
    });
    const adopted = adoptVersion(db, v1.id, f.user.id);
    const v2 = copyVersion(db, f.study.id, f.user.id, adopted);
    expect(v2).toMatchObject({ number: 2, status: 'draft', basedOnId: v1.id });
    const before = loadVersionContent(db, v1.id);
    const after = loadVersionContent(db, v2.id);
    const strip = (xs: typeof after.items) =>
      xs.map(({ id: _i, versionId: _v, clusterId: _c, ...rest }) => rest);
    expect(strip(after.items)).toEqual(strip(before.items));
    expect(after.clusters.map((c) => c.lineage)).toEqual(before.clusters.map((c) => c.lineage));
    // sub-aspects point at the copied parents, not the frozen ones
    const ids = new Set(after.clusters.map((c) => c.id));
    expect(after.clusters.every((c) => c.parentId === null || ids.has(c.parentId))).toBe(true);
  });

  it('refuses to copy a draft and to create a version from nothing', async () => {
    const db = tempDb();
    const f = await standardFixture(db);
    const v1 = createFromDecisions(db, f.study, f.user.id);
    expect(() => copyVersion(db, f.study.id, f.user.id, v1)).toThrow(/is a draft/);
    expect(() => createVersionFromPlan(db, f.study.id, f.user.id, [])).toThrow(StandardError);
  });
});
