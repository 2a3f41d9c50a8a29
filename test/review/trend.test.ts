import { describe, expect, it } from 'vitest';
import { listReviewRounds, membersOf } from '../../src/services/review/review';
import { adoptVersion } from '../../db/standard/adoption';
import { loadVersionContent } from '../../db/standard/items';
import { createApp } from '../../src/app';
import { loadEnv } from '../../src/env';
import { signedIn, tempDb, type Agent } from '../_setup';
import { PANEL_KEY, reviewFixture } from './_fixture';

async function roundWithScores(
  agent: Agent,
  db: ReturnType<typeof tempDb>,
  studyId: number,
  version: number,
  score: string,
) {
  const base = `/studies/${studyId}/reviews`;
  const res = await agent.post(base, {
    title: `Ronde op versie ${version}`,
    versionNumber: String(version),
    sampleSize: '3',
    mode: 'rotating',
    reviewersPerPractitioner: '1',
    members: 'Anna\nBram\nCees',
    startsOn: '',
    endsOn: '',
  });
  expect(res.status).toBe(303);
  const round = listReviewRounds(db, studyId)[0]!.round;
  const members = membersOf(db, round.id);
  const { items } = loadVersionContent(db, round.versionId);
  const first = items.find((x) => x.lineage === 'i-1')!;
  for (let p = 0; p < 3; p++) {
    const paper = await agent.post(`${base}/${round.id}/paper`, {
      reviewerId: String(members[(p + 1) % 3]!.id),
      practitionerId: String(members[p]!.id),
      code: `D-${version}-${p}`,
      [`score_${first.id}`]: score,
    });
    expect(paper.status).toBe(303);
  }
}

describe('GET /studies/:id/reviews/overview', () => {
  it('follows an item over rounds on two standard versions by its lineage', async () => {
    const db = tempDb();
    const app = createApp({ db, config: loadEnv({}), panelKey: PANEL_KEY });
    const { agent, userId } = await signedIn(app, db);
    const fx = reviewFixture(db, userId);
    await roundWithScores(agent, db, fx.study.id, 1, 'niet');
    adoptVersion(db, fx.v2!.id, userId);
    await roundWithScores(agent, db, fx.study.id, 2, 'voldaan');
    const html = await (await agent.get(`/studies/${fx.study.id}/reviews/overview`)).text();
    const trend = html.slice(
      html.indexOf('id="trend"'),
      html.indexOf('</table>', html.indexOf('id="trend"')),
    );
    expect(trend).toContain('Ronde 1 (v1)');
    expect(trend).toContain('Ronde 2 (v2)');
    const row = trend.slice(
      trend.indexOf('1.1 De hulpverlener neemt'),
      trend.indexOf('</tr>', trend.indexOf('1.1 De hulpverlener neemt')),
    );
    expect(row).toMatch(/0%.*100%/s);
  });
});
