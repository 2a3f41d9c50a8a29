import type { Lang } from './input';

const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

/** Long date in the reader's language; text that is not a date is shown unchanged. */
// Building Intl formatters is far slower than using them; a 300-item handbook formats thousands of numbers.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f as T;
}

export function fmtDate(value: string | undefined, lang: Lang, month: 'long' | 'short' = 'long'): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const f = formatter(
    `d:${lang}:${month}`,
    () =>
      new Intl.DateTimeFormat(locale(lang), {
        day: 'numeric',
        month,
        year: 'numeric',
        timeZone: 'Europe/Amsterdam',
      }),
  );
  return f.format(d);
}

export function fmtNum(n: number | null | undefined, lang: Lang, maxDigits = 2): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  const f = formatter(
    `n:${lang}:${maxDigits}`,
    () => new Intl.NumberFormat(locale(lang), { maximumFractionDigits: maxDigits }),
  );
  return f.format(n);
}

/** Share 0–1 as a percentage, e.g. 0.875 → "87,5%". */
export function fmtShare(share: number | null | undefined, lang: Lang): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '–';
  return `${fmtNum(Math.round(share * 1000) / 10, lang, 1)}%`;
}

/** "A, B en C" / "A, B and C". */
export function joinList(parts: string[], lang: Lang): string {
  if (parts.length <= 1) return parts[0] ?? '';
  const last = parts[parts.length - 1];
  return `${parts.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${last}`;
}

/** Stable anchor id from arbitrary text (ASCII, lowercase, hyphens). */
export function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}
