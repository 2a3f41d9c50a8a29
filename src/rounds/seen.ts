import { sign, verify } from '../tokens';

/**
 * The "page shown while open" marker every answer form carries: the time, signed with the server key and bound
 * to panellist and round, so a late answer can prove the page was shown before the round closed.
 */
export function seenMarker(key: Buffer, panellistId: number, roundId: number, at = Date.now()): string {
  return `${at}.${sign(key, `${panellistId}.${roundId}.${at}`)}`;
}

/** When the page was shown, from a posted marker; null when it is missing, malformed or not signed by us. */
export function pageShownAt(
  key: Buffer,
  panellistId: number,
  roundId: number,
  marker: string,
): number | null {
  const [at, sig] = marker.split('.');
  const ts = Number(at);
  if (!sig || !Number.isFinite(ts) || !verify(key, `${panellistId}.${roundId}.${ts}`, sig)) return null;
  return ts;
}
