import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { findStudy } from '../../db/studies/studies';
import { createStudyVia, signedIn, testApp } from '../_setup';

describe('POST /studies', () => {
  it('creates a study with the default phases and scales, owned by its creator', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const id = await createStudyVia(agent, { title: 'AMW standaard' });
    const study = findStudy(db, id)!;
    expect(study.phases.map((p) => p.id)).toEqual(['intake', 'analyse', 'plan', 'uitvoering', 'afsluiting']);
    expect(study.importanceScale.max).toBe(9);
    expect(study.importanceScale.bands.map((b) => b.label)).toEqual([
      'niet belangrijk',
      'belangrijk',
      'essentieel',
    ]);
    expect(study.frequencyScale.anchors[4]).toBe('(bijna) altijd (>90%)');
    const team = await (await agent.get(`/studies/${id}/team`)).text();
    expect(team).toContain('eigenaar');
  });

  it('describes the scales on the overview without one-point ranges like "3–3"', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const id = await createStudyVia(agent, { title: 'AMW standaard' });
    const html = await (await agent.get(`/studies/${id}`)).text();
    expect(html).toContain('1–5 (1–2 zelden · 3 regelmatig · 4–5 vaak)');
  });

  it('re-renders the form with 422 and keeps the values when the title is empty', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const res = await agent.post('/studies', { title: '  ', description: 'Mijn beschrijving' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Geef de studie een titel.');
    expect(html).toContain('Mijn beschrijving');
  });

  it('keeps reordered and edited phases and refuses malformed ones', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const id = await createStudyVia(agent, {
      phases: 'analyse: verheldering\nintake: aanmelding',
      importanceScale: '1-5',
    });
    expect(findStudy(db, id)!.phases).toEqual([
      { id: 'analyse', label: 'verheldering' },
      { id: 'intake', label: 'aanmelding' },
    ]);
    expect(findStudy(db, id)!.importanceScale.max).toBe(5);
    const bad = await agent.post(`/studies/${id}/settings`, { title: 'T', phases: 'zonder dubbele punt' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('zonder dubbele punt');
  });
});

describe('study access', () => {
  it('hides a study from a researcher outside its team (403)', async () => {
    const { app, db } = testApp();
    const a = await signedIn(app, db, 'A');
    const b = await signedIn(app, db, 'B');
    const id = await createStudyVia(a.agent, { title: 'Geheim van A' });
    expect((await b.agent.get(`/studies/${id}`)).status).toBe(403);
    expect((await b.agent.get(`/studies/${id}/cases`)).status).toBe(403);
    expect(await (await b.agent.get('/studies')).text()).not.toContain('Geheim van A');
    expect((await b.agent.post(`/studies/${id}/settings`, { title: 'Overgenomen' })).status).toBe(403);
    expect(findStudy(db, id)!.title).toBe('Geheim van A');
  });

  it('lets a viewer read but not change anything, and an editor change content', async () => {
    const { app, db } = testApp();
    const owner = await signedIn(app, db, 'Eigenaar');
    const viewer = await signedIn(app, db, 'Lezer');
    const editor = await signedIn(app, db, 'Bewerker');
    const id = await createStudyVia(owner.agent);
    expect(
      (await owner.agent.post(`/studies/${id}/team`, { email: viewer.email, role: 'viewer' })).status,
    ).toBe(303);
    expect(
      (await owner.agent.post(`/studies/${id}/team`, { email: editor.email, role: 'editor' })).status,
    ).toBe(303);

    expect((await viewer.agent.get(`/studies/${id}`)).status).toBe(200);
    expect((await viewer.agent.post(`/studies/${id}/settings`, { title: 'Van lezer' })).status).toBe(403);
    expect(
      (
        await viewer.agent.post(`/studies/${id}/cases/preview`, {
          title: 'x',
          sourceType: 'verslag',
          text: 'tekst',
        })
      ).status,
    ).toBe(403);

    expect((await editor.agent.post(`/studies/${id}/settings`, { title: 'Van bewerker' })).status).toBe(303);
    expect(findStudy(db, id)!.title).toBe('Van bewerker');
    expect(
      (await editor.agent.post(`/studies/${id}/team`, { email: 'x@example.org', role: 'viewer' })).status,
    ).toBe(403);
  });

  it('tells the owner when the researcher to add does not exist', async () => {
    const { app, db } = testApp();
    const owner = await signedIn(app, db);
    const id = await createStudyVia(owner.agent);
    const res = await owner.agent.post(`/studies/${id}/team`, {
      email: 'niemand@example.org',
      role: 'editor',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Er is geen onderzoeker met dit e-mailadres.');
    // The summary takes the focus, so keyboard users land on the problem after the page comes back.
    expect(html).toMatch(/<div class="error-summary" role="alert" tabindex="-1" autofocus="">/);
  });

  it('archives a study out of the main list and back', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const id = await createStudyVia(agent, { title: 'Oude studie' });
    await agent.post(`/studies/${id}/archive`);
    expect(await (await agent.get('/studies')).text()).not.toContain('Oude studie');
    expect(await (await agent.get('/studies?archived=1')).text()).toContain('Oude studie');
    await agent.post(`/studies/${id}/unarchive`);
    expect(await (await agent.get('/studies')).text()).toContain('Oude studie');
  });
});

describe('audit log', () => {
  it('records who changed what with before and after, and shows it on the study', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db, 'Marieke');
    const id = await createStudyVia(agent, { title: 'Eerste titel' });
    await agent.post(`/studies/${id}/settings`, { title: 'Tweede titel' });
    const entries = listAudit(db, id);
    const update = entries.find((e) => e.action === 'study.update')!;
    expect(update.userName).toBe('Marieke');
    expect(update.before).toContain('Eerste titel');
    expect(update.after).toContain('Tweede titel');
    const html = await (await agent.get(`/studies/${id}/audit`)).text();
    expect(html).toContain('study.update');
    expect(html).toContain('Marieke');
  });
});

describe('audit log integrity', () => {
  it('cannot be edited or deleted, even directly in the database', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    await createStudyVia(agent);
    expect(() => db.$client.prepare('UPDATE audit_log SET summary = ?').run('weg')).toThrow(/append-only/);
    expect(() => db.$client.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});

describe('GET /studies/:id (overview)', () => {
  it('shows where the study stands at each stage of the method', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const id = await createStudyVia(agent);
    const html = await (await agent.get(`/studies/${id}`)).text();
    expect(html).toContain('0 casussen, gepseudonimiseerd opgeslagen.');
    expect(html).toContain('Nog geen concept.');
    expect(html).toContain('0 panelleden.');
    expect(html).toContain('Nog geen standaard.');
  });
});
