import type { Lang } from '../../src/domain';
import type Database from 'better-sqlite3';
import { sameHash } from '../../src/tokens';
import type { Db } from '../client';
import type { Scale } from '../schema';

/**
 * The hot path of the panellist's pages: every autosave goes through here, so it uses prepared statements on
 * the raw better-sqlite3 handle (one indexed lookup, one small transaction) instead of the query builder.
 */
interface Stmts {
  panellist: Database.Statement;
  round: Database.Statement;
  decided: Database.Statement;
  allocated: Database.Statement;
  item: Database.Statement;
  cluster: Database.Statement;
  rating: Database.Statement;
  review: Database.Statement;
  coverage: Database.Statement;
  proposal: Database.Statement;
  started: Database.Statement;
  save: (fn: () => void) => void;
  rate: (args: unknown[], participationId: number, now: number) => number;
}

const cache = new WeakMap<Database.Database, Stmts>();

function stmts(db: Db): Stmts {
  const c = db.$client;
  let s = cache.get(c);
  if (s) return s;
  s = {
    panellist: c.prepare(
      `select p.id, p.study_id as studyId, p.token_hash as hash, p.consented_at as consentedAt, p.withdrawn_at as withdrawnAt, s.lang, s.title as studyTitle, s.importance_scale as imp, s.frequency_scale as freq
       from panellists p join studies s on s.id = p.study_id where p.token_hash = ? and p.revoked_at is null`,
    ),
    round: c.prepare(
      `select r.id, r.study_id as studyId, r.kind, r.status, r.closed_at as closedAt, r.closes_at as closesAt, r.ask_relevance as askRelevance, r.grace_hours as graceHours,
        p.id as participationId, p.completed_at as completedAt,
        exists (select 1 from round_pools x where x.round_id = r.id) as pooled,
        exists (select 1 from realtime_rounds x where x.round_id = r.id) as realtime
       from rounds r join participations p on p.round_id = r.id and p.panellist_id = ? where r.id = ?`,
    ),
    decided: c.prepare('select 1 from decisions where round_id = ? limit 1'),
    allocated: c.prepare(
      'select 1 from round_allocations where round_id = ? and panellist_id = ? and round_item_id = ? limit 1',
    ),
    item: c.prepare('select id from round_items where id = ? and round_id = ?'),
    cluster: c.prepare('select id from round_clusters where id = ? and round_id = ?'),
    rating: c.prepare(
      `insert into rating_answers (round_id, round_item_id, panellist_id, importance, importance_cannot_judge, frequency,
        frequency_cannot_judge, comment, dissent, dissent_reason, late, updated_at)
       select ?,?,?,?,?,?,?,?,?,?,?,? where exists (select 1 from round_items where id = ? and round_id = ?)
       on conflict (round_item_id, panellist_id) do update set importance = excluded.importance,
        importance_cannot_judge = excluded.importance_cannot_judge, frequency = excluded.frequency,
        frequency_cannot_judge = excluded.frequency_cannot_judge, comment = excluded.comment, dissent = excluded.dissent,
        dissent_reason = excluded.dissent_reason, late = excluded.late, updated_at = excluded.updated_at`,
    ),
    review: c.prepare(
      `insert into review_answers (round_id, round_item_id, panellist_id, verdict, proposal, reason, comment, relevance, late, updated_at)
       values (?,?,?,?,?,?,?,?,?,?) on conflict (round_item_id, panellist_id) do update set verdict = excluded.verdict,
        proposal = excluded.proposal, reason = excluded.reason, comment = excluded.comment, relevance = excluded.relevance,
        late = excluded.late, updated_at = excluded.updated_at`,
    ),
    coverage: c.prepare(
      `insert into coverage_answers (round_id, round_cluster_id, panellist_id, verdict, missing, late, updated_at) values (?,?,?,?,?,?,?)
       on conflict (round_cluster_id, panellist_id) do update set verdict = excluded.verdict, missing = excluded.missing,
        late = excluded.late, updated_at = excluded.updated_at`,
    ),
    proposal: c.prepare(
      'insert into proposed_activities (round_id, panellist_id, round_cluster_id, phase_id, text, late, created_at) values (?,?,?,?,?,?,?)',
    ),
    started: c.prepare('update participations set started_at = ? where id = ? and started_at is null'),
    save: (fn) => c.transaction(fn)(),
    rate: undefined as unknown as Stmts['rate'],
  };
  const st = s;
  // Built once: a better-sqlite3 transaction function is costly to create per request.
  s.rate = c.transaction((args: unknown[], participationId: number, now: number) => {
    const changes = st.rating.run(...args).changes;
    if (changes) st.started.run(now, participationId);
    return changes;
  });
  cache.set(c, s);
  return s;
}

const scales = new Map<string, Scale>();
/** Scales are parsed once per distinct JSON text; the cache stays tiny (a few per study). */
function scaleOf(json: string): Scale {
  let s = scales.get(json);
  if (!s) {
    if (scales.size > 500) scales.clear();
    s = JSON.parse(json) as Scale;
    scales.set(json, s);
  }
  return s;
}

export interface TokenHolder {
  id: number;
  studyId: number;
  lang: Lang;
  studyTitle: string;
  scales: { importance: Scale; frequency: Scale };
  /** No answer is accepted before consent, nor after the panellist stopped. */
  consentedAt: number | null;
  withdrawnAt: number | null;
}

/**
 * The panellist behind a link, by the SHA-256 of its token through the unique index. The stored hash is
 * compared again in constant time; a revoked and an unknown link look exactly the same (undefined).
 */
export function panellistByHash(db: Db, hash: string): TokenHolder | undefined {
  const row = stmts(db).panellist.get(hash) as
    | {
        id: number;
        studyId: number;
        hash: string;
        consentedAt: number | null;
        withdrawnAt: number | null;
        lang: Lang;
        studyTitle: string;
        imp: string;
        freq: string;
      }
    | undefined;
  if (!row || !sameHash(row.hash, hash)) return undefined;
  return {
    id: row.id,
    studyId: row.studyId,
    lang: row.lang,
    studyTitle: row.studyTitle,
    consentedAt: row.consentedAt,
    withdrawnAt: row.withdrawnAt,
    scales: { importance: scaleOf(row.imp), frequency: scaleOf(row.freq) },
  };
}

export interface RoundAccess {
  id: number;
  studyId: number;
  kind: 'review' | 'coverage' | 'rating';
  status: 'draft' | 'open' | 'closed';
  closedAt: number | null;
  closesAt: string | null;
  askRelevance: number;
  graceHours: number;
  participationId: number;
  completedAt: number | null;
  /** 1 when the round gives each panellist a subset of its items (round_pools), else 0. */
  pooled: number;
  /** 1 when the round is a real-time Delphi (realtime_rounds), else 0. */
  realtime: number;
}

/** The round as this panellist may see it: only rounds they were invited to (a participation row exists). */
export function roundForPanellist(db: Db, panellistId: number, roundId: number): RoundAccess | undefined {
  return stmts(db).round.get(panellistId, roundId) as RoundAccess | undefined;
}

/**
 * Whether the panellist may answer this round item: always, unless the round gives item subsets and it is not
 * in theirs (one indexed read, only in such rounds). The item's membership of the round is checked on saving.
 */
export function mayAnswerItem(db: Db, r: RoundAccess, panellistId: number, roundItemId: number): boolean {
  return !r.pooled || stmts(db).allocated.get(r.id, panellistId, roundItemId) !== undefined;
}

/** Whether decisions on the round were taken (its report is then final). */
export function roundDecided(db: Db, roundId: number): boolean {
  return stmts(db).decided.get(roundId) !== undefined;
}

export interface RatingValues {
  importance: number | null;
  importanceCannotJudge: boolean;
  frequency: number | null;
  frequencyCannotJudge: boolean;
  comment: string;
  dissent: boolean;
  dissentReason: string;
}

const b = (v: boolean) => (v ? 1 : 0);

/** Stores one rating (insert or replace on the item × panellist index) and marks the participation started. */
export function saveRating(
  db: Db,
  r: RoundAccess,
  panellistId: number,
  roundItemId: number,
  v: RatingValues,
  late: boolean,
): boolean {
  const now = Date.now();
  const args = [
    r.id,
    roundItemId,
    panellistId,
    v.importance,
    b(v.importanceCannotJudge),
    v.frequency,
    b(v.frequencyCannotJudge),
    v.comment,
    b(v.dissent),
    v.dissentReason,
    b(late),
    now,
    roundItemId,
    r.id,
  ];
  return stmts(db).rate(args, r.participationId, now) > 0;
}

export interface ReviewValues {
  verdict: 'keep' | 'reformulate' | 'remove' | null;
  proposal: string;
  reason: string;
  comment: string;
  relevance: number | null;
}

export function saveReview(
  db: Db,
  r: RoundAccess,
  panellistId: number,
  roundItemId: number,
  v: ReviewValues,
  late: boolean,
): boolean {
  const s = stmts(db);
  if (!s.item.get(roundItemId, r.id)) return false;
  const now = Date.now();
  s.save(() => {
    s.review.run(
      r.id,
      roundItemId,
      panellistId,
      v.verdict,
      v.proposal,
      v.reason,
      v.comment,
      v.relevance,
      b(late),
      now,
    );
    s.started.run(now, r.participationId);
  });
  return true;
}

export interface CoverageValues {
  verdict: 'yes' | 'partly' | 'no' | null;
  missing: string;
}

export function saveCoverage(
  db: Db,
  r: RoundAccess,
  panellistId: number,
  roundClusterId: number,
  v: CoverageValues,
  late: boolean,
): boolean {
  const s = stmts(db);
  if (!s.cluster.get(roundClusterId, r.id)) return false;
  const now = Date.now();
  s.save(() => {
    s.coverage.run(r.id, roundClusterId, panellistId, v.verdict, v.missing, b(late), now);
    s.started.run(now, r.participationId);
  });
  return true;
}

/** A new activity the panellist misses in a cluster (or phase); each submission adds one. */
export function saveProposal(
  db: Db,
  r: RoundAccess,
  panellistId: number,
  roundClusterId: number | null,
  phaseId: string | null,
  text: string,
  late: boolean,
): boolean {
  const s = stmts(db);
  if (roundClusterId !== null && !s.cluster.get(roundClusterId, r.id)) return false;
  const now = Date.now();
  s.save(() => {
    s.proposal.run(r.id, panellistId, roundClusterId, phaseId, text, b(late), now);
    s.started.run(now, r.participationId);
  });
  return true;
}
