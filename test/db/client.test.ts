import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { commitTogether } from '../../db/client';
import { tempDb } from '../_setup';

describe('openDb', () => {
  it('uses WAL mode and enforces foreign keys', () => {
    const db = tempDb();
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() =>
      db.$client
        .prepare(
          'insert into cases (study_id, title, source_type, text, word_count, created_at, updated_at) values (999, ?, ?, ?, 1, 0, 0)',
        )
        .run('x', 'verslag', 'x'),
    ).toThrow(/FOREIGN KEY/);
  });

  it('syncs every commit to disk (synchronous=FULL), so a power loss cannot take acknowledged answers', () => {
    const db = tempDb();
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(2);
  });
});

describe('commitTogether (group commit of autosaves)', () => {
  const setUp = () => {
    const db = tempDb();
    const c = db.$client;
    c.exec('create table t (id integer primary key, v text not null)');
    // A second connection sees only what was committed.
    const other = new Database(c.name, { readonly: true });
    const count = () => (other.prepare('select count(*) as n from t').get() as { n: number }).n;
    const insert = c.prepare('insert into t (v) values (?)');
    return { db, c, other, count, insert };
  };

  it('commits the writes of one turn of the event loop in one transaction, and answers only after the commit', async () => {
    const { db, other, count, insert } = setUp();
    const seenByOthers: number[] = [];
    const saves = Array.from({ length: 5 }, (_, i) =>
      commitTogether(db, () => {
        seenByOthers.push(count());
        return insert.run(`answer ${i}`).lastInsertRowid;
      }),
    );
    expect(count()).toBe(0);
    const ids = await Promise.all(saves);
    // While the group ran, no write of it had been committed; once the promises resolve, all are.
    expect(seenByOthers).toEqual([0, 0, 0, 0, 0]);
    expect(count()).toBe(5);
    expect(ids.map(Number)).toEqual([1, 2, 3, 4, 5]);
    other.close();
  });

  it('rolls back and rejects only the write that failed; the others in its group are kept', async () => {
    const { db, other, count, insert } = setUp();
    const results = await Promise.allSettled([
      commitTogether(db, () => insert.run('first')),
      commitTogether(db, () => {
        insert.run('half of a failing write');
        throw new Error('refused');
      }),
      commitTogether(db, () => insert.run('third')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(count()).toBe(2);
    expect(other.prepare('select v from t order by id').pluck().all()).toEqual(['first', 'third']);
    other.close();
  });

  it('takes back a failing write that was alone in its turn', async () => {
    const { db, other, count, insert } = setUp();
    const alone = commitTogether(db, () => {
      insert.run('half of a failing write');
      throw new Error('refused');
    });
    await expect(alone).rejects.toThrow('refused');
    expect(count()).toBe(0);
    other.close();
  });

  it('rejects every write of the group when the commit itself fails, and keeps none of them', async () => {
    const { db, c, other, count, insert } = setUp();
    c.exec(
      'create table child (id integer primary key, parent integer references t (id) deferrable initially deferred)',
    );
    const results = await Promise.allSettled([
      commitTogether(db, () => insert.run('kept only if the commit succeeds')),
      // A deferred foreign key is checked at COMMIT: the whole group fails there.
      commitTogether(db, () => c.prepare('insert into child (parent) values (999)').run()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(count()).toBe(0);
    // The connection is usable again afterwards.
    await commitTogether(db, () => insert.run('next group'));
    expect(count()).toBe(1);
    other.close();
  });
});
