import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveToken, newSalt, tokenHash } from '../../src/tokens';
import { workingTokens } from '../../src/services/review/links';

const key = randomBytes(32);
const member = (id: number, opens: boolean) => {
  const tokenSalt = newSalt();
  return { id, tokenSalt, tokenHash: opens ? tokenHash(deriveToken(key, tokenSalt)) : tokenHash(newSalt()) };
};

describe('workingTokens', () => {
  it('gives the token of every member whose link opens, and none to members of an imported round', () => {
    const a = member(1, true);
    const b = member(2, false);
    const tokens = workingTokens([a, b], key);
    expect(tokens.get(1)).toBe(deriveToken(key, a.tokenSalt));
    expect(tokens.has(2)).toBe(false);
  });

  it('gives no tokens without the server key', () => {
    expect(workingTokens([member(1, true)], undefined).size).toBe(0);
  });
});
