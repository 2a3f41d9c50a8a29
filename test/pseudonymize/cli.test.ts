import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'pseudo-'));

describe('scripts/pseudonymize.ts', () => {
  it('prints one line of JSON with the pseudonymised text', () => {
    const file = join(dir, 'case.txt');
    writeFileSync(file, 'Mevrouw Bos belde vanaf 06-12345678 over Anouk.');
    const out = execFileSync('npx', ['tsx', 'scripts/pseudonymize.ts', file, '--names', 'Anouk'], {
      encoding: 'utf8',
    });
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(out)).toEqual({ text: 'Mevrouw [CLIËNT 1] belde vanaf [TELEFOON] over [PERSOON 2].' });
  });

  it('exits with 1 and a message on stderr when the file is missing', () => {
    const res = spawnSync('npx', ['tsx', 'scripts/pseudonymize.ts', join(dir, 'missing.txt')], {
      encoding: 'utf8',
    });
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/pseudonymize:/);
  });
});
