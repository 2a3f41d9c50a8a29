/**
 * Column widths that never break a word: each column gets at least the width of its longest word (header
 * bold, body regular) at the table's font size, the rest is shared out by the relative widths. Units are
 * whatever `total` is in (twips for Word, points for the PDF); `em` is the font size in those units. When even
 * the longest words do not fit, the widths are scaled down and the caller should use a smaller font.
 */
export function fitWidths(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  relative: readonly number[] | undefined,
  total: number,
  em: number,
  padding: number,
): { widths: number[]; fits: boolean } {
  const longest = (s: string, factor: number) =>
    Math.max(0, ...s.split(/\s+/).map((w) => w.length)) * em * factor;
  const min = header.map(
    // Wide enough for DejaVu Sans, which LibreOffice substitutes where Calibri and Carlito are missing.
    (h, k) => Math.max(longest(h, 0.8), ...rows.map((r) => longest(r[k] ?? '', 0.66))) + padding,
  );
  const rel = relative ?? header.map(() => 1);
  const sumRel = rel.reduce((a, x) => a + x, 0);
  const sumMin = min.reduce((a, x) => a + x, 0);
  if (sumMin >= total) return { widths: min.map((m) => (m / sumMin) * total), fits: false };
  // Give every column its minimum, then share what is left by the relative widths of the columns that want more.
  let widths = rel.map((r) => (r / sumRel) * total);
  const pinned = new Set<number>();
  for (let pass = 0; pass < header.length; pass++) {
    const short = widths.flatMap((w, k) => (!pinned.has(k) && w < min[k]! ? [k] : []));
    if (short.length === 0) break;
    short.forEach((k) => pinned.add(k));
    const fixed = [...pinned].reduce((a, k) => a + min[k]!, 0);
    const freeRel = rel.reduce((a, r, k) => a + (pinned.has(k) ? 0 : r), 0);
    widths = widths.map((_w, k) => (pinned.has(k) ? min[k]! : (rel[k]! / freeRel) * (total - fixed)));
  }
  return { widths, fits: true };
}
