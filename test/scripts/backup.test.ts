import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../db/client';
import { createStudy } from '../../db/studies/studies';
import { createUser } from '../../src/services/auth/accounts';
import { loadServerKey } from '../../src/auth/panel-key';
import { defaultPhases, frequencyScale, importanceScale } from '../../src/studies/defaults';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stderr: string; stdout: string };
    return { code: err.status, out: err.stderr + err.stdout };
  }
}

async function liveDb() {
  dir = mkdtempSync(join(tmpdir(), 'mf-backup-'));
  const env = { MAATSTAF_DB: join(dir, 'live.db'), MAATSTAF_KEY_FILE: join(dir, 'live.key') };
  const db = openDb(env.MAATSTAF_DB);
  const key = loadServerKey(env.MAATSTAF_KEY_FILE);
  const user = await createUser(db, { email: 'b@example.org', name: 'B', password: 'backup-wachtwoord' });
  const study = (title: string) =>
    createStudy(db, user.id, {
      title,
      lang: 'nl',
      phases: defaultPhases('nl'),
      importanceScale: importanceScale('1-9', 'nl'),
      frequencyScale: frequencyScale('1-5', 'nl'),
    });
  return { db, key, env, study };
}

const titles = (file: string) => {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('select title from studies order by id').all() as { title: string }[];
  db.close();
  return rows.map((r) => r.title);
};

describe('npm run backup and npm run restore', () => {
  it('backs up a database that is open and being written, with its key file, and restores both', async () => {
    const { db, key, env, study } = await liveDb();
    study('Eerste');
    study('In de WAL'); // still in the -wal file: the server has the database open
    const out = join(dir, 'backup.db');
    const backup = run('backup', ['--out', out], env);
    expect(backup.out).toContain('integrity ok');
    expect(backup.code).toBe(0);
    study('Na de backup');
    db.$client.close();
    expect(titles(out)).toEqual(['Eerste', 'In de WAL']);
    expect(readFileSync(`${out}.key`, 'utf8').trim()).toBe(key.toString('hex'));
    expect(statSync(`${out}.key`).mode & 0o777).toBe(0o600);

    writeFileSync(env.MAATSTAF_KEY_FILE, 'other key\n');
    const restore = run('restore', [out], env);
    expect(restore.code).toBe(0);
    expect(restore.out).toContain('before-restore');
    expect(titles(env.MAATSTAF_DB)).toEqual(['Eerste', 'In de WAL']);
    expect(readFileSync(env.MAATSTAF_KEY_FILE, 'utf8').trim()).toBe(key.toString('hex'));
    const kept = /kept as (\S+)\./.exec(restore.out)![1]!;
    expect(titles(kept)).toEqual(['Eerste', 'In de WAL', 'Na de backup']);
  });

  it('refuses a damaged file and leaves the database as it was', async () => {
    const { db, env, study } = await liveDb();
    study('Blijft');
    db.$client.close();
    const out = join(dir, 'backup.db');
    expect(run('backup', ['--out', out], env).code).toBe(0);
    const bytes = readFileSync(out);
    bytes.fill(0x5a, 4096 + 200, 4096 * 6);
    writeFileSync(out, bytes);
    const res = run('restore', [out], env);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/Not restored: .*(damaged|not a readable)/);
    expect(titles(env.MAATSTAF_DB)).toEqual(['Blijft']);

    const text = join(dir, 'notes.txt');
    writeFileSync(
      text,
      'this is not a database at all, just some text that is long enough to look like a header',
    );
    expect(run('restore', [text], env).out).toContain('Not restored');
  });

  it('refuses a file made by a newer version of Maatstaf', async () => {
    const { db, env } = await liveDb();
    db.$client.close();
    const out = join(dir, 'newer.db');
    expect(run('backup', ['--out', out], env).code).toBe(0);
    const newer = new Database(out);
    newer
      .prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)')
      .run('future', Date.now() * 2);
    newer.close();
    const res = run('restore', [out], env);
    expect(res.code).toBe(1);
    expect(res.out).toContain('newer version of Maatstaf');
    expect(existsSync(env.MAATSTAF_DB)).toBe(true);
  });
});
