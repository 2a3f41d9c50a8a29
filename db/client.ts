import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Opens (and creates) the SQLite file, sets the pragmas we rely on and applies pending migrations. */
export function openDb(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // FULL: in WAL mode NORMAL survives a process crash but can lose the last commits on power loss; an
  // autosave we acknowledged must survive both.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema, casing: 'snake_case' }) as Db;
  migrate(db, { migrationsFolder });
  return db;
}

/** Runs `fn` in one SQLite transaction (better-sqlite3 transactions are synchronous). */
export function tx<T>(db: Db, fn: (db: Db) => T): T {
  return db.transaction((t) => fn(t as unknown as Db));
}

interface Job {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}
const groups = new WeakMap<Database.Database, Job[]>();

/**
 * Group commit for small writes from concurrent requests (panellists' autosaves): `run` is queued and executed
 * with the writes queued in the same turn of the event loop, each in its own savepoint, under one transaction
 * and so one fsync (synchronous=FULL). The promise settles after the commit — an acknowledged answer is on
 * disk — with `run`'s value, or its error (its savepoint rolled back, the others kept). When the commit
 * itself fails, every write of the group is rejected.
 */
export function commitTogether<T>(db: Db, run: () => T): Promise<T> {
  const c = db.$client;
  return new Promise<T>((resolve, reject) => {
    let jobs = groups.get(c);
    if (!jobs) {
      jobs = [];
      groups.set(c, jobs);
      setImmediate(() => flush(c));
    }
    jobs.push({ run, resolve: resolve as (value: unknown) => void, reject });
  });
}

function flush(c: Database.Database) {
  const jobs = groups.get(c)!;
  groups.delete(c);
  if (jobs.length === 1) {
    const job = jobs[0]!;
    try {
      job.resolve(c.transaction(job.run)());
    } catch (error) {
      job.reject(error);
    }
    return;
  }
  let outcomes: { ok: boolean; value: unknown }[];
  try {
    outcomes = c.transaction(() =>
      jobs.map((job) => {
        try {
          // Nested, a better-sqlite3 transaction is a savepoint: a failing write takes only its own changes back.
          return { ok: true, value: c.transaction(job.run)() };
        } catch (error) {
          return { ok: false, value: error };
        }
      }),
    )();
  } catch (error) {
    for (const job of jobs) job.reject(error);
    return;
  }
  outcomes.forEach((o, i) => (o.ok ? jobs[i]!.resolve(o.value) : jobs[i]!.reject(o.value)));
}
