import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { findCase, listCases } from '../../db/cases/cases';
import { Agent, createStudyVia, signedIn, testApp } from '../_setup';

const PII_TEXT = [
  'Mevrouw Jansen (geboren op 12 maart 1975) woont aan de Kerkstraat 12, 3511 AB Utrecht.',
  'Ik heb haar gebeld op 06-12345678 en gemaild naar m.jansen@example.nl.',
  'Haar BSN is 111222333 en haar rekening NL91ABNA0417164300.',
  'Ik heb met meneer Bakker afgesproken dat Jansen volgende week langskomt.',
].join('\n');

async function setup() {
  const { app, db } = testApp();
  const { agent } = await signedIn(app, db);
  const id = await createStudyVia(agent, { knownNames: 'Pietje Puk' });
  return { app, db, agent, id };
}

function form(
  fields: Record<string, string | string[]>,
  file?: { name: string; data: Uint8Array | string; type?: string },
) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
  if (file)
    fd.append(
      'file',
      new File([file.data as BlobPart], file.name, { type: file.type ?? 'application/octet-stream' }),
    );
  return fd;
}

const meta = {
  title: 'Schulden',
  sourceType: 'verslag',
  practitioner: 'MW-01',
  phaseTags: ['intake', 'plan'],
  caseDate: '2026-03-01',
};

async function saveDirect(
  agent: Agent,
  id: number,
  text: string,
  extra: Record<string, string | string[]> = {},
) {
  const preview = await agent.post(`/studies/${id}/cases/preview`, form({ ...meta, text }));
  const html = await preview.text();
  const keep = [...html.matchAll(/name="keep" value="(\d+)"/g)].map((m) => m[1]!);
  return agent.post(`/studies/${id}/cases`, { ...meta, original: text, keep, ...extra });
}

describe('adding a case', () => {
  it('shows in the preview that a name in the title will be replaced, and the title it will be stored as', async () => {
    const { agent, db, id } = await setup();
    const text = 'Mevrouw Jansen meldde zich aan. Ik heb met mevrouw Jansen een plan gemaakt.';
    const named = await (
      await agent.post(`/studies/${id}/cases/preview`, form({ ...meta, title: 'Casus Jansen', text }))
    ).text();
    expect(named).toContain(
      'Ook de titel wordt gepseudonimiseerd opgeslagen, als <strong>Casus [CLIËNT 1]</strong>',
    );
    const plain = await (await agent.post(`/studies/${id}/cases/preview`, form({ ...meta, text }))).text();
    expect(plain).not.toContain('Ook de titel wordt gepseudonimiseerd opgeslagen');
    const saved = await agent.post(`/studies/${id}/cases`, {
      ...meta,
      title: 'Casus Jansen',
      original: text,
      keep: ['0', '1'],
    });
    expect(saved.status).toBe(303);
    expect(listCases(db, id, {})[0]!.title).toBe('Casus [CLIËNT 1]');
  });

  it('shows the preview of a long text (rendered in the worker pool) and saves it with the proposals applied', async () => {
    const { agent, db, id } = await setup();
    const text = `${PII_TEXT}\n${'De hulpverlener voert een gesprek over de schulden. '.repeat(2_500)}`;
    expect(text.length).toBeGreaterThan(100_000);
    const res = await agent.post(`/studies/${id}/cases/preview`, form({ ...meta, text }));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<del class="pii">[^<]*06-12345678/);
    expect(html).toContain('<nav');
    const saved = await saveDirect(agent, id, text);
    expect(saved.status).toBe(303);
    const [stored] = listCases(db, id, {});
    expect(stored!.title).toBe('Schulden');
  });

  it('ticks the proposals of a long text in the text itself, sends the text about twice, and honours an untick there', async () => {
    const { agent, db, id } = await setup();
    const filler = 'De hulpverlener voert een gesprek over de schulden van mevrouw Jansen. '.repeat(2_000);
    const text = `${PII_TEXT}\n${filler}`;
    const res = await agent.post(`/studies/${id}/cases/preview`, form({ ...meta, text }));
    expect(res.status).toBe(200);
    const html = await res.text();
    // The text goes once as the hidden original and once with its marks, not again as context per proposal.
    expect(html).not.toContain('class="muted context"');
    const proposals = [...html.matchAll(/name="keep"/g)].length;
    expect(proposals).toBeGreaterThan(2_000);
    expect(html).toContain(`${proposals.toLocaleString('nl-NL')} vervangingen, hieronder in de tekst zelf`);
    expect(html.length).toBeLessThan(text.length * 2 + proposals * 150 + 50_000);
    const phone = /name="keep" value="(\d+)" checked=""\/><del class="pii">06-12345678<\/del>/.exec(html);
    expect(phone).not.toBeNull();
    const keep = [...html.matchAll(/name="keep" value="(\d+)" checked=""/g)]
      .map((m) => m[1]!)
      .filter((i) => i !== phone![1]);
    const shown = /name="shown" value="([^"]+)"/.exec(html)![1]!;
    const saved = await agent.post(`/studies/${id}/cases`, { ...meta, original: text, keep, shown });
    expect(saved.status).toBe(303);
    const stored = findCase(db, id, listCases(db, id, {})[0]!.id)!;
    expect(stored.text).toContain('06-12345678');
    expect(stored.text).not.toContain('m.jansen@example.nl');
    expect(stored.text).not.toContain('mevrouw Jansen');
  });

  it('shows every kind of personal detail highlighted before saving', async () => {
    const { agent, id } = await setup();
    const res = await agent.post(`/studies/${id}/cases/preview`, form({ ...meta, text: PII_TEXT }));
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const s of [
      '06-12345678',
      'm.jansen@example.nl',
      '111222333',
      'NL91ABNA0417164300',
      '3511 AB',
      'Kerkstraat 12',
      '12 maart 1975',
      'Jansen',
      'Bakker',
    ]) {
      expect(html).toContain(`<del class="pii">`);
      expect(html).toMatch(new RegExp(`<del class="pii">[^<]*${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
  });

  it('stores only the pseudonymised text, with stable placeholders per person', async () => {
    const { db, agent, id } = await setup();
    const res = await saveDirect(agent, id, PII_TEXT);
    expect(res.status).toBe(303);
    const [row] = listCases(db, id);
    const stored = await (await agent.get(`/studies/${id}/cases/${row!.id}`)).text();
    for (const s of [
      '06-12345678',
      'm.jansen@example.nl',
      '111222333',
      'NL91ABNA0417164300',
      '3511 AB',
      'Kerkstraat 12',
      '12 maart 1975',
      'Jansen',
      'Bakker',
    ]) {
      expect(stored).not.toContain(s);
    }
    expect(stored).toContain('Ik heb haar gebeld');
    expect(row!.wordCount).toBeGreaterThan(30);
  });

  it('replaces the names listed for the study', async () => {
    const { db, agent, id } = await setup();
    await saveDirect(agent, id, 'Ik sprak met Pietje Puk over de schulden.');
    const c = listCases(db, id)[0]!;
    const html = await (await agent.get(`/studies/${id}/cases/${c.id}`)).text();
    expect(html).not.toContain('Pietje Puk');
    expect(html).toContain('Ik sprak met');
  });

  it('shows each proposed replacement with the words around it, so repeated names can be told apart', async () => {
    const { agent, id } = await setup();
    const text =
      'Mevrouw Jansen belde op maandag. Ik heb met mevrouw Jansen afspraken gemaakt over de doelen.';
    const html = await (await agent.post(`/studies/${id}/cases/preview`, form({ ...meta, text }))).text();
    expect(html).toContain('(Mevrouw <b>Jansen</b> belde op maandag. Ik heb met…)');
    expect(html).toContain('(…maandag. Ik heb met mevrouw <b>Jansen</b> afspraken gemaakt over de…)');
    expect(html).toContain('aria-current="page">Casussen</a>');
  });

  it('lets the researcher undo a replacement and add one', async () => {
    const { db, agent, id } = await setup();
    const text = 'Mevrouw Jansen belde. Haar buurman Kees kwam ook.';
    const preview = await (await agent.post(`/studies/${id}/cases/preview`, form({ ...meta, text }))).text();
    expect(preview).toContain('name="keep" value="0"');
    const shown = /name="shown" value="([^"]+)"/.exec(preview)![1]!;
    // Untick everything on the signed preview, add "Kees" by hand.
    const res = await agent.post(`/studies/${id}/cases`, {
      ...meta,
      original: text,
      shown,
      extra: 'Kees',
      extraKind: 'person',
    });
    expect(res.status).toBe(303);
    const c = listCases(db, id)[0]!;
    const html = await (await agent.get(`/studies/${id}/cases/${c.id}`)).text();
    expect(html).toContain('Mevrouw Jansen belde');
    expect(html).not.toContain('Kees');
  });

  it('reads an uploaded .txt and .docx file', async () => {
    const { agent, id } = await setup();
    const txt = await agent.post(
      `/studies/${id}/cases/preview`,
      form(meta, { name: 'casus.txt', data: 'Ik heb de huisarts gebeld.' }),
    );
    expect(txt.status).toBe(200);
    expect(await txt.text()).toContain('Ik heb de huisarts gebeld.');
    const doc = new Document({
      sections: [{ children: [new Paragraph('Ik heb een huisbezoek afgelegd bij de cliënt.')] }],
    });
    const buf = await Packer.toBuffer(doc);
    const docx = await agent.post(
      `/studies/${id}/cases/preview`,
      form(meta, { name: 'casus.docx', data: new Uint8Array(buf) }),
    );
    expect(docx.status).toBe(200);
    expect(await docx.text()).toContain('Ik heb een huisbezoek afgelegd bij de cliënt.');
  });

  it('refuses other file types, broken .docx files and files over 5 MB, keeping the form', async () => {
    const { agent, id } = await setup();
    const pdf = await agent.post(
      `/studies/${id}/cases/preview`,
      form(meta, { name: 'casus.pdf', data: '%PDF-1.4' }),
    );
    expect(pdf.status).toBe(422);
    const pdfHtml = await pdf.text();
    expect(pdfHtml).toContain('Dit bestandstype wordt niet ondersteund');
    expect(pdfHtml).toContain('value="Schulden"');
    const broken = await agent.post(
      `/studies/${id}/cases/preview`,
      form(meta, { name: 'casus.docx', data: 'PK\u0003\u0004 niet echt een zip' }),
    );
    expect(broken.status).toBe(422);
    expect(await broken.text()).toContain('kon niet worden gelezen');
    const big = await agent.post(
      `/studies/${id}/cases/preview`,
      form(meta, { name: 'groot.txt', data: 'a'.repeat(5 * 1024 * 1024 + 10) }),
    );
    expect(big.status).toBe(422);
    expect(await big.text()).toContain('groter dan 5 MB');
  });

  it('refuses a phase the study does not have with 422, beside the field, on the form and on the preview', async () => {
    const { agent, db, id } = await setup();
    const bad = { ...meta, phaseTags: ['intake', 'verzonnen'] };
    const first = await agent.post(`/studies/${id}/cases/preview`, form({ ...bad, text: 'Ik heb gebeld.' }));
    expect(first.status).toBe(422);
    const html = await first.text();
    expect(html).toContain('Kies alleen fasen van deze studie.');
    expect(html).toContain('Ik heb gebeld.');
    const save = await agent.post(`/studies/${id}/cases`, { ...bad, original: 'Ik heb gebeld.', keep: [] });
    expect(save.status).toBe(422);
    const again = await save.text();
    expect(again).toContain('Kies alleen fasen van deze studie.');
    expect(again).toContain('value="Schulden"');
    expect(listCases(db, id)).toHaveLength(0);
  });

  it('shows the preview again with 422 when the title is emptied there, and starts over without an original', async () => {
    const { agent, db, id } = await setup();
    const res = await agent.post(`/studies/${id}/cases`, {
      ...meta,
      title: ' ',
      original: PII_TEXT,
      keep: [],
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Geef de casus een titel.');
    expect(html).toMatch(/name="keep" value="\d+"/);
    const none = await agent.post(`/studies/${id}/cases`, { ...meta, original: ' ' });
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('Plak de tekst van de casus');
    expect(listCases(db, id)).toHaveLength(0);
  });

  it('asks for a title and text with 422 and keeps what was typed', async () => {
    const { agent, id } = await setup();
    const res = await agent.post(
      `/studies/${id}/cases/preview`,
      form({ ...meta, title: '', text: 'Mijn tekst blijft staan' }),
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Geef de casus een titel.');
    expect(html).toContain('Mijn tekst blijft staan');
    const empty = await agent.post(`/studies/${id}/cases/preview`, form({ ...meta, text: '' }));
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Plak de tekst van de casus');
  });
});

describe('case list and case page', () => {
  it('searches and filters by phase and source type, with word counts', async () => {
    const { agent, id } = await setup();
    await saveDirect(agent, id, 'Ik heb de schulden in kaart gebracht.');
    await agent.post(`/studies/${id}/cases`, {
      ...meta,
      title: 'Opvoeding',
      sourceType: 'dossier',
      phaseTags: ['afsluiting'],
      original: 'Gesprek over opvoeding gevoerd.',
    });
    const all = await (await agent.get(`/studies/${id}/cases`)).text();
    expect(all).toContain('Schulden');
    expect(all).toContain('Opvoeding');
    const q = await (await agent.get(`/studies/${id}/cases?q=opvoeding`)).text();
    expect(q).toContain('Opvoeding');
    expect(q).not.toContain('>Schulden<');
    const phase = await (await agent.get(`/studies/${id}/cases?phase=afsluiting`)).text();
    expect(phase).not.toContain('>Schulden<');
    const source = await (await agent.get(`/studies/${id}/cases?source=verslag`)).text();
    expect(source).toContain('>Schulden<');
    expect(source).not.toContain('>Opvoeding<');
    expect(all).toMatch(/<td>7<\/td>/);
  });

  it('refuses an edit that empties the text with 422, a message that fits the edit form, and the title kept', async () => {
    const { db, agent, id } = await setup();
    await saveDirect(agent, id, 'Ik heb de schulden in kaart gebracht.');
    const c = listCases(db, id)[0]!;
    const res = await agent.post(`/studies/${id}/cases/${c.id}/edit`, {
      ...meta,
      title: 'Nieuwe titel',
      text: '  ',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('De tekst van de casus mag niet leeg zijn.');
    expect(html).not.toContain('upload');
    expect(html).toContain('value="Nieuwe titel"');
    expect(listCases(db, id)[0]!.title).toBe('Schulden');
  });

  it('edits a case, pseudonymising new text again', async () => {
    const { db, agent, id } = await setup();
    await saveDirect(agent, id, 'Ik heb de schulden in kaart gebracht.');
    const c = listCases(db, id)[0]!;
    const res = await agent.post(`/studies/${id}/cases/${c.id}/edit`, {
      ...meta,
      title: 'Nieuwe titel',
      text: 'Ik belde mevrouw Pietersen op 06-98765432.',
    });
    expect(res.status).toBe(303);
    const html = await (await agent.get(`/studies/${id}/cases/${c.id}`)).text();
    expect(html).toContain('Nieuwe titel');
    expect(html).not.toContain('Pietersen');
    expect(html).not.toContain('06-98765432');
  });

  it('deletes a case only after confirmation, and logs it', async () => {
    const { db, agent, id } = await setup();
    await saveDirect(agent, id, 'Ik heb de schulden in kaart gebracht.');
    const c = listCases(db, id)[0]!;
    const confirm = await agent.get(`/studies/${id}/cases/${c.id}/delete`);
    expect(await confirm.text()).toContain('Weet u zeker');
    expect(listCases(db, id)).toHaveLength(1);
    expect((await agent.post(`/studies/${id}/cases/${c.id}/delete`)).status).toBe(303);
    expect(listCases(db, id)).toHaveLength(0);
    const actions = listAudit(db, id).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['case.create', 'case.delete']));
  });
});

describe('upload limits', () => {
  it('refuses a .docx that unpacks to 40 MB with a clear message, keeping the form', async () => {
    const { agent, id } = await setup();
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('word/document.xml', 'a'.repeat(40 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const res = await agent.post(
      `/studies/${id}/cases/preview`,
      form(meta, { name: 'bom.docx', data: bomb }),
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('pakt uit tot meer dan 30 MB');
    expect(html).toContain('value="Schulden"');
  });
});
