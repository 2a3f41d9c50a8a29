export interface Excerpt {
  before: string;
  marked: string;
  after: string;
  /** Whether text was cut off before / after the excerpt. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The marked span with its surrounding sentence(s): up to `room` characters either side, stopping at a blank
 * line or at a sentence end so the reader sees the context the researcher needs, not half a page.
 */
export function excerpt(text: string, start: number, end: number, room = 160): Excerpt {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let a = Math.max(0, s - room);
  const head = text.slice(a, s);
  const cut = Math.max(head.lastIndexOf('\n'), head.search(/[.!?]\s[^.!?]*$/) >= 0 ? head.search(/[.!?]\s[^.!?]*$/) + 1 : -1);
  if (cut >= 0) a += cut + 1;
  let b = Math.min(text.length, e + room);
  const tail = text.slice(e, b);
  const stop = tail.search(/\n|[.!?](\s|$)/);
  if (stop >= 0) b = e + stop + (tail[stop] === '\n' ? 0 : 1);
  return {
    before: text.slice(a, s).trimStart(),
    marked: text.slice(s, e),
    after: text.slice(e, b).trimEnd(),
    cutBefore: a > 0,
    cutAfter: b < text.length,
  };
}
