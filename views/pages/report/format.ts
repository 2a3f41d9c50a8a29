import type { Dict } from '../../i18n';

/** A figure with fixed decimals in the page language; '—' when undefined. */
export function num(t: Dict, v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  const s = v.toFixed(digits);
  return t.common.dateFormat === 'nl-NL' ? s.replace('.', ',') : s;
}

/** Figures that are integers anyway (medians of integer ratings often are) without trailing ",0". */
export function short(t: Dict, v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined) return '—';
  return num(t, v, Number.isInteger(v) ? 0 : digits);
}

export function pValue(t: Dict, p: number | null): string {
  if (p === null) return '—';
  if (p < 0.001) return '< ' + num(t, 0.001, 3);
  return num(t, p, 3);
}

export function signed(t: Dict, v: number | null, digits = 1): string {
  if (v === null) return '—';
  // A change that rounds to nothing is shown as 0, not as "-0,00".
  const shown = Number(v.toFixed(digits));
  if (shown === 0) return num(t, 0, digits);
  return (shown > 0 ? '+' : '') + num(t, v, digits);
}

export function decisionLabel(t: Dict, d: 'in' | 'out' | 'none'): string {
  return t.consensus[`decision_${d}`];
}

export function groupLabel(t: Dict, g: string): string {
  return g === '' ? t.report.noGroup : g;
}

/** "p = 0,012" or "p < 0,001". */
export function pText(t: Dict, p: number | null): string {
  if (p === null) return 'p = —';
  return p < 0.001 ? `p < ${num(t, 0.001, 3)}` : `p = ${num(t, p, 3)}`;
}
