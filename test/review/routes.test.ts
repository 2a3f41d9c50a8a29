import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadEnv } from '../../src/env';
import {
  assignmentsOf,
  membersOf,
  reviewLinkToken,
  listReviewRounds,
} from '../../src/services/review/review';
import { scoresOf } from '../../src/services/review/scores';
import { addMember } from '../../db/studies/studies';
import { exportStudy } from '../../db/transfer/export';
import { importStudy } from '../../db/transfer/import';
import { Agent, signedIn, tempDb } from '../_setup';
import { PANEL_KEY, reviewFixture } from './_fixture';

async function setup(members = 'Anna\nBram\nCees') {
  const db = tempDb();
  const app = createApp({ db, config: loadEnv({}), panelKey: PANEL_KEY });
  const { agent, userId } = await signedIn(app, db);
  const fx = reviewFixture(db, userId);
  const base = `/studies/${fx.study.id}/reviews`;
  const res = await agent.post(base, {
    title: 'Voorjaar 2026',
    versionNumber: '1',
    startsOn: '2026-03-01',
    endsOn: '2026-04-01',
    sampleSize: '3',
    mode: 'rotating',
    reviewersPerPractitioner: '2',
    members,
  });
  expect(res.status).toBe(303);
  const round = listReviewRounds(db, fx.study.id)[0]!.round;
  const links = membersOf(db, round.id).map((m) => ({ m, path: `/t/${reviewLinkToken(PANEL_KEY, m)}` }));
  return { db, app, agent, fx, base, round, links, userId };
}

/** A reviewer adds a dossier and scores it through their link; returns the dossier page path. */
async function scoreDossier(
  app: ReturnType<typeof createApp>,
  path: string,
  practitionerId: number,
  code: string,
  scores: [number, string, string?][],
) {
  const phone = new Agent(app);
  await phone.get(path);
  const res = await phone.post(`${path}/dossiers`, { practitionerId: String(practitionerId), code });
  expect(res.status).toBe(303);
  const dossier = res.headers.get('location')!;
  for (const [itemId, score, note] of scores) {
    const r = await phone.post(
      `${dossier}/i/${itemId}`,
      { score, note: note ?? '' },
      { 'hx-request': 'true' },
    );
    expect(r.status).toBe(200);
  }
  return { phone, dossier };
}

describe('POST /studies/:id/reviews', () => {
  it('creates a round with a rotating group whose links open on a phone', async () => {
    const { app, links, fx } = await setup();
    const phone = new Agent(app);
    const res = await phone.get(links[0]!.path);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('T1');
    // T1 reviews T2 and T3 in a rotating group of three with two reviewers per dossier.
    expect(html).toContain('data-practitioner="T2"');
    expect(html).toContain('data-practitioner="T3"');
    expect(html).toContain('minstens 3 hulpverleners');
    expect(fx.study.id).toBeGreaterThan(0);
  });

  it('refuses a round on a draft version with 422, a clear message and the entered values kept', async () => {
    const db = tempDb();
    const app = createApp({ db, config: loadEnv({}), panelKey: PANEL_KEY });
    const { agent, userId } = await signedIn(app, db);
    const fx = reviewFixture(db, userId);
    const res = await agent.post(`/studies/${fx.study.id}/reviews`, {
      title: 'Op concept',
      versionNumber: '2',
      sampleSize: '3',
      mode: 'pairs',
      reviewersPerPractitioner: '1',
      members: 'Anna\nBram',
      startsOn: '',
      endsOn: '',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Toetsen kan alleen aan een vastgestelde versie');
    expect(html).toContain('value="Op concept"');
    expect(html).toContain('Anna\nBram');
    expect(listReviewRounds(db, fx.study.id)).toHaveLength(0);
  });

  it('re-renders with messages beside the fields when title and group are missing', async () => {
    const db = tempDb();
    const app = createApp({ db, config: loadEnv({}), panelKey: PANEL_KEY });
    const { agent, userId } = await signedIn(app, db);
    const fx = reviewFixture(db, userId);
    const res = await agent.post(`/studies/${fx.study.id}/reviews`, {
      title: '',
      versionNumber: '1',
      sampleSize: '3',
      mode: 'pairs',
      reviewersPerPractitioner: '1',
      members: 'Anna',
      startsOn: '',
      endsOn: '',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Geef de ronde een titel.');
    expect(html).toContain('Een toetsgroep heeft 2 tot 12 collega’s');
  });
});

describe('the reviewer link /t/:token', () => {
  it('autosaves a score and a note per criterion and shows activity, criterion, norm and levels', async () => {
    const { app, db, links, fx } = await setup();
    const t2 = links[1]!.m.id;
    const { phone, dossier } = await scoreDossier(app, links[0]!.path, t2, 'D-2026-014', [
      [fx.items[0]!.id, 'voldaan', 'Binnen drie dagen gebeld'],
    ]);
    const page = await (await phone.get(dossier)).text();
    expect(page).toContain('De hulpverlener neemt binnen vijf werkdagen contact op.');
    expect(page).toContain('Criterium bij:');
    expect(page).toContain('80');
    expect(page).toContain('voldoende');
    expect(page).toMatch(/value="voldaan" checked/);
    expect(page).toContain('Binnen drie dagen gebeld');
    expect(scoresOf(db, links[0]!.m.roundId)).toHaveLength(1);
  });

  it('refuses a dossier code that looks like a name, BSN or date of birth and keeps what was typed', async () => {
    const { app, links } = await setup();
    const phone = new Agent(app);
    await phone.get(links[0]!.path);
    for (const [code, message] of [
      ['Jan de Vries', 'lijkt op een naam'],
      ['123456782', 'lijkt op een BSN'],
      ['12-03-1987', 'lijkt op een geboortedatum'],
    ]) {
      const res = await phone.post(`${links[0]!.path}/dossiers`, {
        practitionerId: String(links[1]!.m.id),
        code: code!,
      });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain(`value="${code}"`);
    }
  });

  it('refuses a score outside the four values and an item outside the round with a clear message', async () => {
    const { app, db, links, fx } = await setup();
    const { phone, dossier } = await scoreDossier(app, links[0]!.path, links[1]!.m.id, 'D-1', []);
    const bad = await phone.post(
      `${dossier}/i/${fx.items[0]!.id}`,
      { score: 'goed' },
      { 'hx-request': 'true' },
    );
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Kies voldaan, deels, niet voldaan of n.v.t.');
    const unknown = await phone.post(`${dossier}/i/999999`, { score: 'voldaan' }, { 'hx-request': 'true' });
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain('hoort niet bij deze toetsingsronde');
    expect(scoresOf(db, links[0]!.m.roundId)).toHaveLength(0);
  });

  it('takes a dossier code typed in another case by the second reviewer as the same dossier', async () => {
    const { app, links } = await setup();
    // T2 and T3 both review T1 (rotating, two per dossier).
    const a = await scoreDossier(app, links[1]!.path, links[0]!.m.id, 'D-2026-7', []);
    const b = await scoreDossier(app, links[2]!.path, links[0]!.m.id, ' d-2026-7 ', []);
    expect(b.dossier.split('/d/')[1]).toBe(a.dossier.split('/d/')[1]);
  });

  it('does not let a reviewer open a dossier of someone they do not review', async () => {
    const { app, links } = await setup('Anna\nBram\nCees\nDirk');
    // Rotating with two reviewers in a group of four: T1 is reviewed by T2 and T3, not by T4.
    const { dossier } = await scoreDossier(app, links[2]!.path, links[0]!.m.id, 'D-9', []);
    const outsider = new Agent(app);
    const res = await outsider.get(dossier.replace(links[2]!.path, links[3]!.path));
    expect(res.status).toBe(404);
  });

  it('refuses scores after the facilitator closed the round, and keeps the earlier ones', async () => {
    const { app, agent, base, db, links, fx, round } = await setup();
    const { phone, dossier } = await scoreDossier(app, links[0]!.path, links[1]!.m.id, 'D-5', [
      [fx.items[0]!.id, 'deels'],
    ]);
    expect((await agent.post(`${base}/${round.id}/close`)).status).toBe(303);
    const res = await phone.post(
      `${dossier}/i/${fx.items[0]!.id}`,
      { score: 'voldaan' },
      { 'hx-request': 'true' },
    );
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Deze ronde is gesloten');
    expect(scoresOf(db, round.id).map((s) => s.score)).toEqual(['deels']);
  });

  it('speaks the study’s language: English scores and privacy text for an English study', async () => {
    const db = tempDb();
    const app = createApp({ db, config: loadEnv({}), panelKey: PANEL_KEY });
    const { agent, userId } = await signedIn(app, db);
    const fx = reviewFixture(db, userId, { lang: 'en' });
    await agent.post(`/studies/${fx.study.id}/reviews`, {
      title: 'Spring',
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
    const { phone, dossier } = await scoreDossier(
      app,
      `/t/${reviewLinkToken(PANEL_KEY, a!)}`,
      b!.id,
      'D-1',
      [],
    );
    const page = await (await phone.get(dossier)).text();
    expect(page).toContain('not met');
    expect(page).toContain('n/a');
    const home = await (await phone.get(`/t/${reviewLinkToken(PANEL_KEY, a!)}`)).text();
    expect(home).toContain('at least 3 practitioners');
  });

  it('gives each colleague’s code field on the reviewer’s page its own id, which the error summary links to', async () => {
    const { app, links } = await setup();
    const phone = new Agent(app);
    const page = await (await phone.get(links[0]!.path)).text();
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const t3 = links[2]!.m.id;
    const res = await phone.post(`${links[0]!.path}/dossiers`, {
      practitionerId: String(t3),
      code: 'Jan Jansen',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(`href="#f-code-${t3}"`);
    expect(html).toContain(`id="f-code-${t3}"`);
    const { dossier } = await scoreDossier(app, links[0]!.path, t3, 'D-3', []);
    const form = await (await phone.get(dossier)).text();
    const formIds = [...form.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(formIds.filter((id, i) => formIds.indexOf(id) !== i)).toEqual([]);
  });

  it('answers an unknown link with the same not-valid page', async () => {
    const { app } = await setup();
    const res = await new Agent(app).get(`/t/${'x'.repeat(43)}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Link niet geldig');
  });

  it('gives the group of an imported round no working links and shows none on the facilitator page', async () => {
    const { app, agent, db, fx, links, userId } = await setup();
    const copy = importStudy(db, userId, exportStudy(db, fx.study.id)!);
    const round = listReviewRounds(db, copy.id)[0]!.round;
    const html = await (await agent.get(`/studies/${copy.id}/reviews/${round.id}`)).text();
    const start = html.indexOf('id="members"');
    const members = html.slice(start, html.indexOf('</table>', start));
    expect(members).toContain('T1');
    expect(members).not.toContain('/t/');
    for (const m of membersOf(db, round.id)) {
      const res = await new Agent(app).get(`/t/${reviewLinkToken(PANEL_KEY, m)}`);
      expect(res.status).toBe(404);
    }
    // the original round's links still work
    expect((await new Agent(app).get(links[0]!.path)).status).toBe(200);
  });
});

const section = (html: string, id: string, next: string) =>
  html.slice(html.indexOf(`id="${id}"`), html.indexOf(`id="${next}"`));
const itemRow = (html: string, number: string) => {
  const at = html.indexOf(`data-item="${number}"`);
  return at < 0 ? '' : html.slice(at, html.indexOf('</tr>', at));
};

describe('who sees what (safe to learn from)', () => {
  it('shows a practitioner their own results and the group its results, and the overview only aggregates over ≥ 3', async () => {
    const { app, agent, base, links, fx, round } = await setup();
    const [t1, t2, t3] = links;
    const i1 = fx.items[0]!.id;
    // T2's dossier: not met (scored by T3); T3's dossier: met (scored by T1).
    await scoreDossier(app, t3!.path, t2!.m.id, 'D-20', [[i1, 'niet', 'Contact pas na drie weken']]);
    await scoreDossier(app, t1!.path, t3!.m.id, 'D-30', [[i1, 'voldaan']]);

    const phone = new Agent(app);
    const home = await (await phone.get(t2!.path)).text();
    expect(itemRow(section(home, 'own-results', 'group-results'), '1.1')).toContain('0%');
    expect(itemRow(section(home, 'group-results', 'zzz'), '1.1')).toContain('50%');

    // Two practitioners reviewed: nothing above the group.
    const few = await (await agent.get(`${base}/overview`)).text();
    expect(few).toContain('Te weinig hulpverleners');
    expect(few).not.toContain('data-item="1.1"');

    await scoreDossier(app, t2!.path, t1!.m.id, 'D-10', [[i1, 'deels']]);
    const overview = await (await agent.get(`${base}/overview`)).text();
    expect(itemRow(overview, '1.1')).toContain('50%');
    // Never a person: no names, no pseudonyms of the group, no notes.
    // The page's own content, without the random CSRF token (which can contain "T1").
    const content = overview.slice(overview.indexOf('<main')).replace(/name="_csrf" value="[^"]*"/g, '');
    for (const who of ['Anna', 'Bram', 'Cees', 'T1', 'T2', 'T3', 'drie weken'])
      expect(content).not.toMatch(new RegExp(`\\b${who}\\b`));
    // Item 1.2 was applicable for nobody: empty, not a figure from fewer than three people.
    expect(itemRow(overview, '1.2')).not.toMatch(/\d+%<\/text>/);
    expect(round.id).toBeGreaterThan(0);
  });

  it('leaves a cluster empty in the overview when fewer than three practitioners had it applicable', async () => {
    const { app, agent, base, links, fx } = await setup();
    const [t1, t2, t3] = links;
    const [i1, , i3] = fx.items.map((x) => x.id);
    // Item 1 (cluster 1) for all three; item 3, the only item of cluster 2, for T2 alone: not met.
    await scoreDossier(app, t1!.path, t2!.m.id, 'D-20', [
      [i1!, 'voldaan'],
      [i3!, 'niet'],
    ]);
    await scoreDossier(app, t2!.path, t3!.m.id, 'D-30', [
      [i1!, 'voldaan'],
      [i3!, 'nvt'],
    ]);
    await scoreDossier(app, t3!.path, t1!.m.id, 'D-10', [[i1!, 'deels']]);
    const overview = await (await agent.get(`${base}/overview`)).text();
    const row = (n: string) => {
      const at = overview.indexOf(`data-cluster="${n}"`);
      return overview.slice(at, overview.indexOf('</tr>', at));
    };
    expect(row('1')).toContain('83%');
    expect(row('2')).toContain('Afspraken');
    expect(row('2')).not.toMatch(/\d+%/);
  });

  it('shows a viewer of the study (team, management) the round with pseudonyms and aggregates only', async () => {
    const { app, db, agent, base, links, fx, round } = await setup();
    const [t1, t2] = links;
    const i1 = fx.items[0]!.id;
    // Two practitioners reviewed: the group sees its results, anyone above the group nothing.
    await scoreDossier(app, t1!.path, t2!.m.id, 'D-20', [[i1, 'niet', 'Contact pas na drie weken']]);
    await scoreDossier(app, t2!.path, t1!.m.id, 'D-10', [[i1, 'voldaan']]);
    expect(itemRow(await (await agent.get(`${base}/${round.id}`)).text(), '1.1')).toContain('50%');

    const viewer = await signedIn(app, db, 'Teamleider');
    addMember(db, fx.study.id, viewer.userId, 'viewer');
    const res = await viewer.agent.get(`${base}/${round.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const content = html.slice(html.indexOf('<main')).replace(/name="_csrf" value="[^"]*"/g, '');
    expect(content).toContain('T1');
    for (const secret of ['Anna', 'Bram', 'Cees', '/t/', 'drie weken']) expect(content).not.toContain(secret);
    expect(itemRow(content, '1.1')).not.toMatch(/\d+%/);
    expect(content).toContain('Te weinig hulpverleners');
    for (const f of ['html', 'pdf', 'docx', 'md'])
      expect((await viewer.agent.get(`${base}/${round.id}/report.${f}`)).status).toBe(403);
  });

  it('keeps the facilitator page to group results and counts, without compliance per practitioner', async () => {
    const { app, agent, base, links, fx, round } = await setup();
    await scoreDossier(app, links[0]!.path, links[1]!.m.id, 'D-1', [[fx.items[0]!.id, 'niet']]);
    const html = await (await agent.get(`${base}/${round.id}`)).text();
    const start = html.indexOf('id="members"');
    const members = html.slice(start, html.indexOf('</table>', start));
    expect(members).toContain('Anna');
    expect(members).not.toMatch(/\d+%/);
    expect(itemRow(html, '1.1')).toContain('0%');
  });
});

describe('paper forms, improvement plan and report', () => {
  it('enters a paper form for a dossier and refuses an unknown item, keeping the entered values', async () => {
    const { agent, db, base, links, fx, round } = await setup();
    const [t1, t2] = links;
    const bad = await agent.post(`${base}/${round.id}/paper`, {
      reviewerId: String(t1!.m.id),
      practitionerId: String(t2!.m.id),
      code: 'P-7',
      [`score_${fx.items[0]!.id}`]: 'deels',
      score_999999: 'voldaan',
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('hoort niet bij deze toetsingsronde');
    expect(html).toContain('value="P-7"');
    expect(scoresOf(db, round.id)).toHaveLength(0);

    const ok = await agent.post(`${base}/${round.id}/paper`, {
      reviewerId: String(t1!.m.id),
      practitionerId: String(t2!.m.id),
      code: 'P-7',
      [`score_${fx.items[0]!.id}`]: 'deels',
      [`score_${fx.items[1]!.id}`]: 'nvt',
      [`note_${fx.items[1]!.id}`]: 'Geen gesprek opgenomen',
    });
    expect(ok.status).toBe(303);
    expect(scoresOf(db, round.id).map((s) => s.score)).toEqual(['deels', 'nvt']);
  });

  it('replaces the reviewer’s earlier scores of that dossier when a paper form is entered again, as the form says', async () => {
    const { agent, db, base, links, fx, round } = await setup();
    const form = (scores: Record<string, string>) =>
      agent.post(`${base}/${round.id}/paper`, {
        reviewerId: String(links[0]!.m.id),
        practitionerId: String(links[1]!.m.id),
        code: 'P-12',
        ...scores,
      });
    await form({ [`score_${fx.items[0]!.id}`]: 'niet', [`score_${fx.items[1]!.id}`]: 'deels' });
    // Corrected: item 1 voldaan, item 2 left empty on the form.
    expect((await form({ [`score_${fx.items[0]!.id}`]: 'voldaan' })).status).toBe(303);
    expect(scoresOf(db, round.id).map((s) => [s.itemId, s.score])).toEqual([[fx.items[0]!.id, 'voldaan']]);
  });

  it('refuses a paper form with a score outside the four values, keeping every entered value', async () => {
    const { agent, db, base, links, fx, round } = await setup();
    const res = await agent.post(`${base}/${round.id}/paper`, {
      reviewerId: String(links[0]!.m.id),
      practitionerId: String(links[1]!.m.id),
      code: 'P-11',
      [`score_${fx.items[0]!.id}`]: 'goed',
      [`score_${fx.items[1]!.id}`]: 'deels',
      [`note_${fx.items[1]!.id}`]: 'Deels besproken',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(
      `id="f-score_${fx.items[0]!.id}-error">Kies voldaan, deels, niet voldaan of n.v.t.`,
    );
    expect(html).toContain('value="P-11"');
    expect(html).toMatch(/value="deels" selected/);
    expect(html).toContain('value="Deels besproken"');
    expect(scoresOf(db, round.id)).toHaveLength(0);
  });

  it('refuses a paper form with a dossier code that looks like a date of birth', async () => {
    const { agent, base, links, round } = await setup();
    const res = await agent.post(`${base}/${round.id}/paper`, {
      reviewerId: String(links[0]!.m.id),
      practitionerId: String(links[1]!.m.id),
      code: '03-05-1990',
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('lijkt op een geboortedatum');
  });

  it('adds an action to the improvement plan and follows it up in the next round', async () => {
    const { agent, base, round } = await setup();
    const missing = await agent.post(`${base}/${round.id}/actions`, {
      itemLineage: 'i-1',
      action: '',
      owner: '',
      dueOn: 'morgen',
    });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('Beschrijf de actie.');
    const res = await agent.post(`${base}/${round.id}/actions`, {
      itemLineage: 'i-1',
      action: 'Terugbelafspraak in het intakeprotocol',
      owner: 'Teamleider',
      dueOn: '2026-06-01',
    });
    expect(res.status).toBe(303);
    const next = await agent.post(base, {
      title: 'Najaar 2026',
      versionNumber: '1',
      sampleSize: '3',
      mode: 'pairs',
      reviewersPerPractitioner: '1',
      members: 'Anna\nBram',
      startsOn: '',
      endsOn: '',
    });
    const nextPage = next.headers.get('location')!;
    const html = await (await agent.get(nextPage)).text();
    expect(html).toContain('Acties uit eerdere rondes');
    expect(html).toContain('Terugbelafspraak in het intakeprotocol');
  });

  it('re-renders a follow-up over 2,000 characters with 422 beside that action, the typed text kept', async () => {
    const { agent, base, round } = await setup();
    for (const action of ['Terugbelafspraak vastleggen', 'Sjabloon aanpassen'])
      await agent.post(`${base}/${round.id}/actions`, {
        itemLineage: '',
        action,
        owner: 'Teamleider',
        dueOn: '2026-06-01',
      });
    const next = await agent.post(base, {
      title: 'Najaar',
      versionNumber: '1',
      sampleSize: '3',
      mode: 'pairs',
      reviewersPerPractitioner: '1',
      members: 'Anna\nBram',
      startsOn: '',
      endsOn: '',
    });
    const nextPage = next.headers.get('location')!;
    const page = await (await agent.get(nextPage)).text();
    // Each earlier action has its own labelled fields: no id twice on the page.
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const actionId = /action="[^"]*\/actions\/(\d+)"/.exec(
      page.slice(page.indexOf('Sjabloon aanpassen') - 400),
    )![1];
    const long = 'Besproken in het team. '.repeat(100).trim();
    const res = await agent.post(`${nextPage}/actions/${actionId}`, { status: 'done', followUp: long });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(`id="f-followUp-${actionId}-error">Dit is te lang: maximaal 2.000 tekens.`);
    expect(html).toContain(`value="${long}"`);
  });

  it('names the item of an earlier action also when the next round reviews other clusters', async () => {
    const { app, db, fx, agent, base, round } = await setup();
    await agent.post(`${base}/${round.id}/actions`, {
      itemLineage: 'i-1',
      action: 'Terugbelafspraak in het intakeprotocol',
      owner: 'Teamleider',
      dueOn: '2026-06-01',
    });
    const next = await agent.post(base, {
      title: 'Alleen afspraken',
      versionNumber: '1',
      clusterNumbers: '2',
      sampleSize: '3',
      mode: 'pairs',
      reviewersPerPractitioner: '1',
      members: 'Anna\nBram',
      startsOn: '',
      endsOn: '',
    });
    expect(next.status).toBe(303);
    const nextPage = next.headers.get('location')!;
    const html = await (await agent.get(nextPage)).text();
    const earlier = html.slice(html.indexOf('Acties uit eerdere rondes'), html.indexOf('id="new-action"'));
    expect(earlier).toContain('1.1 De hulpverlener neemt binnen vijf werkdagen contact op.');
    const md = await (await agent.get(`${nextPage}/report.md`)).text();
    expect(md).toContain('1.1 De hulpverlener neemt binnen vijf werkdagen contact op.');

    // A viewer reads the follow-up; no form they could not send.
    const viewer = await signedIn(app, db, 'Teamleider');
    addMember(db, fx.study.id, viewer.userId, 'viewer');
    const seen = await (await viewer.agent.get(nextPage)).text();
    const part = seen.slice(seen.indexOf('Acties uit eerdere rondes'));
    expect(part).toContain('Terugbelafspraak in het intakeprotocol');
    expect(part).toContain('Stand: open');
    expect(part).not.toContain('/actions/');
  });

  it('shows in the next round’s report an earlier round of fewer than three practitioners without its figure', async () => {
    const { app, agent, db, base, links, fx, round } = await setup();
    // Round 1: only T2's dossier was reviewed — its total is one person's compliance.
    await scoreDossier(app, links[0]!.path, links[1]!.m.id, 'D-1', [[fx.items[0]!.id, 'deels']]);
    const next = await agent.post(base, {
      title: 'Najaar',
      versionNumber: '1',
      sampleSize: '3',
      mode: 'rotating',
      reviewersPerPractitioner: '1',
      members: 'Anna\nBram\nCees',
      startsOn: '',
      endsOn: '',
    });
    const round2 = listReviewRounds(db, fx.study.id).find((r) => r.round.id !== round.id)!.round;
    const m2 = membersOf(db, round2.id);
    const link = (i: number) => `/t/${reviewLinkToken(PANEL_KEY, m2[i]!)}`;
    // Round 2: every colleague's dossier scored voldaan by their reviewer.
    for (const a of assignmentsOf(db, round2.id)) {
      const r = m2.findIndex((m) => m.id === a.reviewerId);
      await scoreDossier(app, link(r), a.practitionerId, `D-${r}`, [[fx.items[0]!.id, 'voldaan']]);
    }
    const md = await (await agent.get(`${next.headers.get('location')}/report.md`)).text();
    const trend = md.slice(md.lastIndexOf('| ---'));
    expect(trend).toMatch(/\| 2 \| 1 \| 3 \| 100% \|/);
    expect(trend).not.toContain('50%');
    expect(trend).toMatch(/\| 1 \| 1 \| — \| — \|/);
  });

  it('exports the report as HTML, PDF, DOCX and Markdown', async () => {
    const { app, agent, base, links, fx, round } = await setup();
    await scoreDossier(app, links[0]!.path, links[1]!.m.id, 'D-1', [
      [fx.items[0]!.id, 'niet', 'Geen contact binnen termijn'],
      [fx.items[1]!.id, 'voldaan'],
    ]);
    const html = await agent.get(`${base}/${round.id}/report.html`);
    expect(html.headers.get('content-type')).toContain('text/html');
    const text = await html.text();
    expect(text).toContain('Items onder de norm');
    expect(text).toContain('Geen contact binnen termijn');
    const md = await (await agent.get(`${base}/${round.id}/report.md`)).text();
    expect(md).toContain('Overeenstemming tussen toetsers');
    const pdf = Buffer.from(await (await agent.get(`${base}/${round.id}/report.pdf`)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = Buffer.from(await (await agent.get(`${base}/${round.id}/report.docx`)).arrayBuffer());
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('text over its limit is refused, never cut off', () => {
  it('refuses a paper-form note over 2,000 characters with 422 beside the note, keeping what was typed', async () => {
    const { agent, db, base, links, fx, round } = await setup();
    const long = 'Toelichting bij het dossier. '.repeat(70).trim();
    expect(long.length).toBeGreaterThan(2000);
    const res = await agent.post(`${base}/${round.id}/paper`, {
      reviewerId: String(links[0]!.m.id),
      practitionerId: String(links[1]!.m.id),
      code: 'P-8',
      [`score_${fx.items[0]!.id}`]: 'voldaan',
      [`note_${fx.items[0]!.id}`]: long,
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(`id="f-note_${fx.items[0]!.id}-error">Dit is te lang: maximaal 2.000 tekens.`);
    expect(html).toContain(`value="${long}"`);
    expect(scoresOf(db, round.id)).toHaveLength(0);
  });

  it('stores a paper-form note of exactly 2,000 characters whole', async () => {
    const { agent, db, base, links, fx, round } = await setup();
    const res = await agent.post(`${base}/${round.id}/paper`, {
      reviewerId: String(links[0]!.m.id),
      practitionerId: String(links[1]!.m.id),
      code: 'P-9',
      [`score_${fx.items[0]!.id}`]: 'deels',
      [`note_${fx.items[0]!.id}`]: 'n'.repeat(2000),
    });
    expect(res.status).toBe(303);
    expect(scoresOf(db, round.id)[0]!.note).toHaveLength(2000);
  });

  it('refuses a review group with a name over 120 characters instead of cutting the name off', async () => {
    const db = tempDb();
    const app = createApp({ db, config: loadEnv({}), panelKey: PANEL_KEY });
    const { agent, userId } = await signedIn(app, db);
    const fx = reviewFixture(db, userId);
    const longName = 'Anna '.repeat(30).trim();
    const res = await agent.post(`/studies/${fx.study.id}/reviews`, {
      title: 'Najaar',
      versionNumber: '1',
      sampleSize: '3',
      mode: 'pairs',
      reviewersPerPractitioner: '1',
      members: `${longName}\nBram`,
      startsOn: '',
      endsOn: '',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Een naam is te lang: maximaal 120 tekens per regel.');
    expect(html).toContain(longName);
    expect(listReviewRounds(db, fx.study.id)).toHaveLength(0);
  });
});
