/** Fills {name} placeholders in a UI text. */
export function fmt(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

const longDates = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A yyyy-mm-dd date as the study's language writes it (7 maart 2025 / 7 March 2025). */
export function longDate(iso: string | null, lang: 'nl' | 'en'): string {
  if (!iso) return '';
  const d = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : longDates[lang].format(d);
}

// Building a formatter is costly (it shows up first in the autosave profile), so one per language is kept.
const clocks = {
  nl: new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }),
};

export function clock(d: Date, lang: 'nl' | 'en'): string {
  return clocks[lang].format(d);
}
