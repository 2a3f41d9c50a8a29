import type { Dict, Lang } from './i18n';

// Dates are shown as the Dutch team reads them, whatever zone the server runs in.
const zone = 'Europe/Amsterdam';
const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

// Building an Intl formatter costs far more than using one (it topped the autosave profile), so each is made
// once per language at load time and never per call.
const dates: Record<Lang, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat(locales.nl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }),
  en: new Intl.DateTimeFormat(locales.en, { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }),
};
const shortDates: Record<Lang, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat(locales.nl, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: zone,
  }),
  en: new Intl.DateTimeFormat(locales.en, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: zone,
  }),
};
const clocks: Record<Lang, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat(locales.nl, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }),
  en: new Intl.DateTimeFormat(locales.en, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }),
};

/** The page language of a dictionary, for pages that receive only `t`. */
export function langOf(t: Dict): Lang {
  return t.common.dateFormat === 'nl-NL' ? 'nl' : 'en';
}

function toDate(value: Date | string): Date | null {
  // A calendar date (yyyy-mm-dd) is read at noon UTC, which is the same day in Amsterdam all year round.
  const d =
    typeof value === 'string'
      ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value)
      : value;
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "15 december 2026" / "15 December 2026"; '' for no date; text that is no date is shown unchanged. */
export function formatDate(value: Date | string | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '';
  const d = toDate(value);
  return d ? dates[lang].format(d) : String(value);
}

/** "24 nov 2026 14:05" / "24 Nov 2026 14:05": a moment, with a short month so table columns stay narrow. */
export function formatDateTime(value: Date | null | undefined, lang: Lang): string {
  if (!value || Number.isNaN(value.getTime())) return '';
  return `${shortDates[lang].format(value)} ${clocks[lang].format(value)}`;
}

/** "14:05". */
export function formatTime(value: Date, lang: Lang): string {
  return clocks[lang].format(value);
}
