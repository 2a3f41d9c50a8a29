import { recogniseActs } from './catalogue';
import cues from './lexicon/phase-cues.json';
import { PHASES, type PhaseId, type SourceType } from './types';

// Cue words per phase: the general phase words of data/phase-cues.json and the acts of the catalogue that
// belong to one phase, Dutch and English, matched on the evidence text and its rewrite (lowercased).
const CUES = Object.fromEntries(
  PHASES.map((p) => {
    const words = Object.values((cues as Record<PhaseId, Record<string, string[]>>)[p]).flat();
    return [p, new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'u')];
  }),
) as Record<PhaseId, RegExp>;

/** A named professional act says more about the phase than a word of that phase does. */
const ACT_VOTE = Number(process.env.ACT_VOTE ?? 3);
const WORD_VOTE = Number(process.env.WORD_VOTE ?? 2.5);

// Asking questions is mostly problem clarification, but asking happens in every phase: a weak vote only.
const ASKING = /\b(vraagt|vroeg|gevraagd|asks|asked)\b/;
const WEAK = 0.5;

export interface PhaseInput {
  /** Evidence text and rewrite together, for the cue words. */
  text: string;
  /** Relative position in the case, 0 … 1. */
  position: number;
}

/**
 * Suggests a phase for each activity: cue words vote, the position in the story gives a prior
 * (early → intake, last part → afsluiting), and the sequence is kept mostly forward-moving, since a
 * case is told in the order the help went. With phase tags, only those phases are suggested.
 */
export function suggestPhases(
  items: PhaseInput[],
  opts: { tags?: PhaseId[]; source?: SourceType; head?: string } = {},
): PhaseId[] {
  const allowed = opts.tags?.length ? PHASES.filter((p) => opts.tags!.includes(p)) : [...PHASES];
  if (!items.length) return [];
  const votes = items.map((it) => {
    const acts = new Set(recogniseActs(it.text).map((a) => a.phase));
    return allowed.map((p) =>
      acts.has(p)
        ? ACT_VOTE
        : CUES[p].test(it.text)
          ? WORD_VOTE
          : p === 'analyse' && ASKING.test(it.text)
            ? WEAK
            : 0,
    );
  });
  const [lo, hi] = range(opts.source, opts.head ?? '', allowed.length, votes);
  const scores = items.map((it, i) => {
    return allowed.map((p, k) => {
      const cue = votes[i]![k]!;
      const expected = lo + it.position * (hi - lo);
      return cue - 1 * Math.abs(expected - k);
    });
  });
  // Viterbi over the activities: going back a phase costs, moving forward is free.
  const n = allowed.length;
  const best: number[][] = [];
  const from: number[][] = [];
  scores.forEach((row, i) => {
    best[i] = [];
    from[i] = [];
    for (let k = 0; k < n; k++) {
      let top = -Infinity;
      let arg = 0;
      if (i === 0) top = 0;
      else
        for (let j = 0; j < n; j++) {
          const v = best[i - 1]![j]! - (k < j ? 1.5 * (j - k) : 0);
          if (v > top) ((top = v), (arg = j));
        }
      best[i]![k] = top + row[k]!;
      from[i]![k] = arg;
    }
  });
  const last = best.at(-1)!;
  let k = last.indexOf(Math.max(...last));
  const path: number[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    path[i] = k;
    k = from[i]![k]!;
  }
  return path.map((p) => allowed[p]!);
}

/**
 * The span of phases a case covers: a single conversation covers only part of the process. The shape of
 * the text tells which part: its title, or what the practitioner says first ("Vandaag is ons laatste
 * gesprek"). A closing conversation is afsluiting throughout; a first one is intake and clarification.
 */
function range(source: SourceType | undefined, head: string, n: number, votes: number[][]): [number, number] {
  const last = n - 1;
  if (source !== 'transcript' || n < 5) return [0, last];
  const h = head.toLowerCase();
  const [title = '', opening = ''] = h.split('\n');
  const closing =
    /(afsluit|laatste (gesprek|afspraak|keer|sessie)|eindgesprek|eindevaluatie|final (session|meeting)|closing|last (session|meeting))/;
  if (closing.test(title) || closing.test(opening)) return [last, last];
  if (/(eerste|kennismak|intake|first)/.test(title)) return [0, 1];
  if (/(evaluatie|evaluation|review)/.test(title)) return [3, 4];
  // A conversation in the middle of the help is about one thing, mostly: the phase most of its acts name.
  const strong = votes
    .map((row) => row.indexOf(Math.max(...row)))
    .filter((k, i) => votes[i]![k]! >= WORD_VOTE);
  const count = (k: number) => strong.filter((x) => x === k).length;
  const top = [1, 2, 3].reduce((a, b) => (count(b) > count(a) ? b : a));
  if (strong.length >= 4 && count(top) >= strong.length / 2) return [top, top];
  return [1, 3];
}
