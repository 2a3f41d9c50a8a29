import { formatDate, formatTime } from '../../format';
import type { Lang } from '../../i18n';

/** Fills {name} placeholders in a UI text. */
export function fmt(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A yyyy-mm-dd date as the study's language writes it (7 maart 2025 / 7 March 2025). */
export function longDate(iso: string | null, lang: Lang): string {
  return formatDate(iso, lang);
}

/** The time of day for "opgeslagen om 14:05"; the shared module keeps one formatter per language. */
export function clock(d: Date, lang: Lang): string {
  return formatTime(d, lang);
}
