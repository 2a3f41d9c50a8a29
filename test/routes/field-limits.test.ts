import { describe, expect, it } from 'vitest';
import { listPanellists } from '../../db/panel/panel';
import { roundItemsOf } from '../../db/rounds/rounds';
import { clusters, items, memberCheckResponses, ratingAnswers } from '../../db/schema';
import { addPanel, openedRound, panellistAgent, roundsWorld } from '../rounds/_fixture';

describe('maximum lengths of text fields, said beside the field', () => {
  it('refuses a 5 MB cluster label with 422 and stores nothing', async () => {
    const w = await roundsWorld();
    const before = w.db.select().from(clusters).all().length;
    const res = await w.agent.post(`/studies/${w.studyId}/draft/clusters`, { label: 'x'.repeat(5_000_000) });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Dit is te lang: maximaal 300 tekens.');
    expect(html.length).toBeLessThan(200_000);
    expect(w.db.select().from(clusters).all()).toHaveLength(before);
  });

  it('refuses renaming a cluster to a label over 300 characters', async () => {
    const w = await roundsWorld();
    const res = await w.agent.post(`/studies/${w.studyId}/draft/clusters/${w.clusterIds[0]}/rename`, {
      label: 'y'.repeat(301),
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('maximaal 300 tekens');
  });

  it('refuses an item text over 2,000 characters, on adding and on editing', async () => {
    const w = await roundsWorld();
    const count = w.db.select().from(items).all().length;
    const add = await w.agent.post(`/studies/${w.studyId}/draft/items`, {
      text: 'z'.repeat(2001),
      clusterId: '',
    });
    expect(add.status).toBe(422);
    expect(await add.text()).toContain('maximaal 2.000 tekens');
    expect(w.db.select().from(items).all()).toHaveLength(count);
    const edit = await w.agent.post(`/studies/${w.studyId}/draft/items/${w.itemIds[0]}`, {
      text: 'z'.repeat(2001),
      version: '1',
      clusterId: '',
      phaseId: '',
      reason: '',
    });
    expect(edit.status).toBe(422);
    expect(await edit.text()).toContain('maximaal 2.000 tekens');
  });

  it('refuses a panellist name over 300 characters beside the field instead of cutting it off', async () => {
    const w = await roundsWorld();
    const res = await w.agent.post(`/studies/${w.studyId}/panel`, { name: 'N'.repeat(400), email: '' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Dit is te lang: maximaal 300 tekens.');
    expect(listPanellists(w.db, w.studyId)).toHaveLength(0);
  });
});

describe('maximum lengths of a panellist’s answers', () => {
  it('refuses a comment over 2,000 characters with 422 and a message beside the item, instead of cutting it off', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const item = roundItemsOf(w.db, round.id)[0]!;
    const phone = panellistAgent(w.app);
    await phone.get(anna!.path);
    const url = `${anna!.path}/r/${round.id}/i/${item.id}`;
    const hx = { 'hx-request': 'true' };
    const long = await phone.post(url, { importance: '8', frequency: '4', comment: 'c'.repeat(2001) }, hx);
    expect(long.status).toBe(422);
    expect(await long.text()).toContain('maximaal 2.000 tekens');
    expect(w.db.select().from(ratingAnswers).all()).toHaveLength(0);
    const fits = await phone.post(url, { importance: '8', frequency: '4', comment: 'c'.repeat(2000) }, hx);
    expect(fits.status).toBe(200);
  });

  it('refuses a member-check comment over 4,000 characters with 422 beside the comment, keeping the text and choice', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'review' });
    const base = `/studies/${w.studyId}/rounds/${round.id}`;
    await w.agent.post(`${base}/close`);
    await w.agent.post(`${base}/member-check`, { summary: 'Het panel wil meer nadruk op afspraken.' });
    const phone = panellistAgent(w.app);
    const checkId = /\/m\/(\d+)/.exec(await (await phone.get(anna!.path)).text())![1];
    const long = 'Ik mis de evaluatie. '.repeat(200).trim();
    expect(long.length).toBeGreaterThan(4000);
    const res = await phone.post(`${anna!.path}/m/${checkId}`, { agrees: '0', comment: long });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(
      `<p class="error" id="mc-${checkId}-error">Dit is te lang: maximaal 4.000 tekens.</p>`,
    );
    expect(html).toMatch(new RegExp(`<textarea[^>]*aria-invalid="true"[^>]*>${long}</textarea>`));
    expect(html).toMatch(/<input type="radio" name="agrees" value="0" checked=""/);
    expect(w.db.select().from(memberCheckResponses).all()).toHaveLength(0);
    const fits = await phone.post(`${anna!.path}/m/${checkId}`, { agrees: '0', comment: 'c'.repeat(4000) });
    expect(fits.status).toBe(303);
    expect(w.db.select().from(memberCheckResponses).get()!.comment).toHaveLength(4000);
  });
});
