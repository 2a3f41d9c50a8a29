import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import type { Db } from '../../db/client';
import { findCase, listCases } from '../../db/cases/cases';
import { createStudyVia, signedIn, testApp } from '../_setup';

const meta = { title: 'Schulden', sourceType: 'verslag', practitioner: 'MW-01', caseDate: '' };
const TEXT = 'Mevrouw Jansen belde op 06-12345678. Ze werkt bij Bakkerij De Gouden Korst in Zwolle.';

const storedText = (db: Db, id: number) => findCase(db, id, listCases(db, id)[0]!.id)!.text;

async function setup() {
  const { app, db } = testApp();
  const { agent } = await signedIn(app, db);
  const id = await createStudyVia(agent, { knownNames: 'Pietje Puk' });
  return { db, agent, id };
}

async function previewOf(agent: Awaited<ReturnType<typeof setup>>['agent'], id: number, text: string) {
  const fd = new FormData();
  for (const [k, v] of Object.entries({ ...meta, text })) fd.append(k, v);
  const html = await (await agent.post(`/studies/${id}/cases/preview`, fd)).text();
  return { html, shown: /name="shown" value="([^"]+)"/.exec(html)![1]! };
}

describe('POST /studies/:id/cases (pseudonymisation cannot be skipped)', () => {
  it('pseudonymises a post with the original and no keep fields instead of storing the raw text', async () => {
    const { db, agent, id } = await setup();
    const res = await agent.post(`/studies/${id}/cases`, { ...meta, original: TEXT });
    expect(res.status).toBe(303);
    const stored = storedText(db, id);
    expect(stored).not.toContain('Jansen');
    expect(stored).not.toContain('06-12345678');
  });

  it('ignores unticked proposals without a valid signature of the preview', async () => {
    const { db, agent, id } = await setup();
    await agent.post(`/studies/${id}/cases`, { ...meta, original: TEXT, keep: [], shown: 'vervalst' });
    const stored = storedText(db, id);
    expect(stored).not.toContain('Jansen');
    expect(stored).not.toContain('06-12345678');
  });

  it('does not honour a signature of another text', async () => {
    const { db, agent, id } = await setup();
    const { shown } = await previewOf(agent, id, 'Mevrouw Pieters belde.');
    await agent.post(`/studies/${id}/cases`, { ...meta, original: TEXT, shown });
    expect(storedText(db, id)).not.toContain('Jansen');
  });

  it('leaves out only what the researcher unticked on the signed preview', async () => {
    const { db, agent, id } = await setup();
    const { html, shown } = await previewOf(agent, id, TEXT);
    const keep = [...html.matchAll(/name="keep" value="(\d+)"/g)].map((m) => m[1]!);
    const phone = keep.find((i) => new RegExp(`value="${i}"[^>]*>\\s*<span><del class="pii">06`).test(html))!;
    expect(phone).toBeDefined();
    await agent.post(`/studies/${id}/cases`, {
      ...meta,
      original: TEXT,
      shown,
      keep: keep.filter((k) => k !== phone),
    });
    const stored = storedText(db, id);
    expect(stored).toContain('06-12345678');
    expect(stored).not.toContain('Jansen');
  });

  it('gives a replacement added in the preview the type the researcher chose', async () => {
    const { db, agent, id } = await setup();
    const { shown } = await previewOf(agent, id, TEXT);
    await agent.post(`/studies/${id}/cases`, {
      ...meta,
      original: TEXT,
      shown,
      extra: ['Bakkerij De Gouden Korst', 'Zwolle'],
      extraKind: ['organisation', 'place'],
    });
    const stored = storedText(db, id);
    expect(stored).toContain('bij [ORGANISATIE] in [PLAATS]');
  });

  it('pseudonymises the title and practitioner, and the audit log holds no name', async () => {
    const { db, agent, id } = await setup();
    await agent.post(`/studies/${id}/cases`, {
      ...meta,
      title: 'Casus van mevrouw Jansen',
      practitioner: 'Pietje Puk',
      original: TEXT,
    });
    const kase = findCase(db, id, listCases(db, id)[0]!.id)!;
    expect(kase.title).not.toContain('Jansen');
    expect(kase.practitioner).not.toContain('Pietje');
    await agent.post(`/studies/${id}/cases/${kase.id}/edit`, {
      title: 'Casus mevrouw Jansen bijgewerkt',
      sourceType: 'verslag',
      practitioner: 'Pietje Puk',
      text: kase.text,
    });
    await agent.post(`/studies/${id}/cases/${kase.id}/delete`);
    const log = JSON.stringify(listAudit(db, id));
    expect(log).toContain('case.create');
    expect(log).toContain('case.update');
    expect(log).toContain('case.delete');
    expect(log).not.toContain('Jansen');
    expect(log).not.toContain('Pietje');
    const exported = await (await agent.get(`/studies/${id}/transfer/export.json`)).text();
    expect(exported).not.toContain('Jansen');
  });

  it('gives a person in the title the placeholder the text gives them, and someone new the next number', async () => {
    const { db, agent, id } = await setup();
    await agent.post(`/studies/${id}/cases`, {
      ...meta,
      title: 'Casus mevrouw De Vries en mevrouw Fatima el Amrani',
      original: 'Mevrouw Fatima el Amrani meldde zich. Haar zoon Mohammed kwam mee.',
    });
    const kase = findCase(db, id, listCases(db, id)[0]!.id)!;
    expect(kase.text).toContain('Mevrouw [CLIËNT 1] meldde zich');
    expect(kase.text).toContain('[PERSOON 2]');
    expect(kase.title).toBe('Casus mevrouw [CLIËNT 3] en mevrouw [CLIËNT 1]');
  });
});

describe('replacements added by hand over their limit', () => {
  it('refuses an added replacement over 300 characters beside the field, keeping it as typed, and applies the others', async () => {
    const { agent, id } = await setup();
    const long = 'Bakkerij '.repeat(40).trim();
    const fd = new FormData();
    for (const [k, v] of Object.entries({ ...meta, original: TEXT })) fd.append(k, v);
    for (const [text, kind] of [
      ['Zwolle', 'place'],
      [long, 'organisation'],
    ]) {
      fd.append('extra', text!);
      fd.append('extraKind', kind!);
    }
    const res = await agent.post(`/studies/${id}/cases/preview`, fd);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('id="f-extra-1-error">Dit is te lang: maximaal 300 tekens.</p>');
    expect(html).toContain(`value="${long}"`);
    expect(html).toMatch(/<del class="pii">Zwolle<\/del><ins class="pii">\[PLAATS\]<\/ins>/);
  });

  it('does not save a case while an added replacement is over its limit', async () => {
    const { db, agent, id } = await setup();
    const res = await agent.post(`/studies/${id}/cases`, {
      ...meta,
      original: TEXT,
      extra: ['x'.repeat(301)],
      extraKind: ['other'],
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('maximaal 300 tekens');
    expect(listCases(db, id)).toHaveLength(0);
  });
});
