import { describe, expect, it } from 'vitest';
import { listPanellists } from '../../db/panel/panel';
import { roundsWorld, panellistAgent } from '../rounds/_fixture';

describe('panel page', () => {
  it('adds a panellist with pseudonym P001 and refuses a missing name with the values kept', async () => {
    const w = await roundsWorld();
    const ok = await w.agent.post(`/studies/${w.studyId}/panel`, {
      name: 'Anna de Vries',
      email: 'anna@example.org',
      stakeholderGroup: 'teamleiders',
    });
    expect(ok.status).toBe(303);
    expect(listPanellists(w.db, w.studyId).map((p) => p.pseudonym)).toEqual(['P001']);
    const bad = await w.agent.post(`/studies/${w.studyId}/panel`, {
      name: '',
      email: 'nope',
      organisation: 'AMW Zuid',
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Vul een naam in.');
    expect(html).toContain('value="AMW Zuid"');
  });

  it('imports a CSV and lists each refused row with its reason', async () => {
    const w = await roundsWorld();
    await w.agent.post(`/studies/${w.studyId}/panel`, { name: 'Al bekend', email: 'known@example.org' });
    const csv =
      'naam;e-mail;groep\nPiet;piet@example.org;teamleiders\n;leeg@example.org;x\nKees;kees(at)example.org;x\nJet;known@example.org;x\nMies;piet@example.org;x\n';
    const res = await w.agent.post(`/studies/${w.studyId}/panel/import`, { csv });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Geïmporteerd: 1 panelleden.');
    for (const reason of [
      'naam ontbreekt',
      'ongeldig e-mailadres',
      'e-mailadres staat al in het panel',
      'e-mailadres staat al eerder in dit bestand',
    ])
      expect(html).toContain(reason);
    expect(listPanellists(w.db, w.studyId).map((p) => `${p.pseudonym} ${p.name}`)).toEqual([
      'P001 Al bekend',
      'P002 Piet',
    ]);
  });

  it('imports a CSV uploaded as a file, which wins over an empty text field', async () => {
    const w = await roundsWorld();
    const form = new FormData();
    form.set('csv', '');
    form.set('file', new File(['naam;e-mail\nPiet;piet@example.org\n'], 'panel.csv', { type: 'text/csv' }));
    const res = await w.agent.post(`/studies/${w.studyId}/panel/import`, form);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Geïmporteerd: 1 panelleden.');
    expect(listPanellists(w.db, w.studyId).map((p) => p.name)).toEqual(['Piet']);
  });

  it('reads a panel CSV that Dutch Excel saved as Windows-1252 with its accents intact', async () => {
    const w = await roundsWorld();
    const form = new FormData();
    const bytes = Buffer.from('naam;e-mail\r\nZoë Müller;zoe@example.org\r\n', 'latin1');
    form.set('file', new File([new Uint8Array(bytes)], 'panel.csv', { type: 'text/csv' }));
    const res = await w.agent.post(`/studies/${w.studyId}/panel/import`, form);
    expect(res.status).toBe(200);
    expect(listPanellists(w.db, w.studyId).map((p) => p.name)).toEqual(['Zoë Müller']);
  });

  it('refuses an e-mail address already on the panel with 422 beside the address, whatever its case', async () => {
    const w = await roundsWorld();
    await w.agent.post(`/studies/${w.studyId}/panel`, { name: 'Anna', email: 'anna@example.org' });
    const res = await w.agent.post(`/studies/${w.studyId}/panel`, {
      name: 'Anna 2',
      email: 'Anna@Example.org',
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(/id="f-email-error">[^<]*/);
    expect(listPanellists(w.db, w.studyId)).toHaveLength(1);
  });

  it('shows a link that works, and after regenerating only the new one works; a revoked link stops', async () => {
    const w = await roundsWorld();
    await w.agent.post(`/studies/${w.studyId}/panel`, { name: 'Anna' });
    const p = listPanellists(w.db, w.studyId)[0]!;
    const linkOf = async () => {
      const html = await (await w.agent.get(`/studies/${w.studyId}/panel/${p.id}/link`)).text();
      return new URL(/value="(http[^"]+\/p\/[^"]+)"/.exec(html)![1]!).pathname;
    };
    const first = await linkOf();
    expect(await linkOf()).toBe(first);
    const visitor = panellistAgent(w.app);
    expect((await visitor.get(first)).status).toBe(200);
    expect(p.tokenHash).not.toContain(first.slice(3));
    await w.agent.post(`/studies/${w.studyId}/panel/${p.id}/regenerate`);
    const second = await linkOf();
    expect(second).not.toBe(first);
    expect((await visitor.get(first)).status).toBe(404);
    expect((await visitor.get(second)).status).toBe(200);
    await w.agent.post(`/studies/${w.studyId}/panel/${p.id}/revoke`);
    expect((await visitor.get(second)).status).toBe(404);
  });

  it('asks for confirmation on the form itself before a link is regenerated or revoked (htmx reads it from the boosted form)', async () => {
    const w = await roundsWorld();
    await w.agent.post(`/studies/${w.studyId}/panel`, { name: 'Anna' });
    const html = await (await w.agent.get(`/studies/${w.studyId}/panel`)).text();
    expect(html).toMatch(/<form[^>]*action="[^"]*\/regenerate"[^>]*hx-confirm="[^"]+"/);
    expect(html).toMatch(/<form[^>]*action="[^"]*\/revoke"[^>]*hx-confirm="[^"]+"/);
  });

  it('shows the new link right after regenerating it', async () => {
    const w = await roundsWorld();
    await w.agent.post(`/studies/${w.studyId}/panel`, { name: 'Anna' });
    const p = listPanellists(w.db, w.studyId)[0]!;
    const res = await w.agent.post(`/studies/${w.studyId}/panel/${p.id}/regenerate`);
    expect(res.status).toBe(303);
    const to = res.headers.get('location')!;
    expect(to).toBe(`/studies/${w.studyId}/panel/${p.id}/link?n=regenerated#link`);
    const html = await (await w.agent.get(to)).text();
    expect(html).toContain('Er is een nieuwe link gemaakt');
    expect(html).toContain('id="link-url"');
  });

  it('keeps revoked panellists in the composition, as the handbook counts them', async () => {
    const w = await roundsWorld();
    await w.agent.post(`/studies/${w.studyId}/panel`, { name: 'Anna', stakeholderGroup: 'teamleiders' });
    const p = listPanellists(w.db, w.studyId)[0]!;
    await w.agent.post(`/studies/${w.studyId}/panel/${p.id}/revoke`);
    const html = await (await w.agent.get(`/studies/${w.studyId}/panel`)).text();
    expect(html).toMatch(/Samenstelling:<\/strong>\s*teamleiders 1/);
  });
});

describe('POST /studies/:id/panel/import at the limit', () => {
  it('imports 20,000 rows with consecutive, unique pseudonyms (speed: npm run bench:isolation)', async () => {
    const w = await roundsWorld();
    const csv =
      'naam,email\n' + Array.from({ length: 20_000 }, (_, i) => `Panellid ${i},p${i}@example.org`).join('\n');
    const res = await w.agent.post(`/studies/${w.studyId}/panel/import`, { csv });
    expect(res.status).toBeLessThan(400);
    const panel = listPanellists(w.db, w.studyId);
    expect(panel).toHaveLength(20_000);
    expect(new Set(panel.map((p) => p.pseudonym)).size).toBe(20_000);
    expect(panel.map((p) => p.pseudonym)).toContain('P20000');
  }, 60_000);

  it('refuses a CSV of more than 20,000 rows with 422 and a message', async () => {
    const w = await roundsWorld();
    const csv = 'naam\n' + Array.from({ length: 20_001 }, (_, i) => `P ${i}`).join('\n');
    const res = await w.agent.post(`/studies/${w.studyId}/panel/import`, { csv });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('meer dan 20.000 regels');
    expect(listPanellists(w.db, w.studyId)).toHaveLength(0);
  });
});

describe('GET /studies/:id/panel with a large panel', () => {
  it('shows 200 panellists per page in pseudonym order, with the composition of the whole panel', async () => {
    const w = await roundsWorld();
    const csv =
      'naam,groep\n' +
      Array.from({ length: 450 }, (_, i) => `Panellid ${i + 1},${i < 300 ? 'mw' : 'tl'}`).join('\n');
    expect((await w.agent.post(`/studies/${w.studyId}/panel/import`, { csv })).status).toBe(200);
    const html = await (await w.agent.get(`/studies/${w.studyId}/panel?page=2`)).text();
    expect(html).toMatch(/Samenstelling:<\/strong>\s*mw 300 · tl 150/);
    expect(html).toContain('P201');
    expect(html).toContain('P400');
    expect(html).not.toContain('>P200<');
    expect(html).not.toContain('P401');
    expect(html).toContain('<strong aria-current="page">2</strong>');
    const last = await (await w.agent.get(`/studies/${w.studyId}/panel?page=99`)).text();
    expect(last).toContain('P450');
    expect(last).toContain('<strong aria-current="page">3</strong>');
  });
});
