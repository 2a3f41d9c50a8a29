import type { Lang } from '../domain';
import { pseudonymize } from '../pseudonymize';
import { CANNOT_JUDGE, summarizeRatings, type Scale } from '../stats';

export interface PreviousRating {
  panellistId: number;
  group: string;
  value: number | null;
  cannotJudge: boolean;
}

export interface Distribution {
  n: number;
  cannotJudge: number;
  /** Valid ratings per scale point, from scale.min. */
  counts: number[];
  median: number | null;
}

export interface DimensionFeedback extends Distribution {
  /** This panellist's own previous rating (null: none or "cannot judge"). */
  own: number | null;
  ownCannotJudge: boolean;
  /** Per stakeholder group, only when asked; groups under MIN_GROUP valid ratings are pooled as "other". */
  groups: (Distribution & { group: string })[] | null;
}

/** Below this many valid ratings a group's figures could point at a person; they are pooled instead. */
export const MIN_GROUP = 3;

function distribution(values: PreviousRating[], scale: Scale): Distribution {
  const coded = values.map((v) => (v.cannotJudge ? CANNOT_JUDGE : (v.value ?? -2)));
  const s = summarizeRatings(coded, scale);
  return { n: s.n, cannotJudge: s.cannotJudge, counts: s.counts, median: s.median };
}

/**
 * The controlled feedback of one item on one dimension: the group's distribution and median (type 7), the
 * panellist's own previous rating, and optionally the same per stakeholder group. Nothing names anyone.
 */
export function dimensionFeedback(
  ratings: PreviousRating[],
  scale: Scale,
  panellistId: number,
  opts: { byGroup: boolean; otherLabel: string },
): DimensionFeedback {
  const answered = ratings.filter((r) => r.value !== null || r.cannotJudge);
  const mine = answered.find((r) => r.panellistId === panellistId);
  let groups: DimensionFeedback['groups'] = null;
  if (opts.byGroup) {
    const by = new Map<string, PreviousRating[]>();
    for (const r of answered) by.set(r.group, [...(by.get(r.group) ?? []), r]);
    const big: (Distribution & { group: string })[] = [];
    const pooled: PreviousRating[] = [];
    for (const [group, list] of [...by].sort((a, b) => a[0].localeCompare(b[0]))) {
      const d = distribution(list, scale);
      if (group && d.n >= MIN_GROUP) big.push({ group, ...d });
      else pooled.push(...list);
    }
    if (pooled.length) {
      const d = distribution(pooled, scale);
      // A pooled rest of one or two ratings would still identify people; leave it out of the split.
      if (d.n >= MIN_GROUP) big.push({ group: opts.otherLabel, ...d });
    }
    groups = big;
  }
  return {
    ...distribution(answered, scale),
    own: mine?.value ?? null,
    ownCannotJudge: mine?.cannotJudge ?? false,
    groups,
  };
}

/** A person's placeholder from the pseudonymiser: in a panellist's comment it is no client, just a name. */
const PERSON = /\[(?:CLIËNT|CLIENT|PERSOON|PERSON)(?: \d+)?\]/g;

/**
 * Comments shown back to the panel: names, phone numbers, addresses and other personal details replaced (a
 * panellist who signs a comment, or names a client or colleague, is not identified by it), trimmed,
 * de-duplicated and sorted so their order reveals nobody.
 */
export function anonymousComments(comments: string[], lang: Lang = 'nl'): string[] {
  const name = lang === 'en' ? '[name]' : '[naam]';
  const clean = (c: string) => pseudonymize(c, { lang }).text.replace(PERSON, name);
  return [...new Set(comments.map((c) => c.trim()).filter(Boolean))]
    .map(clean)
    .sort((a, b) => a.localeCompare(b, 'nl'));
}
