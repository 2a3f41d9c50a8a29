/**
 * A path on our own site to go to after a form, or the fallback. The raw value is parsed with `URL` against our
 * own origin and must stay on it; backslashes and control characters are refused outright because browsers treat
 * `/\evil.example` and `/\t/evil.example` as another host.
 */
export function safeLocalPath(raw: string | undefined | null, fallback: string): string {
  if (!raw || !raw.startsWith('/') || raw.length > 2000) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  const own = 'http://maatstaf.invalid';
  let url: URL;
  try {
    url = new URL(raw, own);
  } catch {
    return fallback;
  }
  if (url.origin !== own) return fallback;
  return url.pathname + url.search + url.hash;
}
