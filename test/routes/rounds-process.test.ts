import { dictionaries } from '../../views/i18n';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { roundClustersOf, roundItemsOf } from '../../db/rounds/rounds';
import { closeRound } from '../../src/services/decisions/close-round';
import { auditLog, itemVersions, items, proposedActivities, reviewAnswers } from '../../db/schema';
import { addPanel, openedRound, PANEL, roundsWorld } from '../rounds/_fixture';

const hx = { 'hx-request': 'true' };
const REWORD = 'De hulpverlener stelt zich met naam en functie voor aan de cliënt.';

/**
 * A closed review round: item 1.1 reworded identically by Anna and Bram (spacing and case differ) and
 * differently by Cor; item 1.2 removed by Anna and Bram; 2.1 kept with a comment; 2.2 kept by all.
 * Anna and Bram propose the same new activity for cluster 1.
 */
async function processWorld() {
  const w = await roundsWorld();
  const panel = addPanel(w.db, w.studyId);
  const round = openedRound(w.db, w.userId, w.studyId, { kind: 'review', askRelevance: true });
  const ri = roundItemsOf(w.db, round.id);
  const cluster = roundClustersOf(w.db, round.id)[0]!;
  const now = new Date();
  const answer = (i: number, p: number, v: Partial<typeof reviewAnswers.$inferInsert>) =>
    w.db
      .insert(reviewAnswers)
      .values({ roundId: round.id, roundItemId: ri[i]!.id, panellistId: panel[p]!.id, updatedAt: now, ...v })
      .run();
  answer(0, 0, { verdict: 'reformulate', proposal: REWORD, relevance: 4 });
  answer(0, 1, {
    verdict: 'reformulate',
    proposal: `  ${REWORD.toUpperCase().slice(0, 1)}${REWORD.slice(1, -1)}  `,
    relevance: 3,
  });
  answer(0, 2, { verdict: 'reformulate', proposal: 'De hulpverlener begroet de cliënt.', relevance: 2 });
  answer(1, 0, { verdict: 'remove', reason: 'Dubbel met 1.1' });
  answer(1, 1, { verdict: 'remove', reason: 'dubbel met 1.1' });
  answer(1, 2, { verdict: 'keep' });
  for (const p of [0, 1, 2])
    answer(2, p, { verdict: 'keep', comment: p === 0 ? 'Schriftelijk is sterk.' : '' });
  for (const p of [0, 1, 2]) answer(3, p, { verdict: 'keep' });
  for (const p of [0, 1])
    w.db
      .insert(proposedActivities)
      .values({
        roundId: round.id,
        panellistId: panel[p]!.id,
        roundClusterId: cluster.id,
        phaseId: 'intake',
        text: 'De hulpverlener vraagt naar eerdere hulp.',
        createdAt: now,
      })
      .run();
  closeRound(w.db, round.id, w.userId);
  const base = `/studies/${w.studyId}/rounds/${round.id}`;
  const answers = w.db.select().from(reviewAnswers).where(eq(reviewAnswers.roundId, round.id)).all();
  const rep = (i: number, verdict: string, text?: string) =>
    answers.find(
      (a) =>
        a.roundItemId === ri[i]!.id && a.verdict === verdict && (text === undefined || a.proposal === text),
    )!.id;
  return { ...w, panel, round, ri, base, rep, proposals: w.db.select().from(proposedActivities).all() };
}

const blockIds = (html: string) =>
  [...html.matchAll(/<section class="card proc-item" id="(item-\d+)"/g)].map((m) => m[1]);

describe('GET /studies/:id/rounds/:roundId/process', () => {
  it('shows each item once with its counts and merges identical rewordings with a count, without names or pseudonyms', async () => {
    const w = await processWorld();
    const html = await (await w.agent.get(`${w.base}/process`)).text();
    expect(blockIds(html)).toEqual([`item-${w.ri[0]!.id}`, `item-${w.ri[1]!.id}`, `item-${w.ri[2]!.id}`]);
    expect(html).toContain('0 behouden · 3 herformuleren · 0 verwijderen');
    expect(html).toContain('relevantie gemiddeld 3,0 · I-CVI 0,67 (n = 3)');
    expect(html).toContain('voorgesteld door 2 panelleden');
    expect(html.match(/begroet/g)).toHaveLength(1);
    expect(html).toContain('Dubbel met 1.1<span class="badge">2×</span>');
    expect(html).toContain('Schriftelijk is sterk.');
    for (const p of PANEL) expect(html).not.toContain(p.name);
    for (const p of w.panel) expect(html).not.toContain(p.pseudonym);
  });

  it('folds items everyone kept without comment into one short list', async () => {
    const w = await processWorld();
    const html = await (await w.agent.get(`${w.base}/process`)).text();
    expect(html).toContain('1 items: iedereen wil ze behouden, geen opmerkingen');
    expect(blockIds(html)).not.toContain(`item-${w.ri[3]!.id}`);
    expect(html).toContain(`<li id="item-${w.ri[3]!.id}">`);
  });

  it('groups proposed activities per cluster and merges identical ones', async () => {
    const w = await processWorld();
    const html = await (await w.agent.get(`${w.base}/process`)).text();
    const acts = html.slice(html.indexOf('Voorgestelde nieuwe activiteiten'));
    expect(acts).toContain('Kennismaken');
    expect(acts.match(/vraagt naar eerdere hulp/g)).toHaveLength(2); // the card, and the text to accept
    expect(acts).toContain('voorgesteld door 2 panelleden');
  });
});

describe('processing proposals', () => {
  it('accepts a merged rewording once: one version tied to the round, every identical answer closed, progress counted', async () => {
    const w = await processWorld();
    expect(await (await w.agent.get(`${w.base}/process`)).text()).toContain('0 van 4 voorstellen verwerkt');
    const res = await w.agent.post(`${w.base}/suggestions/${w.rep(0, 'reformulate', REWORD)}/accept`, {
      open: '1',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(
      `${w.base}/process?open=1&at=item-${w.ri[0]!.id}&saved=decision#item-${w.ri[0]!.id}`,
    );
    const outcomes = w.db
      .select()
      .from(reviewAnswers)
      .where(eq(reviewAnswers.roundItemId, w.ri[0]!.id))
      .all()
      .map((a) => a.outcome);
    expect(outcomes).toEqual(['accepted', 'accepted', null]);
    const versions = w.db.select().from(itemVersions).where(eq(itemVersions.roundId, w.round.id)).all();
    expect(versions.map((v) => [v.action, v.text])).toEqual([['reword', REWORD]]);
    const html = await (await w.agent.get(res.headers.get('location')!)).text();
    expect(html).toContain('1 van 4 voorstellen verwerkt');
    expect(html).toContain('Verwerkt.');
  });

  it('shows only items with open proposals under "alleen open", all of them otherwise', async () => {
    const w = await processWorld();
    expect(
      (
        await w.agent.post(`${w.base}/suggestions/${w.rep(1, 'remove')}/reject`, {
          reason: 'Het panel houdt het item.',
        })
      ).status,
    ).toBe(303);
    expect(
      w.db
        .select()
        .from(reviewAnswers)
        .where(and(eq(reviewAnswers.roundItemId, w.ri[1]!.id), eq(reviewAnswers.outcome, 'rejected')))
        .all(),
    ).toHaveLength(2);
    const open = await (await w.agent.get(`${w.base}/process?open=1`)).text();
    expect(blockIds(open)).toEqual([`item-${w.ri[0]!.id}`, `item-${w.ri[2]!.id}`]);
    expect(open).toContain('1 van 4 voorstellen verwerkt');
    const all = await (await w.agent.get(`${w.base}/process`)).text();
    expect(blockIds(all)).toContain(`item-${w.ri[1]!.id}`);
    expect(all).toContain('afgewezen');
    expect(all).toContain('Het panel houdt het item.');
  });

  it('answers htmx with the item block and the progress out of band, and a reasonless rejection with 422 inside the block', async () => {
    const w = await processWorld();
    const url = `${w.base}/suggestions/${w.rep(0, 'reformulate', 'De hulpverlener begroet de cliënt.')}/reject`;
    const bad = await w.agent.post(url, { reason: ' ' }, hx);
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(blockIds(badHtml)).toEqual([`item-${w.ri[0]!.id}`]);
    expect(badHtml).toContain('Geef een reden.');
    const ok = await w.agent.post(url, { reason: 'Te algemeen.' }, hx);
    expect(ok.status).toBe(200);
    const html = await ok.text();
    expect(html).not.toContain('<html');
    expect(blockIds(html)).toEqual([`item-${w.ri[0]!.id}`]);
    expect(html).toMatch(/id="process-progress"[^>]*hx-swap-oob="true"/);
    expect(html).toContain('1 van 4 voorstellen verwerkt');
  });

  it("saves the researcher's own wording as a version tied to the round and refuses a stale form with the text kept", async () => {
    const w = await processWorld();
    const url = `${w.base}/items/${w.ri[2]!.id}/reword`;
    const own = 'De hulpverlener legt de afspraken schriftelijk vast, samen met de cliënt.';
    expect((await w.agent.post(url, { text: own, version: '1' })).status).toBe(303);
    expect(w.db.select().from(items).where(eq(items.id, w.itemIds[2]!)).get()!.text).toBe(own);
    const v = w.db.select().from(itemVersions).where(eq(itemVersions.roundId, w.round.id)).all();
    expect(v).toMatchObject([
      {
        action: 'reword',
        text: own,
        reason: '',
        reasonCode: 'own-wording',
        reasonParams: { round: w.round.number },
      },
    ]);
    expect(dictionaries.nl.draft.versionReason(v[0]!)).toBe(`eigen formulering, ronde ${w.round.number}`);
    expect(w.db.select().from(auditLog).where(eq(auditLog.action, 'round.item.reword')).all()).toHaveLength(
      1,
    );
    const stale = await w.agent.post(url, { text: 'Een andere formulering.', version: '1' }, hx);
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Het item is intussen gewijzigd');
    expect(html).toContain('Een andere formulering.');
    expect(html).toContain(`<strong>nu in concept:</strong> ${own}`);
  });

  it('marks an open rewording the draft already reads like, after the researcher wrote it in', async () => {
    const w = await processWorld();
    await w.agent.post(`${w.base}/items/${w.ri[0]!.id}/reword`, { text: REWORD });
    const html = await (await w.agent.get(`${w.base}/process`)).text();
    expect(html).toContain('staat al zo in het concept');
  });

  it('adds merged identical activity proposals as one new item and closes both', async () => {
    const w = await processWorld();
    const before = w.db.select().from(items).all().length;
    const res = await w.agent.post(`${w.base}/proposals/${w.proposals[0]!.id}`, {
      action: 'new',
      text: 'De hulpverlener vraagt naar eerdere hulpverlening.',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain(`#act-${w.proposals[0]!.id}`);
    expect(w.db.select().from(items).all()).toHaveLength(before + 1);
    expect(
      w.db
        .select()
        .from(proposedActivities)
        .all()
        .map((p) => p.outcome),
    ).toEqual(['accepted', 'accepted']);
  });
});
