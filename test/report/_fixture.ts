import type { Db } from '../../db/client';
import { createStudy } from '../../db/studies/studies';
import { createUser } from '../../src/services/auth/accounts';
import { defaultPhases, frequencyScale, importanceScale } from '../../src/studies/defaults';

let users = 0;

/** A researcher and a study with importance 1–9 and frequency 1–5, inserted directly. */
export async function seedStudy(db: Db): Promise<{ studyId: number; userId: number }> {
  const user = await createUser(db, {
    email: `fixture${++users}-${Date.now()}@example.org`,
    name: 'Onderzoeker',
    password: 'geheim-wachtwoord',
  });
  const study = createStudy(db, user.id, {
    title: 'Rapportagestudie',
    lang: 'nl',
    phases: defaultPhases('nl'),
    importanceScale: importanceScale('1-9', 'nl'),
    frequencyScale: frequencyScale('1-5', 'nl'),
  });
  return { studyId: study.id, userId: user.id };
}

/** Panellists P001… with the given stakeholder groups (one per panellist); names and e-mails are recognisable. */
export function seedPanel(db: Db, studyId: number, groups: readonly string[]): number[] {
  const stmt = db.$client.prepare(
    `INSERT INTO panellists (study_id, pseudonym, name, email, stakeholder_group, token_salt, token_hash, created_at)
     VALUES (?, ?, ?, ?, ?, 'salt', ?, ?)`,
  );
  const offset =
    (db.$client
      .prepare('SELECT count(*) FROM panellists WHERE study_id = ?')
      .pluck()
      .get(studyId) as number) ?? 0;
  return groups.map((group, j) => {
    const n = offset + j + 1;
    const pseudonym = `P${String(n).padStart(3, '0')}`;
    const info = stmt.run(
      studyId,
      pseudonym,
      `Geheime Naam ${n}`,
      `geheim${n}@example.org`,
      group,
      `hash-${studyId}-${n}-${Math.random()}`,
      Date.now(),
    );
    return Number(info.lastInsertRowid);
  });
}

export interface SeedAnswer {
  importance?: number | null;
  frequency?: number | null;
  importanceCannotJudge?: boolean;
  frequencyCannotJudge?: boolean;
  comment?: string;
  dissent?: string;
}

export interface SeedRound {
  number: number;
  kind?: 'rating' | 'review';
  status?: 'draft' | 'open' | 'closed';
  /** Item texts; round item i gets number `1.${i + 1}` and refId = refIds[i] ?? i + 1. */
  items: readonly string[];
  refIds?: readonly number[];
  panellists: readonly number[];
  /** Answer of panellist j (index into `panellists`) on item i; null = no row. */
  answer: (i: number, j: number) => SeedAnswer | null;
  /** Whether panellist j completed; default: whoever answered anything. */
  completed?: (j: number) => boolean;
}

/** Inserts round → round_items → participations → rating_answers in one transaction. */
export function seedRound(db: Db, studyId: number, r: SeedRound): { roundId: number; itemIds: number[] } {
  const c = db.$client;
  return c.transaction(() => {
    const now = Date.now();
    const status = r.status ?? 'closed';
    const roundId = Number(
      c
        .prepare(
          `INSERT INTO rounds (study_id, number, kind, title, status, opened_at, closed_at, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          studyId,
          r.number,
          r.kind ?? 'rating',
          `Ronde ${r.number}`,
          status,
          status === 'draft' ? null : now,
          status === 'closed' ? now : null,
          now,
        ).lastInsertRowid,
    );
    const itemStmt = c.prepare(
      `INSERT INTO round_items (round_id, ref_id, ref_version, position, number, text, cluster_number, cluster_label)
       VALUES (?, ?, 1, ?, ?, ?, '1', 'Organiseren van hulpverlening')`,
    );
    const itemIds = r.items.map((text, i) =>
      Number(itemStmt.run(roundId, r.refIds?.[i] ?? i + 1, i, `1.${i + 1}`, text).lastInsertRowid),
    );
    const answerStmt = c.prepare(
      `INSERT INTO rating_answers (round_id, round_item_id, panellist_id, importance, importance_cannot_judge,
         frequency, frequency_cannot_judge, comment, dissent, dissent_reason, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const partStmt = c.prepare(
      'INSERT INTO participations (round_id, panellist_id, invited_at, started_at, completed_at) VALUES (?, ?, ?, ?, ?)',
    );
    r.panellists.forEach((pid, j) => {
      let answered = false;
      itemIds.forEach((itemId, i) => {
        const a = r.answer(i, j);
        if (!a) return;
        answered = true;
        answerStmt.run(
          roundId,
          itemId,
          pid,
          a.importance ?? null,
          a.importanceCannotJudge ? 1 : 0,
          a.frequency ?? null,
          a.frequencyCannotJudge ? 1 : 0,
          a.comment ?? '',
          a.dissent === undefined ? 0 : 1,
          a.dissent ?? '',
          now + j,
        );
      });
      const done = r.completed ? r.completed(j) : answered;
      partStmt.run(roundId, pid, now, answered ? now : null, done ? now : null);
    });
    return { roundId, itemIds };
  })();
}
