import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh per-panellist salt; changing it is what makes an old link stop working. */
export function newSalt(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * The personal link token: HMAC-SHA256(server key, salt) as base64url (256 bits). Re-derivable by the
 * researcher from the key and the stored salt, so the database never needs to hold the token itself.
 */
export function deriveToken(key: Buffer, salt: string): string {
  return createHmac('sha256', key).update(`panel-link:${salt}`).digest('base64url');
}

/** Salts and stored hashes for `n` new panellists; a large import computes them in the worker pool. */
export function newLinkSecrets(key: Uint8Array, n: number): { tokenSalt: string; tokenHash: string }[] {
  const k = Buffer.from(key);
  return Array.from({ length: n }, () => {
    const tokenSalt = newSalt();
    return { tokenSalt, tokenHash: tokenHash(deriveToken(k, tokenSalt)) };
  });
}

/** What the database stores: the SHA-256 of the token, hex. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The shape of a personal-link token: 43 base64url characters (256 bits). The panellist routes deliberately do
 * not reject other shapes early, so an unknown link costs the same work as a real one.
 */
export function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** Constant-time comparison of two hex digests of equal length. */
export function sameHash(a: string, b: string): boolean {
  const ab = Buffer.from(a, 'hex');
  const bb = Buffer.from(b, 'hex');
  return ab.length === bb.length && ab.length > 0 && timingSafeEqual(ab, bb);
}

/** A short signature binding a value to the server key (used for "page seen while open" markers). */
export function sign(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(`mark:${value}`).digest('base64url').slice(0, 22);
}

export function verify(key: Buffer, value: string, signature: string): boolean {
  const expected = Buffer.from(sign(key, value));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
