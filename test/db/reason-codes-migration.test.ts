import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemHistory } from '../../db/draft/draft';
import { dictionaries } from '../../views/i18n';
import { tempDb } from '../_setup';
import { seedStudy } from '../report/_fixture';
import { seedDraft } from '../rounds/_fixture';

const MIGRATIONS = join(process.cwd(), 'db/migrations');
const SQL = readFileSync(
  join(
    MIGRATIONS,
    readdirSync(MIGRATIONS).find((f) => f.endsWith('_i9a_reason_codes_sql.sql'))!,
  ),
  'utf8',
);

describe('migration: generated version reasons become data', () => {
  it('turns the stored Dutch sentences into codes and parameters, keeps what people wrote, and stays append-only', async () => {
    const db = tempDb();
    const { studyId } = await seedStudy(db);
    const { itemIds } = seedDraft(db, studyId);
    const c = db.$client;
    const roundId = Number(
      c
        .prepare(
          "INSERT INTO rounds (study_id, number, kind, title, status, created_at) VALUES (?, 3, 'review', 'R', 'closed', 0)",
        )
        .run(studyId).lastInsertRowid,
    );
    const old = [
      'voorgesteld uit casussen',
      'bewijs uit 2 nieuwe casus(sen) toegevoegd',
      'voorgesteld door panel, ronde 3',
      'samengevoegd met panelvoorstel: Belt de huisarts',
      'afgesplitst van #7: twee handelingen in één zin',
      'eigen formulering, ronde 3',
      'ronde 3',
      'valt buiten de hulpverlening',
    ];
    const ins = c.prepare(
      "INSERT INTO item_versions (item_id, version, action, text, status, reason, round_id, at) VALUES (?, ?, 'edit', 't', 'active', ?, ?, 0)",
    );
    old.forEach((reason, k) => ins.run(itemIds[0], k + 2, reason, k >= 2 ? roundId : null));
    c.exec(SQL.replaceAll('--> statement-breakpoint', ''));

    const rows = itemHistory(db, itemIds[0]!).slice(1);
    expect(rows.map((r) => [r.reasonCode, r.reasonParams, r.reason])).toEqual([
      ['proposal', null, ''],
      ['evidence', { cases: 2 }, ''],
      ['panel-proposal', { round: 3 }, ''],
      ['panel-merge', { round: 3, proposal: 'Belt de huisarts' }, ''],
      ['split', { from: 7 }, 'twee handelingen in één zin'],
      ['own-wording', { round: 3 }, ''],
      ['round', { round: 3 }, ''],
      [null, null, 'valt buiten de hulpverlening'],
    ]);
    const nl = rows.map((r) => dictionaries.nl.draft.versionReason(r));
    expect(nl).toEqual([
      'voorgesteld uit casussen',
      'bewijs uit 2 nieuwe casussen toegevoegd',
      'voorgesteld door panel, ronde 3',
      'samengevoegd met panelvoorstel uit ronde 3: Belt de huisarts',
      'afgesplitst van #7: twee handelingen in één zin',
      'eigen formulering, ronde 3',
      'ronde 3',
      'valt buiten de hulpverlening',
    ]);
    expect(dictionaries.en.draft.versionReason(rows[1]!)).toBe('evidence from 2 new cases added');
    expect(() => c.prepare("UPDATE item_versions SET reason = 'x'").run()).toThrow(/append-only/);
  });
});
