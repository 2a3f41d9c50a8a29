/** Which cluster page to show: 1-based, clamped to the available pages. */
export function clampPage(requested: number | undefined, pages: number): number {
  if (!requested || !Number.isFinite(requested) || requested < 1) return 1;
  return Math.min(Math.floor(requested), Math.max(1, pages));
}

export interface Progress {
  page: number;
  pages: number;
  answered: number;
  total: number;
}

export function progressOf(page: number, pages: number, answeredFlags: boolean[]): Progress {
  return { page, pages, answered: answeredFlags.filter(Boolean).length, total: answeredFlags.length };
}

export interface RatingState {
  importance: number | null;
  importanceCannotJudge: boolean;
  frequency: number | null;
  frequencyCannotJudge: boolean;
}

/** A rating counts as answered when both dimensions have a value or "kan ik niet beoordelen". */
export function ratingAnswered(a: RatingState | undefined): boolean {
  return (
    !!a &&
    (a.importance !== null || a.importanceCannotJudge) &&
    (a.frequency !== null || a.frequencyCannotJudge)
  );
}

export interface DashboardRow {
  group: string;
  startedAt: Date | null;
  completedAt: Date | null;
}

export interface Tally {
  group: string;
  invited: number;
  started: number;
  completed: number;
}

/** Invited / started / completed overall (group '') and per stakeholder group, groups in alphabetical order. */
export function tallyParticipation(rows: DashboardRow[]): { total: Tally; groups: Tally[] } {
  const by = new Map<string, Tally>();
  const total: Tally = { group: '', invited: 0, started: 0, completed: 0 };
  for (const r of rows) {
    const g = by.get(r.group) ?? { group: r.group, invited: 0, started: 0, completed: 0 };
    for (const t of [g, total]) {
      t.invited++;
      if (r.startedAt || r.completedAt) t.started++;
      if (r.completedAt) t.completed++;
    }
    by.set(r.group, g);
  }
  return { total, groups: [...by.values()].sort((a, b) => a.group.localeCompare(b.group)) };
}
