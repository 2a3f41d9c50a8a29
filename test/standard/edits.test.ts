import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import {
  addItemAudited,
  deleteItemAudited,
  moveItemAudited,
  renameClusterAudited,
  updateItemAudited,
} from '../../db/standard/edits';
import { loadVersionContent } from '../../db/standard/items';
import { adoptVersion } from '../../db/standard/adoption';
import { copyVersionAudited, findVersion, listVersions } from '../../db/standard/standard';
import { draftFromDecisions } from '../../src/services/standard/from-decisions';
import { tempDb } from '../_setup';
import { auditDown } from '../_audit-down';
import { standardFixture } from './_fixture';

const label = (n: number) => `Versie ${n}`;

async function draft() {
  const db = tempDb();
  const f = await standardFixture(db);
  const v = draftFromDecisions(db, f.study, f.user.id, label);
  const by = { studyId: f.study.id, userId: f.user.id };
  const content = () => loadVersionContent(db, v.id);
  const actions = () => listAudit(db, f.study.id).map((r) => r.action);
  return { db, f, v, by, content, actions };
}

describe('edits of a draft standard version, each with its audit entry', () => {
  it('starts a draft from the decisions with one audit entry naming the version', async () => {
    const { db, f, v } = await draft();
    const [entry] = listAudit(db, f.study.id).filter((r) => r.action === 'standard.create');
    expect(entry!.summary).toBe(`Versie ${v.number}`);
  });

  it('starts no draft when the audit insert fails', async () => {
    const db = tempDb();
    const f = await standardFixture(db);
    auditDown(db);
    expect(() => draftFromDecisions(db, f.study, f.user.id, label)).toThrow(/audit down/);
    expect(listVersions(db, f.study.id)).toHaveLength(0);
  });

  it('logs an item update with the item before and after', async () => {
    const { db, f, v, by, content } = await draft();
    const x = content().items[0]!;
    const after = updateItemAudited(db, by, v.id, x, {
      text: 'Een nieuwe tekst voor dit item.',
      subAspectId: x.clusterId!,
      phaseId: null,
      criterion: 'Staat in het dossier',
      normPercentage: 80,
      normUnit: 'dossiers',
      evidenceSource: 'dossier',
      rubricLevels: [],
      explanation: '',
    });
    expect(after!.text).toBe('Een nieuwe tekst voor dit item.');
    const entry = listAudit(db, f.study.id).find((r) => r.action === 'standard.item.update')!;
    expect(JSON.parse(entry.before!).text).toBe(x.text);
    expect(JSON.parse(entry.after!).norm).toBe('80% dossiers');
  });

  it('writes every edit and its audit entry in one transaction: when the audit insert fails nothing changes', async () => {
    const { db, v, by, content, actions } = await draft();
    const before = content();
    const x = before.items[0]!;
    const logged = actions().length;
    auditDown(db);
    expect(() =>
      updateItemAudited(db, by, v.id, x, {
        text: 'Een nieuwe tekst voor dit item.',
        subAspectId: x.clusterId!,
        phaseId: null,
        criterion: '',
        normPercentage: null,
        normUnit: 'dossiers',
        evidenceSource: 'dossier',
        rubricLevels: [],
        explanation: '',
      }),
    ).toThrow(/audit down/);
    expect(() => moveItemAudited(db, by, v.id, x, 'down')).toThrow(/audit down/);
    expect(() => deleteItemAudited(db, by, v.id, x)).toThrow(/audit down/);
    expect(() => addItemAudited(db, by, v.id, x.clusterId!, 'Een item erbij.', null)).toThrow(/audit down/);
    expect(() => renameClusterAudited(db, by, v.id, x.clusterId!, 'Andere naam')).toThrow(/audit down/);
    expect(content()).toEqual(before);
    expect(actions()).toHaveLength(logged);
  });

  it('logs nothing for a move at the edge or a cluster outside the version', async () => {
    const { db, v, by, content, actions } = await draft();
    const logged = actions().length;
    const { items } = content();
    const first = items.filter((i) => i.clusterId === items[0]!.clusterId)[0]!;
    expect(moveItemAudited(db, by, v.id, first, 'up')).toBe(false);
    expect(renameClusterAudited(db, by, v.id, 999999, 'Naam')).toBeUndefined();
    expect(actions()).toHaveLength(logged);
  });

  it('logs added, moved, deleted items and renamed clusters', async () => {
    const { db, v, by, content, actions } = await draft();
    const x = content().items[0]!;
    const added = addItemAudited(db, by, v.id, x.clusterId!, 'Een item erbij.', null);
    moveItemAudited(db, by, v.id, added, 'up');
    deleteItemAudited(db, by, v.id, added);
    renameClusterAudited(db, by, v.id, x.clusterId!, 'Andere naam');
    expect(actions()).toEqual(
      expect.arrayContaining([
        'standard.item.create',
        'standard.item.move',
        'standard.item.delete',
        'standard.cluster.rename',
      ]),
    );
  });

  it('copies an adopted version with its audit entry naming both versions', async () => {
    const { db, f, v } = await draft();
    adoptVersion(db, v.id, f.user.id);
    const copy = copyVersionAudited(db, f.study.id, f.user.id, findVersion(db, f.study.id, v.number)!, label);
    const entry = listAudit(db, f.study.id).find((r) => r.action === 'standard.copy')!;
    expect(entry.summary).toBe(`Versie ${v.number} → Versie ${copy.number}`);
    expect(listVersions(db, f.study.id)).toHaveLength(2);
  });

  it('copies nothing when the audit insert fails', async () => {
    const { db, f, v } = await draft();
    adoptVersion(db, v.id, f.user.id);
    auditDown(db);
    expect(() => copyVersionAudited(db, f.study.id, f.user.id, { ...v, status: 'adopted' }, label)).toThrow(
      /audit down/,
    );
    expect(listVersions(db, f.study.id)).toHaveLength(1);
  });
});
