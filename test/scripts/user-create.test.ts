import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../db/client';
import { findUserByEmail } from '../../db/auth/users';

function run(db: string, args: string[]) {
  try {
    const out = execFileSync('npx', ['tsx', 'scripts/user-create.ts', ...args], {
      env: { ...process.env, MAATSTAF_DB: db },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stderr: string };
    return { code: err.status, out: err.stderr };
  }
}

describe('npm run user:create', () => {
  it('creates a researcher, refuses a short password and a taken e-mail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-cli-'));
    const file = join(dir, 'cli.db');
    try {
      const short = run(file, ['--email', 'cli@example.org', '--password', 'kort', '--name', 'Cli']);
      expect(short.code).toBe(2);
      expect(short.out).toContain('at least 10 characters');
      expect(
        run(file, ['--email', 'cli@example.org', '--password', 'lang-genoeg-12', '--name', 'Cli']).code,
      ).toBe(0);
      const again = run(file, [
        '--email',
        'cli@example.org',
        '--password',
        'lang-genoeg-12',
        '--name',
        'Cli',
      ]);
      expect(again.code).toBe(1);
      expect(again.out).toContain('already exists');
      const db = openDb(file);
      expect(findUserByEmail(db, 'cli@example.org')?.name).toBe('Cli');
      db.$client.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
