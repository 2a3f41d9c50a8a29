import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { roundClustersOf, roundItemsOf } from '../../db/rounds/rounds';
import { closeRound } from '../../src/services/decisions/close-round';
import {
  coverageAnswers,
  participations,
  proposedActivities,
  ratingAnswers,
  reviewAnswers,
} from '../../db/schema';
import { addPanel, editDraftItem, openedRound, panellistAgent, roundsWorld } from '../rounds/_fixture';

const hx = { 'hx-request': 'true' };
const seenOf = (html: string) => /name="seen" value="([^"]+)"/.exec(html)![1]!;

describe('rating round through personal links', () => {
  it('opens, takes answers per item, resumes on another device, finishes and closes', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, {
      kind: 'rating',
      instructions: 'Beoordeel elk item.',
    });
    const items = roundItemsOf(w.db, round.id);
    expect(items.map((i) => i.number)).toEqual(['1.1', '1.2', '2.1', '2.2']);
    const phone = panellistAgent(w.app);
    const page1 = await (await phone.get(`${anna!.path}/r/${round.id}`)).text();
    expect(page1).toContain('cluster 1 van 2 · 0 van 4 items');
    expect(page1).toContain('Beoordeel elk item.');
    expect(page1).toContain('kan ik niet beoordelen');
    const save = (a: typeof phone, itemId: number, f: Record<string, string>) =>
      a.post(`${anna!.path}/r/${round.id}/i/${itemId}`, f, hx);
    expect((await save(phone, items[0]!.id, { importance: '8', frequency: '4' })).status).toBe(200);
    expect((await save(phone, items[0]!.id, { importance: '8', frequency: '4' })).status).toBe(200);
    await save(phone, items[1]!.id, {
      importance: 'cj',
      frequency: '2',
      comment: 'Hangt af van de cliënt',
      dissent: '1',
      dissentReason: 'Niet onze taak',
    });
    const bad = await save(phone, items[1]!.id, { importance: '12', frequency: '2' });
    expect(bad.status).toBe(422);
    const rows = w.db.select().from(ratingAnswers).where(eq(ratingAnswers.panellistId, anna!.id)).all();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.roundItemId === items[1]!.id)).toMatchObject({
      importance: null,
      importanceCannotJudge: true,
      frequency: 2,
      dissent: true,
      dissentReason: 'Niet onze taak',
    });

    const laptop = panellistAgent(w.app);
    const resumed = await (await laptop.get(`${anna!.path}/r/${round.id}?c=1`)).text();
    expect(resumed).toContain('2 van 4 items');
    expect(resumed).toMatch(/value="8" checked/);
    const finish = await (await laptop.get(`${anna!.path}/r/${round.id}/finish`)).text();
    expect(finish).toContain('Nog niet beantwoord (2)');
    expect(finish).toContain(`?c=2#i-${items[2]!.id}`);
    expect((await laptop.post(`${anna!.path}/r/${round.id}/finish`)).status).toBe(303);
    expect(
      w.db.select().from(participations).where(eq(participations.panellistId, anna!.id)).get()!.completedAt,
    ).not.toBeNull();

    await w.agent.post(`/studies/${w.studyId}/rounds/${round.id}/close`);
    const closed = await laptop.get(`${anna!.path}/r/${round.id}`);
    expect(await closed.text()).toContain('Deze ronde is gesloten');
  });

  it('keeps two tabs consistent: the last answer given wins', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const item = roundItemsOf(w.db, round.id)[0]!;
    const a = panellistAgent(w.app);
    await a.get(anna!.path);
    const url = `${anna!.path}/r/${round.id}/i/${item.id}`;
    await Promise.all([
      a.post(url, { importance: '3', frequency: '1' }, hx),
      a.post(url, { importance: '4', frequency: '1' }, hx),
    ]);
    await a.post(url, { importance: '9', frequency: '5' }, hx);
    expect(w.db.select().from(ratingAnswers).all()).toMatchObject([{ importance: 9, frequency: 5 }]);
  });
});

describe('closing while a panellist is busy', () => {
  it('keeps an answer from a page opened before closing, marked late, and refuses one without', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating', graceHours: 24 });
    const item = roundItemsOf(w.db, round.id)[0]!;
    const a = panellistAgent(w.app);
    const seen = seenOf(await (await a.get(`${anna!.path}/r/${round.id}`)).text());
    await new Promise((r) => setTimeout(r, 5));
    closeRound(w.db, round.id, w.userId);
    const late = await a.post(
      `${anna!.path}/r/${round.id}/i/${item.id}`,
      { seen, importance: '7', frequency: '3' },
      hx,
    );
    expect(late.status).toBe(200);
    expect(await late.text()).toContain('gemarkeerd als te laat');
    expect(w.db.select().from(ratingAnswers).get()).toMatchObject({ importance: 7, late: true });

    const refused = await a.post(
      `${anna!.path}/r/${round.id}/i/${item.id}`,
      { importance: '1', frequency: '1' },
      hx,
    );
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('Deze ronde is gesloten');
    const forged = await a.post(
      `${anna!.path}/r/${round.id}/i/${item.id}`,
      { seen: `${Date.now() - 60_000}.AAAAAAAAAAAAAAAAAAAAAA`, importance: '1', frequency: '1' },
      hx,
    );
    expect(forged.status).toBe(409);
    expect(w.db.select().from(ratingAnswers).get()).toMatchObject({ importance: 7 });
  });
});

describe('links that do not work', () => {
  it('gives unknown, malformed and revoked links the same page that names no study or round', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating', title: 'Geheime rondetitel' });
    await w.agent.post(`/studies/${w.studyId}/panel/${anna!.id}/revoke`);
    const a = panellistAgent(w.app);
    const bodies: string[] = [];
    for (const path of [`/p/${'A'.repeat(43)}`, '/p/kort', anna!.path, `${anna!.path}/r/${round.id}`]) {
      const res = await a.get(path);
      expect(res.status).toBe(404);
      bodies.push(
        (await res.text()).replace(/content="[^"]*"|value="[^"]*"|X-CSRF-Token&quot;:&quot;[^&]*/g, ''),
      );
    }
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).toContain('Deze link werkt niet');
    expect(bodies[0]).not.toContain('Teststudie');
    expect(bodies[0]).not.toContain('Geheime rondetitel');
    const item = roundItemsOf(w.db, round.id)[0]!;
    expect(
      (await a.post(`${anna!.path}/r/${round.id}/i/${item.id}`, { importance: '5', frequency: '3' }, hx))
        .status,
    ).toBe(404);
    expect(w.db.select().from(ratingAnswers).all()).toHaveLength(0);
  });
});

describe('snapshot', () => {
  it('shows the wording frozen at opening after the draft is edited', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'review' });
    editDraftItem(w.db, w.itemIds[0]!, 'De hulpverlener doet iets heel anders.');
    const html = await (await panellistAgent(w.app).get(`${anna!.path}/r/${round.id}`)).text();
    expect(html).toContain('De hulpverlener stelt zich voor aan de cliënt.');
    expect(html).not.toContain('iets heel anders');
    expect(roundItemsOf(w.db, round.id)[0]).toMatchObject({ refId: w.itemIds[0], refVersion: 1 });
  });
});

describe('review round', () => {
  it('stores a verdict in a review round that does not ask relevance (the default)', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'review' });
    const items = roundItemsOf(w.db, round.id);
    const a = panellistAgent(w.app);
    const html = await (await a.get(`${anna!.path}/r/${round.id}`)).text();
    expect(html).not.toContain('Hoe relevant is dit item?');
    const saved = await a.post(
      `${anna!.path}/r/${round.id}/i/${items[0]!.id}`,
      { seen: seenOf(html), verdict: 'keep', proposal: '', reason: '', comment: '' },
      hx,
    );
    expect(saved.status).toBe(200);
    expect(
      w.db
        .select()
        .from(reviewAnswers)
        .all()
        .map((r) => [r.verdict, r.relevance]),
    ).toEqual([['keep', null]]);
  });

  it('counts a panellist who proposes the same activity twice as one proposer', async () => {
    const w = await roundsWorld();
    const [anna, bram] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'review' });
    const [cluster] = roundClustersOf(w.db, round.id);
    const propose = (who: typeof anna, a: ReturnType<typeof panellistAgent>) =>
      a.post(`${who!.path}/r/${round.id}/c/${cluster!.id}/propose`, {
        text: 'De hulpverlener belt de huisarts.',
      });
    const a = panellistAgent(w.app);
    await propose(anna, a);
    await propose(anna, a);
    await propose(bram, panellistAgent(w.app));
    closeRound(w.db, round.id, w.userId);
    const page = await (await w.agent.get(`/studies/${w.studyId}/rounds/${round.id}/process`)).text();
    expect(page).toContain('voorgesteld door 2 panelleden');
  });

  it('stores keep / reformulate / remove with relevance and proposed activities, and lets the researcher process them', async () => {
    const w = await roundsWorld();
    const [anna, bram] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'review', askRelevance: true });
    const items = roundItemsOf(w.db, round.id);
    const clusters = roundClustersOf(w.db, round.id);
    const a = panellistAgent(w.app);
    const html = await (await a.get(`${anna!.path}/r/${round.id}`)).text();
    expect(html).toContain('Hoe relevant is dit item?');
    const base = `${anna!.path}/r/${round.id}`;
    await a.post(
      `${base}/i/${items[0]!.id}`,
      {
        verdict: 'reformulate',
        proposal: 'De hulpverlener stelt zich met naam en functie voor.',
        relevance: '4',
      },
      hx,
    );
    await a.post(
      `${base}/i/${items[1]!.id}`,
      { verdict: 'remove', reason: 'Dubbel met 1.1', relevance: '1' },
      hx,
    );
    const empty = await a.post(`${base}/c/${clusters[0]!.id}/propose`, { text: '  ' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Beschrijf de activiteit.');
    expect(
      (
        await a.post(`${base}/c/${clusters[0]!.id}/propose`, {
          text: 'De hulpverlener vraagt naar eerdere hulp.',
          phaseId: 'intake',
        })
      ).status,
    ).toBe(303);
    const b = panellistAgent(w.app);
    await b.post(`${bram!.path}/r/${round.id}/c/${clusters[1]!.id}/propose`, {
      text: 'De hulpverlener checkt de afspraken.',
    });
    expect(
      w.db
        .select()
        .from(reviewAnswers)
        .all()
        .map((r) => [r.verdict, r.relevance]),
    ).toEqual([
      ['reformulate', 4],
      ['remove', 1],
    ]);
    expect(w.db.select().from(proposedActivities).all()).toHaveLength(2);
    await w.agent.post(`/studies/${w.studyId}/rounds/${round.id}/close`);

    const [reword, removal] = w.db.select().from(reviewAnswers).all();
    const [p1, p2] = w.db.select().from(proposedActivities).all();
    const proc = `/studies/${w.studyId}/rounds/${round.id}`;
    expect(
      (
        await w.agent.post(`${proc}/suggestions/${reword!.id}/accept`, {
          text: 'De hulpverlener stelt zich met naam en functie voor.',
        })
      ).status,
    ).toBe(303);
    expect(
      (await w.agent.post(`${proc}/suggestions/${removal!.id}/reject`, { reason: 'Niet dubbel' })).status,
    ).toBe(303);
    expect(
      (
        await w.agent.post(`${proc}/proposals/${p1!.id}`, {
          action: 'new',
          text: 'De hulpverlener vraagt naar eerdere hulpverlening.',
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await w.agent.post(`${proc}/proposals/${p2!.id}`, {
          action: 'merge',
          itemId: String(w.itemIds[3]),
          text: '',
        })
      ).status,
    ).toBe(303);
    const page = await (await w.agent.get(`${proc}/process`)).text();
    expect(page).toContain('overgenomen');
    expect(page).toContain('afgewezen');
    expect(page).toContain('samengevoegd');
    const { itemVersions, items: draftItems } = await import('../../db/schema');
    const versions = w.db.select().from(itemVersions).where(eq(itemVersions.roundId, round.id)).all();
    expect(versions.map((v) => v.action).sort()).toEqual(['create', 'reword']);
    expect(w.db.select().from(draftItems).where(eq(draftItems.id, w.itemIds[0]!)).get()!.text).toBe(
      'De hulpverlener stelt zich met naam en functie voor.',
    );
    expect(roundItemsOf(w.db, round.id)[0]!.text).toBe('De hulpverlener stelt zich voor aan de cliënt.');
  });
});

describe('coverage round', () => {
  it('asks per cluster whether the grouping covers practice and what is missing', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'coverage' });
    const clusters = roundClustersOf(w.db, round.id);
    const a = panellistAgent(w.app);
    const html = await (await a.get(`${anna!.path}/r/${round.id}?c=2`)).text();
    expect(html).toContain('Dekt deze indeling dit aspect van de praktijk?');
    expect(html).toContain('De hulpverlener legt de afspraken vast in het dossier.');
    await a.post(
      `${anna!.path}/r/${round.id}/c/${clusters[1]!.id}`,
      { verdict: 'partly', missing: 'Evaluatie van afspraken' },
      hx,
    );
    expect(
      w.db
        .select()
        .from(coverageAnswers)
        .where(and(eq(coverageAnswers.panellistId, anna!.id)))
        .all(),
    ).toMatchObject([{ verdict: 'partly', missing: 'Evaluatie van afspraken' }]);
    const finish = await (await a.get(`${anna!.path}/r/${round.id}/finish`)).text();
    expect(finish).toContain('Nog niet beantwoord (1)');
    await w.agent.post(`/studies/${w.studyId}/rounds/${round.id}/close`);
    expect(
      (await a.post(`${anna!.path}/r/${round.id}/c/${clusters[0]!.id}`, { verdict: 'yes' }, hx)).status,
    ).toBe(409);
  });
});
