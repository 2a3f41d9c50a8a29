import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const XSD = join(import.meta.dirname, '../../src/refi-qda/xsd');

/** Validates XML against one of the REFI-QDA schemas with Debian's xmllint; returns its messages when invalid. */
export function validate(
  xml: string,
  schema: 'Project.xsd' | 'Codebook.xsd',
): { ok: boolean; messages: string } {
  const dir = mkdtempSync(join(tmpdir(), 'maatstaf-xsd-'));
  try {
    const file = join(dir, 'doc.xml');
    writeFileSync(file, xml);
    try {
      execFileSync('xmllint', ['--noout', '--schema', join(XSD, schema), file], { stdio: 'pipe' });
      return { ok: true, messages: '' };
    } catch (err) {
      const e = err as { stderr?: Buffer };
      return { ok: false, messages: e.stderr?.toString() ?? String(err) };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
