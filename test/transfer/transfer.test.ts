import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadHandbookRecords } from '../../src/services/standard/handbook-records';
import { panellists, rounds, standardItems, standardVersions, studies } from '../../db/schema';
import { exportStudy } from '../../db/transfer/export';
import { toHandbookInput } from '../../src/handbook-data';
import { parseStudyDocument, StudyDocumentSchema } from '../../src/transfer';
import { Agent, testApp } from '../_setup';
import { adoptedFixture } from '../handbook-data/_version';

async function setup() {
  const { app, db } = testApp();
  const f = await adoptedFixture(db);
  const agent = new Agent(app);
  await agent.post('/login', { email: f.user.email, password: 'geheim-wachtwoord' });
  return { app, db, f, agent };
}

const upload = (agent: Agent, text: string) => {
  const form = new FormData();
  form.set('file', new File([text], 'study.json', { type: 'application/json' }));
  return agent.post('/studies/import', form);
};

describe('study export and import', () => {
  it('exports the whole study as one JSON document that matches the versioned schema', async () => {
    const { agent, f } = await setup();
    const res = await agent.get(`/studies/${f.study.id}/transfer/export.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="maatstaf-study-\d+-.*\.json"$/,
    );
    const doc = StudyDocumentSchema.parse(await res.json());
    expect(doc.schemaVersion).toBe(2);
    expect(doc.cases).toHaveLength(3);
    expect(doc.rounds).toHaveLength(2);
    expect(doc.standardItems).toHaveLength(5);
  });

  it('exports panellists by pseudonym and group only, never names or e-mail addresses', async () => {
    const { agent, f } = await setup();
    const text = await (await agent.get(`/studies/${f.study.id}/transfer/export.json`)).text();
    expect(text).not.toContain('p0@example.org');
    expect(text).not.toContain('Naam 0');
    expect(JSON.parse(text).panellists[0]).toEqual({
      id: expect.any(Number),
      pseudonym: 'P001',
      stakeholderGroup: 'Hulpverleners',
    });
    const page = await (await agent.get(`/studies/${f.study.id}/transfer`)).text();
    expect(page).toContain('alleen geëxporteerd met hun pseudoniem en groep');
  });

  it('imports into a new study owned by the importer that gives the same handbook', async () => {
    const { agent, db, f } = await setup();
    const text = await (await agent.get(`/studies/${f.study.id}/transfer/export.json`)).text();
    const res = await upload(agent, text);
    expect(res.status).toBe(303);
    const newId = Number(/\/studies\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
    expect(newId).not.toBe(f.study.id);
    expect((await agent.get(`/studies/${newId}/standard/versions/1`)).status).toBe(200);
    const a = toHandbookInput(loadHandbookRecords(db, f.study.id, 1)!);
    const b = toHandbookInput(loadHandbookRecords(db, newId, 1)!);
    expect(b.clusters).toEqual(a.clusters);
    expect(b.method.rounds).toEqual(a.method.rounds);
    expect(b.method.overrides).toEqual(a.method.overrides);
    expect(b.method.dissent).toEqual(a.method.dissent);
    expect(b.appendix).toEqual(a.appendix);
    // the study is marked as imported; its adopted handbook keeps the title it was adopted under (frozen)
    expect(
      db
        .select()
        .from(studies)
        .all()
        .find((s) => s.id === newId)!.title,
    ).toBe('Procesmatige hulpverlening (geïmporteerd)');
    expect(b.study.title).toBe(a.study.title);
    // the adopted version is frozen again, by the database too
    const v = db
      .select()
      .from(standardVersions)
      .all()
      .filter((x) => x.studyId === newId);
    expect(v[0]!.status).toBe('adopted');
    expect(() => db.update(standardItems).set({ text: 'x' }).run()).toThrow(/frozen/);
    // panellists come without working links
    const p = db
      .select()
      .from(panellists)
      .all()
      .filter((x) => x.studyId === newId);
    expect(p.every((x) => x.revokedAt !== null && x.email === null && x.name === x.pseudonym)).toBe(true);
  });

  it('round-trips: exporting the imported study gives the same content', async () => {
    const { agent, db, f } = await setup();
    const first = exportStudy(db, f.study.id)!;
    const res = await upload(agent, JSON.stringify(first));
    const newId = Number(/\/studies\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
    const second = exportStudy(db, newId)!;
    const shape = (d: typeof first) => ({
      items: d.items.map((x) => x.text),
      ratings: d.ratingAnswers.map((a) => [a.importance, a.frequency, a.dissent]),
      decisions: d.decisions.map((x) => [x.computed, x.override, x.overrideReason]),
      criteria: d.standardItems.map((x) => [x.lineage, x.criterion, x.normPercentage, x.rubricLevels]),
      versions: d.standardVersions.map((v) => [v.number, v.status, v.adoptedAt]),
    });
    expect(shape(second)).toEqual(shape(first));
  });

  it('carries the privacy settings and each round’s grace period and invitation text', async () => {
    const { agent, db, f } = await setup();
    db.update(studies)
      .set({
        contact: 'onderzoek@example.org',
        ethicsRef: 'METC-9',
        retentionUntil: '2032-01-31',
        infoLetter: 'Brief',
      })
      .run();
    db.update(rounds).set({ graceHours: 12, invitationTemplate: 'Uitnodiging\n---\nBeste {naam}' }).run();
    const first = exportStudy(db, f.study.id)!;
    expect(first.study).toMatchObject({ contact: 'onderzoek@example.org', ethicsRef: 'METC-9' });
    expect(first.rounds.length).toBeGreaterThan(0);
    const res = await upload(agent, JSON.stringify(first));
    const newId = Number(/\/studies\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
    const second = exportStudy(db, newId)!;
    expect(second.study).toMatchObject({
      retentionUntil: '2032-01-31',
      infoLetter: 'Brief',
      ethicsRef: 'METC-9',
    });
    expect(second.rounds.map((r) => [r.graceHours, r.invitationTemplate])).toEqual(
      first.rounds.map(() => [12, 'Uitnodiging\n---\nBeste {naam}']),
    );
  });

  it('pseudonymises the cases of an imported file: title, practitioner and text', async () => {
    const { agent, db, f } = await setup();
    const doc = exportStudy(db, f.study.id)!;
    expect(doc.cases.length).toBeGreaterThan(0);
    doc.cases[0] = {
      ...doc.cases[0]!,
      title: 'Casus van mevrouw Jansen',
      practitioner: 'm.devries@example.nl',
      text: 'Mevrouw Jansen belde op 06-12345678 over haar schulden.',
    };
    const res = await upload(agent, JSON.stringify(doc));
    const newId = Number(/\/studies\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
    const stored = JSON.stringify(exportStudy(db, newId)!.cases);
    for (const raw of ['Jansen', '06-12345678', 'm.devries@example.nl']) expect(stored).not.toContain(raw);
    expect(stored).toContain('over haar schulden');
  });

  it('refuses bad files with 422 and a clear message, importing nothing', async () => {
    const { agent, db, f } = await setup();
    const before = db.select({ n: count() }).from(studies).get()!.n;
    const good = exportStudy(db, f.study.id)!;
    const cases: [string, string][] = [
      ['{ not json', 'geen geldige JSON'],
      ['{"format":"iets anders"}', 'Dit bestand is geen Maatstaf-export. Kies'],
      [JSON.stringify({ ...good, schemaVersion: 99 }), 'schemaversie'],
      [JSON.stringify({ ...good, cases: [{ title: 1 }] }), 'cases.0'],
      [
        JSON.stringify({ ...good, items: [...good.items, { ...good.items[0]!, id: 999, clusterId: 12345 }] }),
        'items.clusterId → 12345',
      ],
      // passes the schema and references, fails on a unique index half-way: the transaction must roll back
      [
        JSON.stringify({ ...good, participations: [...good.participations, good.participations[0]] }),
        'UNIQUE',
      ],
    ];
    for (const [text, message] of cases) {
      const res = await upload(agent, text);
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(message);
    }
    const empty = await agent.post('/studies/import', new FormData());
    expect(empty.status).toBe(422);
    expect(db.select({ n: count() }).from(studies).get()!.n).toBe(before);
  });

  it('validates the document with parseStudyDocument before anything is written', () => {
    expect(parseStudyDocument('[]')).toMatchObject({ ok: false, error: 'schema' });
  });
});
