import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const cache = new Map<string, Buffer>();

/**
 * Reads the server key for panel links, creating it (32 random bytes, hex, mode 0600) at first need. The key
 * lives outside the database so a copy of the database alone cannot produce working links.
 */
export function loadServerKey(file: string): Buffer {
  const hit = cache.get(file);
  if (hit) return hit;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (e) {
      // Another process created it first; read theirs.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    chmodSync(file, 0o600);
  }
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64,}$/i.test(hex))
    throw new Error(`The key file ${file} does not hold a hex key of at least 32 bytes.`);
  const key = Buffer.from(hex, 'hex');
  cache.set(file, key);
  return key;
}

/** Where routes get the key: a fixed one (tests) or the key file (server). */
export type KeyProvider = () => Buffer;
