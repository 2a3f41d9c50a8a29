import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServerKey } from '../../src/auth/panel-key';
import { deriveToken, looksLikeToken, newSalt, sameHash, tokenHash } from '../../src/tokens';

describe('personal link tokens', () => {
  it('derives the same 256-bit token again from key and salt, and a different one after a new salt', () => {
    const key = randomBytes(32);
    const salt = newSalt();
    const token = deriveToken(key, salt);
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(looksLikeToken(token)).toBe(true);
    expect(deriveToken(key, salt)).toBe(token);
    expect(deriveToken(key, newSalt())).not.toBe(token);
    expect(deriveToken(randomBytes(32), salt)).not.toBe(token);
  });

  it('stores only a SHA-256 hash that does not contain the token', () => {
    const token = deriveToken(randomBytes(32), newSalt());
    const hash = tokenHash(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(sameHash(hash, tokenHash(token))).toBe(true);
    expect(sameHash(hash, tokenHash(`${token}x`))).toBe(false);
  });

  it('creates the server key file with mode 0600 at first need and reads the same key afterwards', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mf-key-')), 'sub', 'maatstaf.key');
    const key = loadServerKey(file);
    expect(key.length).toBe(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadServerKey(file).equals(key)).toBe(true);
  });
});
