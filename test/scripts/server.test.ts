import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('npm start', () => {
  it('creates and migrates the database, prints a one-time setup link and answers /healthz', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-start-'));
    const port = await freePort();
    const db = join(dir, 'sub', 'maatstaf.db');
    const child = spawn('npx', ['tsx', 'src/server.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        MAATSTAF_DB: db,
        MAATSTAF_KEY_FILE: join(dir, 'key'),
        MAATSTAF_DEMO: 'off',
      },
      detached: true,
    });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    try {
      for (let i = 0; i < 200 && !out.includes('listens'); i++) await new Promise((r) => setTimeout(r, 100));
      expect(out).toMatch(/\/setup\/[\w-]{20,}/);
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await res.json()).toEqual({ ok: true });
      expect(existsSync(db)).toBe(true);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
