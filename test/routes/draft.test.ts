import { dictionaries } from '../../views/i18n';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { itemHistory, loadDraft } from '../../db/draft/draft';
import { createStudyVia, signedIn, testApp } from '../_setup';
import { activeItems, addCase, itemWith, proposedStudy } from '../draft/routes-helpers';

describe('proposing the draft from cases', () => {
  it('stores items with evidence, clusters and a first version for every item', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const d = loadDraft(db, id);
    expect(d.items.length).toBeGreaterThanOrEqual(5);
    expect(d.clusters.filter((c) => c.parentId === null).length).toBeGreaterThan(0);
    const called = itemWith(db, id, 'energieleverancier');
    expect(d.evidence.get(called.id)).toEqual({ links: 2, cases: 2 });
    for (const it of d.items) {
      const [v] = itemHistory(db, it.id);
      expect(v).toMatchObject({
        version: 1,
        action: 'create',
        reason: '',
        reasonCode: 'proposal',
        text: it.text,
      });
      // stored as data, rendered in the reader's language
      expect(dictionaries.nl.draft.versionReason(v!)).toBe('voorgesteld uit casussen');
      expect(dictionaries.en.draft.versionReason(v!)).toBe('proposed from the cases');
    }
    const html = await (await owner.agent.get(base)).text();
    expect(html).toContain(`<span class="item-text">${called.text}</span>`);
    expect(html).toMatch(/bewijs: 2× in 2 casussen/);
    expect(html).toMatch(/<span class="item-no">1\.1/);
    const evidenceCases = new Set(d.items.flatMap((i) => (d.evidence.get(i.id) ? [i.id] : [])));
    expect(evidenceCases.size).toBe(d.items.length);
  });

  it('uses the phases as clusters when the researcher chooses so', async () => {
    const { db, id } = await proposedStudy('phases');
    const labels = loadDraft(db, id)
      .clusters.filter((c) => c.parentId === null)
      .map((c) => c.label);
    expect(
      labels.some((l) =>
        [
          'aanmelding en kennismaking',
          'uitvoering en begeleiding',
          'hulpverleningsplan en afspraken',
          'probleemverheldering',
          'evaluatie en afsluiting',
        ].includes(l),
      ),
    ).toBe(true);
  });

  it('says so clearly when there are no cases, and when no case holds an activity', async () => {
    const { app, db } = testApp();
    const { agent, userId } = await signedIn(app, db);
    const id = await createStudyVia(agent);
    let res = await agent.post(`/studies/${id}/draft/propose`, { grouping: 'rubrics' });
    expect(res.status).toBe(303);
    let html = await (await agent.get(res.headers.get('location')!)).text();
    expect(html).toContain('Er zijn nog geen casussen om in te zoeken');
    addCase(db, id, userId, 'Leeg', '   ');
    addCase(db, id, userId, 'Cijfers', '12345 67890 ---');
    res = await agent.post(`/studies/${id}/draft/propose`, { grouping: 'rubrics' });
    html = await (await agent.get(res.headers.get('location')!)).text();
    expect(html).toContain('geen enkele activiteit');
    expect(html).toContain('In 2 casus(sen) is geen activiteit gevonden');
    expect(loadDraft(db, id).items).toHaveLength(0);
  });

  it('mentions an empty case beside the proposed items', async () => {
    const { app, db } = testApp();
    const { agent, userId } = await signedIn(app, db);
    const id = await createStudyVia(agent);
    addCase(db, id, userId, 'Echt', 'Ik heb de huisarts gebeld. Ik heb met mevrouw een plan gemaakt.');
    addCase(db, id, userId, 'Leeg', '');
    const res = await agent.post(`/studies/${id}/draft/propose`, { grouping: 'rubrics' });
    const html = await (await agent.get(res.headers.get('location')!)).text();
    expect(html).toContain('Concept voorgesteld');
    expect(html).toContain('In 1 casus(sen) is geen activiteit gevonden');
    // The notice counts clusters as the summary beneath it does, sub-aspects apart.
    const notice = /Concept voorgesteld: \d+ items in (\d+) clusters met \d+ deelaspecten/.exec(html);
    const summary = /\d+ items in (\d+) clusters?, uit/.exec(html);
    expect(notice?.[1]).toBeDefined();
    expect(notice?.[1]).toBe(summary?.[1]);
  });

  it('logs the proposal in the audit log and shows the Concept tab', async () => {
    const { db, id, owner, base } = await proposedStudy();
    expect(listAudit(db, id).map((a) => a.action)).toContain('draft.propose');
    const html = await (await owner.agent.get(base)).text();
    expect(html).toMatch(/<a href="\/studies\/\d+\/draft" aria-current="page">Concept<\/a>/);
  });
});

describe('viewers', () => {
  it('can read the draft but not change anything (403)', async () => {
    const { app, db, id, owner, base } = await proposedStudy();
    const viewer = await signedIn(app, db, 'Lezer');
    await owner.agent.post(`/studies/${id}/team`, { email: viewer.email, role: 'viewer' });
    const item = activeItems(db, id)[0]!;
    const page = await viewer.agent.get(base);
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain('/propose');
    const cluster = loadDraft(db, id).clusters[0]!;
    for (const [path, body] of [
      [`${base}/propose`, { grouping: 'rubrics' }],
      [`${base}/rerun`, {}],
      [`${base}/items/${item.id}`, { text: 'Van lezer', version: '1' }],
      [`${base}/items/${item.id}/delete`, { reason: 'x', version: '1' }],
      [`${base}/items`, { text: 'Nieuw' }],
      [`${base}/clusters/${cluster.id}/rename`, { label: 'Van lezer' }],
    ] as const) {
      expect((await viewer.agent.post(path, body)).status).toBe(403);
    }
    expect(activeItems(db, id).find((i) => i.id === item.id)!.text).toBe(item.text);
  });
});
