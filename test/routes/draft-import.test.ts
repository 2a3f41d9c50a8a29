import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { itemHistory, loadDraft } from '../../db/draft/draft';
import { criteriaOf } from '../../db/draft/item-import';
import { exportStudy } from '../../db/transfer/export';
import { createStudyVia, signedIn, testApp, type Agent } from '../_setup';
import { adoptedFixture } from '../handbook-data/_version';

const CSV = [
  'cluster;deelaspect;fase;formulering;criterium;norm',
  'Contact leggen;Kennismaken;intake;De hulpverlener stelt zich voor aan de cliënt.;Vermeld in het dossier;80%',
  'Contact leggen;Kennismaken;intake;De hulpverlener legt uit hoe de hulp verloopt.;;',
  'Plan maken;;plan;De hulpverlener maakt schriftelijke afspraken.;;',
].join('\n');

function upload(agent: Agent, base: string, name: string, body: BlobPart) {
  const form = new FormData();
  form.set('file', new File([body], name));
  return agent.post(`${base}/preview`, form);
}

/** The hidden fields of the preview's confirm form, as the browser would send them back. */
function confirmFields(html: string): Record<string, string> {
  const pick = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`)
      .exec(html)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return { fileName: pick('fileName'), kind: pick('kind'), table: pick('table') };
}

async function setup() {
  const { app, db } = testApp();
  const { agent } = await signedIn(app, db);
  const id = await createStudyVia(agent);
  return { app, db, agent, id, base: `/studies/${id}/draft/import` };
}

describe('POST /studies/:id/draft/import', () => {
  it('previews a CSV list, then imports it as items with source "import", versions, criteria and one audit entry', async () => {
    const { db, agent, id, base } = await setup();
    const draftHtml = await (await agent.get(`/studies/${id}/draft`)).text();
    expect(draftHtml).toContain(`href="${base}"`);
    const preview = await upload(agent, base, 'lijst.csv', CSV);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain('Alle 3 rijen kunnen worden geïmporteerd.');
    expect(loadDraft(db, id).items).toHaveLength(0);
    const res = await agent.post(base, confirmFields(html));
    expect(res.status).toBe(303);
    const page = await (await agent.get(res.headers.get('location')!)).text();
    expect(page).toContain('3 items geïmporteerd (3 nieuwe clusters of deelaspecten).');
    const d = loadDraft(db, id);
    expect(d.items.map((i) => i.origin)).toEqual(['import', 'import', 'import']);
    expect(d.clusters.map((c) => c.label).sort()).toEqual(['Contact leggen', 'Kennismaken', 'Plan maken']);
    const first = d.items.find((i) => i.text.startsWith('De hulpverlener stelt'))!;
    expect(first.phaseId).toBe('intake');
    expect(itemHistory(db, first.id)[0]).toMatchObject({ action: 'create', reason: 'import: lijst.csv' });
    expect(criteriaOf(db, id).get(first.id)).toMatchObject({
      criterion: 'Vermeld in het dossier',
      normPercentage: 80,
    });
    expect(listAudit(db, id).filter((a) => a.action === 'items.import')).toHaveLength(1);
  });

  it('re-renders the preview with 422 naming every faulty row and the phases it may use, and imports nothing', async () => {
    const { db, agent, id, base } = await setup();
    const bad = `${CSV}\n;Los deelaspect;nergens;;;veel\nPlan maken;;;De hulpverlener maakt schriftelijke afspraken.;;\n`;
    const res = await upload(agent, base, 'fout.csv', bad);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('2 van de 5 rijen kunnen niet worden geïmporteerd');
    expect(html).toContain('formulering ontbreekt; onbekende fase; norm is geen percentage');
    expect(html).toContain('staat al eerder in het bestand');
    expect(html).toContain('De fasen van deze studie (code of naam, of laat de fase leeg): intake (');
    expect(html).not.toContain('items importeren</button>');
    expect(loadDraft(db, id).items).toHaveLength(0);
  });

  it('imports a Dutch Excel CSV (Windows-1252, semicolons) with its accents intact and says how it was read', async () => {
    const { db, agent, id, base } = await setup();
    const res = await upload(
      agent,
      base,
      'excel.csv',
      new Uint8Array(Buffer.from(CSV.replace(/\n/g, '\r\n'), 'latin1')),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('gelezen als Windows-1252');
    expect(html).toContain('aan de cliënt.');
    expect((await agent.post(base, confirmFields(html))).status).toBe(303);
    expect(loadDraft(db, id).items.map((i) => i.text)).toContain(
      'De hulpverlener stelt zich voor aan de cliënt.',
    );
  });

  it('keeps nothing of an import whose commit fails halfway (one transaction)', async () => {
    const { db, agent, id, base } = await setup();
    const html = await (await upload(agent, base, 'lijst.csv', CSV)).text();
    // The third row's insert fails inside the transaction, after two items and their clusters were written.
    db.$client.exec(
      `create trigger fail_third before insert on items when new.text like 'De hulpverlener maakt%'
       begin select raise(abort, 'disk full'); end`,
    );
    await agent.post(base, confirmFields(html));
    db.$client.exec('drop trigger fail_third');
    const d = loadDraft(db, id);
    expect(d.items).toHaveLength(0);
    expect(d.clusters).toHaveLength(0);
    expect(listAudit(db, id).filter((a) => a.action === 'items.import')).toHaveLength(0);
  });

  it('refuses a confirm whose table was altered to hold a faulty row, and imports nothing', async () => {
    const { db, agent, id, base } = await setup();
    const html = await (await upload(agent, base, 'lijst.csv', CSV)).text();
    const fields = confirmFields(html);
    const table = JSON.parse(fields['table']!) as string[][];
    table.push(['X', '', 'nergens', 'Nog een handeling.', '', '']);
    const res = await agent.post(base, { ...fields, table: JSON.stringify(table) });
    expect(res.status).toBe(422);
    expect(loadDraft(db, id).items).toHaveLength(0);
    expect((await agent.post(base, { ...fields, table: '{kapot' })).status).toBe(422);
  });

  it('reads the first sheet of an XLSX file with English headers', async () => {
    const { db, agent, id, base } = await setup();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Items');
    ws.addRow(['Cluster', 'Sub-aspect', 'Phase', 'Wording', 'Criterion', 'Norm']);
    ws.addRow([
      'Evaluatie',
      '',
      'evaluatie en afsluiting',
      'De hulpverlener evalueert de doelen.',
      'Verslag',
      90,
    ]);
    const buf = await wb.xlsx.writeBuffer();
    const html = await (await upload(agent, base, 'items.xlsx', new Uint8Array(buf as ArrayBuffer))).text();
    expect(html).toContain('Alle 1 rijen kunnen worden geïmporteerd.');
    expect((await agent.post(base, confirmFields(html))).status).toBe(303);
    const [item] = loadDraft(db, id).items;
    expect(item).toMatchObject({
      text: 'De hulpverlener evalueert de doelen.',
      phaseId: 'afsluiting',
      origin: 'import',
    });
    expect(criteriaOf(db, id).get(item!.id)?.normPercentage).toBe(90);
  });

  it("seeds a revision from the adopted standard in another study's JSON export", async () => {
    const { db, agent, id, base } = await setup();
    const f = await adoptedFixture(db);
    const doc = exportStudy(db, f.study.id)!;
    const html = await (await upload(agent, base, 'andere-studie.json', JSON.stringify(doc))).text();
    expect(html).toContain('Alle 5 rijen kunnen worden geïmporteerd.');
    expect((await agent.post(base, confirmFields(html))).status).toBe(303);
    const d = loadDraft(db, id);
    expect(d.items).toHaveLength(5);
    const crit = criteriaOf(db, id);
    expect([...crit.values()].every((c) => c.criterion.startsWith('Criterium'))).toBe(true);
  });

  it('says clearly when the file is of the wrong kind or a study export holds no adopted standard', async () => {
    const { agent, base } = await setup();
    let res = await upload(agent, base, 'lijst.pdf', 'x');
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Kies een .csv-, .xlsx-, .json- of .qdc-bestand.');
    res = await upload(agent, base, 'kapot.xlsx', 'geen zip');
    expect(await res.text()).toContain('Dit XLSX-bestand kan niet worden gelezen.');
    res = await upload(agent, base, 'x.json', '{}');
    expect(await res.text()).toContain('geen Maatstaf-export');
    res = await upload(agent, base, 'leeg.csv', 'naam;email\n');
    expect(await res.text()).toContain('geen kolom');
  });
});
