import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'compliance-'));
const run = (file: string) => spawnSync('npx', ['tsx', 'scripts/compliance.ts', file], { encoding: 'utf8' });

describe('scripts/compliance.ts', () => {
  it('prints one JSON object with items, practitioners, overall and agreement', () => {
    const file = join(dir, 'ok.csv');
    writeFileSync(
      file,
      'reviewer,practitioner,dossier,item,score\nR1,A,d1,1.1,voldaan\nR2,A,d1,1.1,deels\nR1,A,d1,1.2,nvt\nR2,A,d1,1.2,nvt\n',
    );
    const res = run(file);
    expect(res.status).toBe(0);
    expect(res.stdout.trim().split('\n')).toHaveLength(1);
    // 1.1: v + d → 1.5/2 = 75 %; 1.2 n.v.t. only → null. Two subjects, one agreement (nvt,nvt): 50 %.
    // Pooled v1 d1 nvt2 of 4 → Pe = (1+1+4)/16 = 3/8; kappa = (½ − 3/8)/(5/8) = 0.2.
    const out = JSON.parse(res.stdout);
    expect(out.items).toEqual([
      { item: '1.1', scored: 2, applicable: 2, compliance: 75 },
      { item: '1.2', scored: 2, applicable: 0, compliance: null },
    ]);
    expect(out.practitioners).toEqual([{ practitioner: 'A', applicable: 2, compliance: 75 }]);
    expect(out.overall).toEqual({ applicable: 2, compliance: 75 });
    expect(out.agreement.subjects).toBe(2);
    expect(out.agreement.percent).toBe(50);
    expect(out.agreement.kappa).toBeCloseTo(0.2, 12);
  });

  it('reads a relative path from the folder npm was started in', () => {
    const file = join(dir, 'rel.csv');
    writeFileSync(file, 'reviewer,practitioner,dossier,item,score\nR1,A,d1,1.1,niet\n');
    // Straight through tsx: npx would set INIT_CWD to this folder itself.
    const res = spawnSync('node_modules/.bin/tsx', ['scripts/compliance.ts', 'rel.csv'], {
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: dir },
    });
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout).overall).toEqual({ applicable: 1, compliance: 0 });
  });

  it('exits with 1 and a plain message, no stack trace, for a missing file, a folder and an empty file', () => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    for (const [file, message] of [
      [join(dir, 'nope.csv'), /^compliance: cannot read .*nope\.csv: no such file\n$/],
      [dir, /^compliance: cannot read .*: it is a folder\n$/],
      [empty, /^compliance: the file is empty/],
    ] as const) {
      const res = run(file);
      expect(res.status).toBe(1);
      expect(res.stdout).toBe('');
      expect(res.stderr).toMatch(message);
      expect(res.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits with 1 and the line on stderr for a score outside the four values', () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'reviewer,practitioner,dossier,item,score\nR1,A,d1,1.1,ja\n');
    const res = run(file);
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/compliance: line 2: score "ja"/);
  });
});
