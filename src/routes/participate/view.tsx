import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { RoundAccess, TokenHolder } from '../../../db/rounds/answers';
import { feedbackFor } from '../../services/rounds/feedback';
import {
  findRound,
  roundClustersOf,
  roundItemsOf,
  type Round,
  type RoundCluster,
  type RoundItem,
} from '../../../db/rounds/rounds';
import { ownAnswers, studyForPanel, type OwnAnswers } from '../../../db/rounds/panel';
import { texts, type Dict } from '../../../views/i18n';
import {
  CoverageCluster,
  LiveFeedbackSlot,
  ProposalForm,
  RatingItem,
  ReviewItem,
} from '../../../views/pages/participate/items';
import { liveFeedback } from '../../services/rounds/realtime';
import { linkHolderPage } from '../../http/render';
import { RoundNoItems } from '../../../views/pages/participate/messages';
import { ProgressLine, RoundPage, type Unanswered } from '../../../views/pages/participate/round';
import type { AppVariables } from '../../http/env';
import { seenMarker } from '../../rounds/seen';
import { clampPage, progressOf, ratingAnswered } from '../../rounds/progress';
import { answeredCount, roundShape, subsetShape } from '../../../db/rounds/answers-progress';
import { allocationOf } from '../../../db/rounds/pools';

/**
 * The panellist's request: `holder`, `key` and `base` set for every page under /p/:token; `access` (the round
 * of an answer form) only on the answer routes that mount the round middleware.
 */
export type PanelEnv = {
  Variables: AppVariables & { holder: TokenHolder; key: Buffer; base: string; access: RoundAccess };
};
export type PC = Context<PanelEnv>;

export function panelPage(c: PC, title: string, body: Child, status: ContentfulStatusCode = 200) {
  return linkHolderPage(c, c.var.holder as TokenHolder | undefined, title, body, status);
}

/** The content of one round as the panellist sees it. */
export function roundContent(c: PC, roundId: number) {
  const { db, holder } = c.var;
  const round = findRound(db, holder.studyId, roundId)!;
  const own = ownAnswers(db, roundId, holder.id);
  return { round, ...panellistItems(db, roundId, holder.id), own };
}

/**
 * The round's clusters and items, or in a round with item subsets only this panellist's items (in their
 * allocated order) and the clusters that hold them.
 */
function panellistItems(db: PC['var']['db'], roundId: number, panellistId: number) {
  const clusters = roundClustersOf(db, roundId);
  const items = roundItemsOf(db, roundId);
  const mine = allocationOf(db, roundId, panellistId);
  if (!mine) return { clusters, items, subset: false };
  const byId = new Map(items.map((i) => [i.id, i]));
  const subset = mine.flatMap((id) => byId.get(id) ?? []);
  const held = new Set(subset.map((i) => i.clusterNumber));
  return { clusters: clusters.filter((k) => held.has(k.number)), items: subset, subset: true };
}

export type Content = ReturnType<typeof roundContent>;

function answered(round: Round, items: RoundItem[], clusters: RoundCluster[], own: OwnAnswers) {
  if (round.kind === 'coverage') return clusters.map((k) => ({ k, done: !!own.coverage.get(k.id)?.verdict }));
  return items.map((i) => ({
    i,
    done: round.kind === 'rating' ? ratingAnswered(own.rating.get(i.id)) : !!own.review.get(i.id)?.verdict,
  }));
}

export function unansweredOf(content: Content): Unanswered[] {
  const { round, items, clusters, own } = content;
  const pageOf = (clusterNumber: string) => clusters.findIndex((k) => k.number === clusterNumber) + 1;
  if (round.kind === 'coverage') {
    return clusters
      .filter((k) => !own.coverage.get(k.id)?.verdict)
      .map((k, _, __) => ({
        id: k.id,
        number: k.number,
        text: k.label,
        page: pageOf(k.number),
        anchor: `k-${k.id}`,
      }));
  }
  return answered(round, items, clusters, own)
    .filter((a) => !a.done)
    .map((a) => {
      const i = (a as { i: RoundItem }).i;
      return { id: i.id, number: i.number, text: i.text, page: pageOf(i.clusterNumber), anchor: `i-${i.id}` };
    });
}

/** In a real-time round, the group so far for the item just rated, out of band; otherwise nothing. */
export function liveAfterSave(c: PC, access: RoundAccess, itemId: number) {
  const { db, holder } = c.var;
  if (access.kind !== 'rating' || !access.realtime) return null;
  const round = findRound(db, holder.studyId, access.id)!;
  const item = roundItemsOf(db, access.id).find((i) => i.id === itemId);
  if (!item) return null;
  const t = texts(holder.lang);
  const f = liveFeedback(
    db,
    round,
    [item],
    holder.id,
    holder.scales,
    t.participate.otherGroups,
    holder.lang,
  ).get(itemId);
  return <LiveFeedbackSlot t={t} itemId={itemId} itemNumber={item.number} f={f} scales={holder.scales} oob />;
}

/** The progress line again, out of band, for the page of the item or cluster just saved. */
export function progressAfterSave(
  c: PC,
  access: RoundAccess,
  saved: { itemId: number } | { clusterId: number },
) {
  // Runs on every autosave: a cached page layout and one primary-key read (plus the allocation in a round with
  // item subsets), not the whole round.
  const { db, holder } = c.var;
  const shape =
    access.kind === 'rating' && access.pooled
      ? subsetShape(db, access.id, holder.id)
      : roundShape(db, access.id);
  const page =
    'itemId' in saved ? shape.pageOfItem.get(saved.itemId) : shape.pageOfCluster.get(saved.clusterId);
  const total = access.kind === 'coverage' ? shape.pages : shape.items;
  const progress = {
    page: clampPage(page ?? 1, shape.pages),
    pages: shape.pages,
    answered: answeredCount(db, access.participationId),
    total,
  };
  const round = { kind: access.kind, closesAt: access.closesAt };
  return <ProgressLine t={c.var.t} lang={holder.lang} round={round} progress={progress} oob />;
}

/** One cluster page: the items of that cluster with the panellist's answers (and feedback in rating rounds). */
export function clusterPage(
  c: PC,
  access: RoundAccess,
  requested: number,
  extra: { notice?: string; proposalError?: string; proposalValue?: string } = {},
  status: ContentfulStatusCode = 200,
) {
  const { db, holder, key } = c.var;
  const t: Dict = texts(holder.lang);
  const content = roundContent(c, access.id);
  const { round, clusters, items, own } = content;
  if (clusters.length === 0)
    return panelPage(c, t.participate.noItemsTitle, <RoundNoItems t={t} home={c.var.base} />, status);
  const pageNo = clampPage(requested, clusters.length);
  const cluster = clusters[pageNo - 1]!;
  const here = items.filter((i) => i.clusterNumber === cluster.number);
  const flags = answered(round, items, clusters, own).map((a) => a.done);
  const base = `${c.var.base}/r/${round.id}`;
  const common = { t, csrf: c.var.csrf, seen: seenMarker(key, holder.id, round.id), base };
  const study = studyForPanel(db, holder.studyId)!;
  let body: Child;
  if (round.kind === 'rating') {
    const live = !!access.realtime;
    const fb = live
      ? liveFeedback(db, round, here, holder.id, holder.scales, t.participate.otherGroups, holder.lang)
      : feedbackFor(db, round, here, holder.id, holder.scales, t.participate.otherGroups, holder.lang);
    body = here.map((i) => (
      <RatingItem
        {...common}
        item={i}
        answer={own.rating.get(i.id)}
        feedback={fb.get(i.id)}
        scales={holder.scales}
        live={live}
      />
    ));
  } else if (round.kind === 'review') {
    body = (
      <>
        {here.map((i) => (
          <ReviewItem {...common} item={i} answer={own.review.get(i.id)} askRelevance={round.askRelevance} />
        ))}
        <ProposalForm
          {...common}
          clusterId={cluster.id}
          phases={study.phases}
          mine={own.proposals.filter((p) => p.roundClusterId === cluster.id)}
          error={extra.proposalError}
          value={extra.proposalValue}
        />
      </>
    );
  } else {
    body = (
      <CoverageCluster
        {...common}
        clusterId={cluster.id}
        label={cluster.label}
        number={cluster.number}
        items={here}
        answer={own.coverage.get(cluster.id)}
      />
    );
  }
  return panelPage(
    c,
    round.title,
    <RoundPage
      t={t}
      lang={holder.lang}
      base={base}
      round={round}
      clusterNumber={cluster.number}
      clusterLabel={cluster.label}
      progress={progressOf(pageNo, clusters.length, flags)}
      notice={extra.notice}
    >
      {body}
    </RoundPage>,
    status,
  );
}
