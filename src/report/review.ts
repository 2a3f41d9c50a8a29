import { MISSING, scaleCvi, type ItemCvi } from '../stats';

export interface ReviewItem {
  roundItemId: number;
  number: string;
  text: string;
  answers: number;
  keep: number;
  reformulate: number;
  remove: number;
  cvi: ItemCvi | null;
}

export interface ReviewReport {
  items: ReviewItem[];
  askRelevance: boolean;
  sCviAve: number | null;
  sCviUa: number | null;
}

/** Verdict counts per item and, when relevance was asked, I-CVI, modified kappa and S-CVI (statistics module). */
export function reviewReport(
  items: readonly { roundItemId: number; number: string; text: string }[],
  answers: readonly { roundItemId: number; verdict: string | null; relevance: number | null }[],
  askRelevance: boolean,
): ReviewReport {
  const byItem = new Map(
    items.map((it) => [
      it.roundItemId,
      { keep: 0, reformulate: 0, remove: 0, answers: 0, relevance: [] as number[] },
    ]),
  );
  for (const a of answers) {
    const slot = byItem.get(a.roundItemId);
    if (!slot) continue;
    slot.answers += 1;
    if (a.verdict === 'keep' || a.verdict === 'reformulate' || a.verdict === 'remove') slot[a.verdict] += 1;
    slot.relevance.push(a.relevance ?? MISSING);
  }
  const cvi = askRelevance ? scaleCvi(items.map((it) => byItem.get(it.roundItemId)!.relevance)) : null;
  return {
    askRelevance,
    sCviAve: cvi?.sCviAve ?? null,
    sCviUa: cvi?.sCviUa ?? null,
    items: items.map((it, i) => {
      const s = byItem.get(it.roundItemId)!;
      return {
        ...it,
        answers: s.answers,
        keep: s.keep,
        reformulate: s.reformulate,
        remove: s.remove,
        cvi: cvi?.items[i] ?? null,
      };
    }),
  };
}
