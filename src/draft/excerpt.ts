export interface Excerpt {
  before: string;
  marked: string;
  after: string;
  /** Whether text was cut off before / after the excerpt. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The marked span with one sentence of context either side (at most `room` characters, never across a blank
 * line), so the reader sees what led up to the activity without reading half a page.
 */
export function excerpt(text: string, start: number, end: number, room = 200): Excerpt {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let a = Math.max(0, s - room);
  const head = text.slice(a, s);
  const para = head.lastIndexOf('\n\n');
  const starts = [...head.matchAll(/[.!?]["')]?\s+|\n/g)]
    .map((m) => m.index + m[0].length)
    .filter((i) => i < head.length);
  const from = Math.max(para >= 0 ? para + 2 : 0, starts.at(-1) ?? 0);
  if (from > 0 || para >= 0) a += from;
  let b = Math.min(text.length, e + room);
  const tail = text.slice(e, b);
  const stops = [...tail.matchAll(/[.!?]["')]?(?=\s|$)|\n\n/g)].map((m) =>
    m[0] === '\n\n' ? -(m.index + 1) : m.index + m[0].length,
  );
  // The first stop ends the marked sentence, the second the sentence after it; a blank line ends both.
  const blank = stops.findIndex((x) => x < 0);
  const usable = blank >= 0 ? stops.slice(0, blank) : stops;
  const pick = usable[Math.min(1, usable.length - 1)];
  if (pick !== undefined) b = e + pick;
  else if (blank >= 0) b = e - stops[blank]! - 1;
  return {
    before: text.slice(a, s).trimStart(),
    marked: text.slice(s, e),
    after: text.slice(e, b).trimEnd(),
    cutBefore: a > 0,
    cutAfter: b < text.length,
  };
}
