import { reviewLinkToken, type ReviewMember } from './review';
import { tokenHash } from '../../tokens';

/**
 * The personal link token of every member whose link opens, by member id. Members of an imported round have
 * a secret nobody knows, so they get none; without the server key nobody gets one.
 */
export function workingTokens(
  members: readonly Pick<ReviewMember, 'id' | 'tokenSalt' | 'tokenHash'>[],
  key: Buffer | undefined,
): Map<number, string> {
  const out = new Map<number, string>();
  if (!key) return out;
  for (const m of members) {
    const token = reviewLinkToken(key, m);
    if (tokenHash(token) === m.tokenHash) out.set(m.id, token);
  }
  return out;
}
