/**
 * The entered values of a refused form with one string per field (a repeated field shows its first value), for
 * forms whose fields are all single.
 */
export function firstValues(values: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v]));
}
