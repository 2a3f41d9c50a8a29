import { describe, expect, it } from 'vitest';
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
