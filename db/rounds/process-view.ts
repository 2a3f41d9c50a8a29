import { diffArrays } from 'diff';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import type { Round } from './rounds';
import { items, proposedActivities, reviewAnswers, roundClusters, roundItems } from '../schema';

type Outcome = 'accepted' | 'rejected' | 'merged';

/** A text and how many panellists gave it (whitespace and case do not make two texts different). */
export interface Counted {
  text: string;
  count: number;
}

/**
 * Identical suggestions for one item, merged: one rewording, or all removals with their reasons. Acting on
 * `repId` acts on the whole group (see acceptSuggestion). Processed and open answers never share a group.
 */
export interface SuggestionGroup {
  repId: number;
  kind: 'reformulate' | 'remove';
  text: string;
  reasons: Counted[];
  count: number;
  late: number;
  outcome: Outcome | null;
  outcomeReason: string;
  /** The draft already reads like this rewording (accepted elsewhere, or the researcher's own wording). */
  inDraft: boolean;
  /** A rewording as runs of words, marking the words it adds to the frozen wording; [] for removals. */
  words: WordRun[];
}

/** A run of consecutive words of a proposed wording, `added` when they are not in the frozen wording. */
export interface WordRun {
  text: string;
  added: boolean;
}

// Case and a final punctuation mark do not make a word new ("plan." is the word "Plan").
const wordKey = (w: string) => w.toLowerCase().replace(/[.,;:!?]+$/, '');

/**
 * The words `to` adds to `from`, as runs of the words of `to` (a word diff on whitespace-separated words).
 * Deleted words are left out: the frozen wording is shown right above the proposal.
 */
export function addedWords(from: string, to: string): WordRun[] {
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const runs: WordRun[] = [];
  for (const part of diffArrays(words(from), words(to), {
    comparator: (a, b) => wordKey(a) === wordKey(b),
  })) {
    if (part.removed) continue;
    const added = part.added === true;
    const text = part.value.join(' ');
    const last = runs[runs.length - 1];
    if (last && last.added === added) last.text += ` ${text}`;
    else runs.push({ text, added });
  }
  return runs;
}

export interface ProcessItem {
  roundItemId: number;
  number: string;
  text: string;
  refId: number;
  /** The draft as it is now; null when the draft item no longer exists. */
  current: { text: string; status: string; version: number } | null;
  counts: { keep: number; reformulate: number; remove: number };
  /** Only when the round asked relevance (1–4): mean and I-CVI (share rating 3–4). */
  relevance: { mean: number; icvi: number; n: number } | null;
  groups: SuggestionGroup[];
  comments: Counted[];
}

export interface ActivityGroup {
  repId: number;
  text: string;
  count: number;
  late: number;
  phaseId: string | null;
  outcome: Outcome | null;
  outcomeReason: string;
}

export interface ProcessOverview {
  /** Items with suggestions or comments, in round order. */
  items: ProcessItem[];
  /** Items everyone kept without comment: nothing to decide. */
  quiet: { roundItemId: number; number: string; text: string }[];
  clusters: { key: string; number: string; label: string; groups: ActivityGroup[] }[];
  progress: { done: number; total: number };
}

/** Same words, same proposal: trims, folds whitespace and case, ignores a final full stop. */
export const sameText = (s: string) => s.trim().replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();

function countTexts(texts: string[]): Counted[] {
  const m = new Map<string, Counted>();
  for (const text of texts.map((t) => t.trim()).filter(Boolean)) {
    const hit = m.get(sameText(text));
    if (hit) hit.count++;
    else m.set(sameText(text), { text, count: 1 });
  }
  return [...m.values()].sort((a, b) => b.count - a.count);
}

interface Answer {
  id: number;
  verdict: 'keep' | 'reformulate' | 'remove' | null;
  proposal: string;
  reason: string;
  late: boolean;
  outcome: Outcome | null;
  outcomeReason: string;
}

function groupAnswers(answers: Answer[]): SuggestionGroup[] {
  const groups = new Map<string, { a: Answer[]; kind: 'reformulate' | 'remove' }>();
  for (const a of answers) {
    if (a.verdict !== 'reformulate' && a.verdict !== 'remove') continue;
    const state = a.outcome ? `${a.outcome}:${a.outcomeReason}` : 'open';
    const key = `${a.verdict}|${a.verdict === 'reformulate' ? sameText(a.proposal) : ''}|${state}`;
    const g = groups.get(key) ?? { a: [], kind: a.verdict };
    g.a.push(a);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map(({ a, kind }) => ({
      repId: Math.min(...a.map((x) => x.id)),
      kind,
      text: kind === 'reformulate' ? a[0]!.proposal.trim() : '',
      reasons: kind === 'remove' ? countTexts(a.map((x) => x.reason)) : [],
      count: a.length,
      late: a.filter((x) => x.late).length,
      outcome: a[0]!.outcome,
      outcomeReason: a[0]!.outcomeReason,
      inDraft: false,
      words: [],
    }))
    .sort(
      (x, y) =>
        Number(x.outcome !== null) - Number(y.outcome !== null) || y.count - x.count || x.repId - y.repId,
    );
}

function relevanceOf(values: number[]) {
  if (!values.length) return null;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return { mean, icvi: values.filter((v) => v >= 3).length / values.length, n: values.length };
}

/** Everything the processing page shows for a closed review round, grouped per item and per cluster. */
export function processOverview(db: Db, round: Round): ProcessOverview {
  const rows = db
    .select({ ri: roundItems, cur: { text: items.text, status: items.status, version: items.version } })
    .from(roundItems)
    .leftJoin(items, eq(items.id, roundItems.refId))
    .where(and(eq(roundItems.roundId, round.id), eq(roundItems.refKind, 'item')))
    .orderBy(asc(roundItems.position))
    .all();
  const answers = db
    .select()
    .from(reviewAnswers)
    .where(eq(reviewAnswers.roundId, round.id))
    .orderBy(asc(reviewAnswers.id))
    .all();
  const byItem = new Map<number, typeof answers>();
  for (const a of answers) {
    const list = byItem.get(a.roundItemId);
    if (list) list.push(a);
    else byItem.set(a.roundItemId, [a]);
  }
  const out: ProcessOverview = { items: [], quiet: [], clusters: [], progress: { done: 0, total: 0 } };
  for (const { ri, cur } of rows) {
    const mine = byItem.get(ri.id) ?? [];
    const groups = groupAnswers(mine);
    for (const g of groups) {
      g.inDraft = g.kind === 'reformulate' && cur?.text != null && sameText(cur.text) === sameText(g.text);
      if (g.kind === 'reformulate') g.words = addedWords(ri.text, g.text);
    }
    const comments = countTexts(mine.map((a) => a.comment));
    if (!groups.length && !comments.length) {
      out.quiet.push({ roundItemId: ri.id, number: ri.number, text: ri.text });
      continue;
    }
    const counts = { keep: 0, reformulate: 0, remove: 0 };
    for (const a of mine) if (a.verdict) counts[a.verdict]++;
    const rel = mine.flatMap((a) => (a.relevance === null ? [] : [a.relevance]));
    out.items.push({
      roundItemId: ri.id,
      number: ri.number,
      text: ri.text,
      refId: ri.refId,
      current:
        cur && cur.text !== null
          ? { text: cur.text, status: cur.status ?? 'active', version: cur.version ?? 0 }
          : null,
      counts,
      relevance: round.askRelevance ? relevanceOf(rel) : null,
      groups,
      comments,
    });
    out.progress.total += groups.length;
    out.progress.done += groups.filter((g) => g.outcome).length;
  }
  out.clusters = activityClusters(db, round.id);
  for (const c of out.clusters) {
    out.progress.total += c.groups.length;
    out.progress.done += c.groups.filter((g) => g.outcome).length;
  }
  return out;
}

function activityClusters(db: Db, roundId: number): ProcessOverview['clusters'] {
  const rows = db
    .select({
      p: proposedActivities,
      number: roundClusters.number,
      label: roundClusters.label,
      position: roundClusters.position,
    })
    .from(proposedActivities)
    .leftJoin(roundClusters, eq(roundClusters.id, proposedActivities.roundClusterId))
    .where(eq(proposedActivities.roundId, roundId))
    .orderBy(asc(roundClusters.position), asc(proposedActivities.id))
    .all();
  const clusters = new Map<
    string,
    { key: string; number: string; label: string; groups: Map<string, ActivityGroup> }
  >();
  // A panellist who sends the same activity twice (a second tap, the page sent again) counts once.
  const proposers = new Map<ActivityGroup, Set<number>>();
  for (const { p, number, label } of rows) {
    const key = p.roundClusterId === null ? 'none' : String(p.roundClusterId);
    const c = clusters.get(key) ?? { key, number: number ?? '', label: label ?? '', groups: new Map() };
    clusters.set(key, c);
    const gKey = `${sameText(p.text)}|${p.phaseId ?? ''}|${p.outcome ? `${p.outcome}:${p.outcomeReason}` : 'open'}`;
    let g = c.groups.get(gKey);
    if (!g) {
      g = {
        repId: p.id,
        text: p.text,
        count: 0,
        late: 0,
        phaseId: p.phaseId,
        outcome: p.outcome,
        outcomeReason: p.outcomeReason,
      };
      c.groups.set(gKey, g);
      proposers.set(g, new Set());
    }
    const who = proposers.get(g)!;
    if (who.has(p.panellistId)) continue;
    who.add(p.panellistId);
    g.count++;
    g.late += Number(p.late);
  }
  return [...clusters.values()].map((c) => ({ ...c, groups: [...c.groups.values()] }));
}

/** The round item a review answer belongs to: where the page goes back to after acting on it. */
export function answerItem(db: Db, roundId: number, answerId: number): number | undefined {
  return db
    .select({ id: reviewAnswers.roundItemId })
    .from(reviewAnswers)
    .where(and(eq(reviewAnswers.id, answerId), eq(reviewAnswers.roundId, roundId)))
    .get()?.id;
}
