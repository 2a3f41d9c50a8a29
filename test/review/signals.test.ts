import { describe, expect, it } from 'vitest';
import { listReviewRounds, membersOf, reviewLinkToken } from '../../src/services/review/review';
import { findDraftVersion } from '../../db/standard/standard';
import { addMember } from '../../db/studies/studies';
import { createApp } from '../../src/app';
import { loadEnv } from '../../src/env';
import { Agent, signedIn, tempDb } from '../_setup';
import { PANEL_KEY, reviewFixture } from './_fixture';

describe('GET /studies/:id/standard/versions/:n after a review round', () => {
  it('shows per item what the reviews say and starts a new draft version from there', async () => {
    const db = tempDb();
    const app = createApp({ db, config: loadEnv({}), panelKey: PANEL_KEY });
    const { agent, userId } = await signedIn(app, db);
    const fx = reviewFixture(db, userId, { draft: false });
    await agent.post(`/studies/${fx.study.id}/reviews`, {
      title: 'Ronde',
      versionNumber: '1',
      sampleSize: '3',
      mode: 'pairs',
      reviewersPerPractitioner: '1',
      members: 'Anna\nBram',
      startsOn: '',
      endsOn: '',
    });
    const round = listReviewRounds(db, fx.study.id)[0]!.round;
    const [a, b] = membersOf(db, round.id);
    const phone = new Agent(app);
    const path = `/t/${reviewLinkToken(PANEL_KEY, a!)}`;
    await phone.get(path);
    for (const code of ['D-1', 'D-2']) {
      const d = (await phone.post(`${path}/dossiers`, { practitionerId: String(b!.id), code })).headers.get(
        'location',
      )!;
      await phone.post(`${d}/i/${fx.items[0]!.id}`, { score: 'niet' }, { 'hx-request': 'true' });
      await phone.post(`${d}/i/${fx.items[2]!.id}`, { score: 'nvt' }, { 'hx-request': 'true' });
    }
    const page = await (await agent.get(`/studies/${fx.study.id}/standard/versions/1`)).text();
    expect(page).toContain('Wat de toetsing zegt');
    const row = (n: string) =>
      page.slice(page.indexOf(`data-item="${n}"`), page.indexOf('</tr>', page.indexOf(`data-item="${n}"`)));
    expect(row('1.1')).toContain('ver onder de norm');
    expect(row('2.1')).toContain('vaak n.v.t.');
    expect(page).toContain('Nieuwe conceptversie starten');

    // A viewer looks from above the group: one practitioner's figures stay out of the version page.
    const viewer = await signedIn(app, db, 'Teamleider');
    addMember(db, fx.study.id, viewer.userId, 'viewer');
    const seen = await (await viewer.agent.get(`/studies/${fx.study.id}/standard/versions/1`)).text();
    const seenRow = seen.slice(
      seen.indexOf('data-item="1.1"'),
      seen.indexOf('</tr>', seen.indexOf('data-item="1.1"')),
    );
    expect(seenRow).toContain('1.1');
    expect(seenRow).not.toMatch(/\d+%/);
    expect(seenRow).not.toContain('ver onder de norm');
    expect(seen).toContain('minstens 3');
    const copy = await agent.post(`/studies/${fx.study.id}/standard/versions/1/copy`);
    expect(copy.status).toBe(303);
    expect(findDraftVersion(db, fx.study.id)?.number).toBe(2);
  });
});
