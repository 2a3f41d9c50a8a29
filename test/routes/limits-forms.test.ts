import { describe, expect, it } from 'vitest';
import { findProtocolRow } from '../../db/decisions/consensus';
import { findItem } from '../../db/draft/draft';
import { panellists } from '../../db/schema';
import { LIMITS } from '../../src/limits';
import { createStudyVia, signedIn, testApp } from '../_setup';
import { activeItems, proposedStudy } from '../draft/routes-helpers';
import { addPanel, roundsWorld } from '../rounds/_fixture';

const TOO_LONG = /Dit is te lang: maximaal ([\d.]+) tekens\./;
const limitIn = (html: string) => TOO_LONG.exec(html)?.[1];

describe('length limits on study, protocol and privacy forms', () => {
  it('refuses a study description over its limit with 422 beside the field, keeping the title typed', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const id = await createStudyVia(agent);
    const res = await agent.post(`/studies/${id}/settings`, {
      title: 'Nieuwe titel',
      description: 'd'.repeat(LIMITS.note + 1),
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="f-description-error">Dit is te lang: maximaal 10\.000 tekens\./);
    expect(html).toContain('value="Nieuwe titel"');
  });

  it('refuses a protocol change reason over its limit with 422 and saves no protocol', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const id = await createStudyVia(agent);
    const res = await agent.post(`/studies/${id}/protocol`, {
      preset: 'comet',
      decideOn: 'importance',
      countIncomplete: 'yes',
      maxRounds: '3',
      reason: 'r'.repeat(LIMITS.note + 1),
    });
    expect(res.status).toBe(422);
    expect(limitIn(await res.text())).toBe('10.000');
    expect(findProtocolRow(db, id)).toBeUndefined();
  });

  it('names the real limit of an erasure reason (not the 200 of the name field)', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const res = await w.agent.post(`/studies/${w.studyId}/panel/${anna!.id}/erase`, {
      answers: 'keep',
      reason: 'x'.repeat(2001),
    });
    expect(res.status).toBe(422);
    expect(limitIn(await res.text())).toBe('2.000');
    expect(
      w.db
        .select()
        .from(panellists)
        .all()
        .find((p) => p.id === anna!.id)!.name,
    ).toBeTruthy();
  });
});

describe('length limits on merging, splitting and deleting draft items', () => {
  it('refuses a merged wording over the item limit with 422 beside the wording, merging nothing', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const [a, b] = activeItems(db, id);
    const res = await owner.agent.post(`${base}/merge`, {
      ids: [String(a!.id), String(b!.id)],
      [`v-${a!.id}`]: '1',
      [`v-${b!.id}`]: '1',
      target: String(a!.id),
      text: 'w'.repeat(LIMITS.item + 1),
      reason: 'overlap',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="f-text-error">Dit is te lang: maximaal 2\.000 tekens\./);
    expect(html).toContain('value="overlap"');
    expect(findItem(db, id, b!.id)!.status).toBe('active');
  });

  it('refuses a split part over the item limit with 422, splitting nothing', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    const res = await owner.agent.post(`${base}/items/${item.id}/split`, {
      version: '1',
      part: ['Kort deel.', 'p'.repeat(LIMITS.item + 1)],
      reason: 'twee handelingen',
    });
    expect(res.status).toBe(422);
    expect(limitIn(await res.text())).toBe('2.000');
    expect(findItem(db, id, item.id)!.status).toBe('active');
  });

  it('refuses a deletion reason over its limit with 422 beside the reason, keeping the item', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    const res = await owner.agent.post(`${base}/items/${item.id}/delete`, {
      version: '1',
      reason: 'r'.repeat(LIMITS.note + 1),
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(/id="f-reason-error">\s*Dit is te lang/);
    expect(findItem(db, id, item.id)!.status).toBe('active');
  });
});
