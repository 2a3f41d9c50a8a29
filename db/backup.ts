import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const journalFile = join(dirname(fileURLToPath(import.meta.url)), 'migrations', 'meta', '_journal.json');

/** The newest migration this version of Maatstaf knows (drizzle records its `when` as `created_at`). */
export function newestKnownMigration(): number {
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { when: number }[] };
  return Math.max(...journal.entries.map((e) => e.when));
}

export type Check = { ok: true; migrations: number } | { ok: false; reason: string };

/**
 * Whether a file is a Maatstaf database this version can run on: SQLite says it is intact, it has our migration
 * table, and no migration in it is newer than the newest we know (a newer file would run on an older schema).
 */
export function checkDatabaseFile(file: string): Check {
  if (!existsSync(file)) return { ok: false, reason: `${file} does not exist.` };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok')
      return {
        ok: false,
        reason: `${file} is damaged (integrity_check: ${integrity
          .map((r) => r.integrity_check)
          .join('; ')
          .slice(0, 300)}).`,
      };
    const table = db
      .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
      .get();
    if (!table) return { ok: false, reason: `${file} is not a Maatstaf database (no migration table).` };
    const { n, newest } = db
      .prepare('select count(*) as n, max(created_at) as newest from __drizzle_migrations')
      .get() as { n: number; newest: number | null };
    if ((newest ?? 0) > newestKnownMigration())
      return {
        ok: false,
        reason: `${file} was made by a newer version of Maatstaf (its schema has migrations this version does not know). Update Maatstaf first.`,
      };
    return { ok: true, migrations: n };
  } catch (e) {
    return { ok: false, reason: `${file} is not a readable SQLite database (${(e as Error).message}).` };
  } finally {
    db?.close();
  }
}

/**
 * Copies a live database with SQLite's online backup API: consistent even while the server writes (pages
 * changed during the copy are copied again), without stopping it. The copy is checked before it counts.
 */
export async function backupDatabase(source: string, out: string): Promise<Check> {
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(out);
  } finally {
    db.close();
  }
  return checkDatabaseFile(out);
}

/**
 * Replaces `target` with the backup `file` after checking it; the old database is kept beside it as
 * `<target>.before-restore-<time>` (with its -wal, so nothing acknowledged is lost). The server must be stopped.
 */
export async function restoreDatabase(
  file: string,
  target: string,
  now = new Date(),
): Promise<Check & { kept?: string }> {
  const check = checkDatabaseFile(file);
  if (!check.ok) return check;
  let kept: string | undefined;
  if (existsSync(target)) {
    kept = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    // Checkpointing folds the WAL into the file, so the kept copy is one self-contained file.
    const old = new Database(target);
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    renameSync(target, kept);
  }
  for (const side of ['-wal', '-shm']) rmSync(target + side, { force: true });
  const src = new Database(file, { readonly: true });
  try {
    await src.backup(target);
  } finally {
    src.close();
  }
  return { ...check, kept };
}

/** The key file travels with the backup as `<out>.key` (mode 0600): without it existing personal links stop working. */
export function copyKey(from: string, to: string): boolean {
  if (!existsSync(from)) return false;
  copyFileSync(from, to);
  chmodSync(to, 0o600);
  return true;
}
