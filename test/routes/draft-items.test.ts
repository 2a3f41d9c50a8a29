import { dictionaries } from '../../views/i18n';
import { describe, expect, it } from 'vitest';
import { findItem, itemHistory, loadDraft } from '../../db/draft/draft';
import { activeItems, itemWith, proposedStudy } from '../draft/routes-helpers';

const HX = { 'hx-request': 'true' };

describe('editing an item', () => {
  it('saves new wording as a version and answers htmx with the same row component', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = itemWith(db, id, 'energieleverancier');
    const edit = await owner.agent.get(`${base}/items/${item.id}/edit`, HX);
    expect(await edit.text()).toContain(`name="version" value="1"`);
    const res = await owner.agent.post(
      `${base}/items/${item.id}`,
      {
        text: 'De hulpverlener belt met toestemming van de cliënt de energieleverancier.',
        clusterId: String(item.clusterId),
        phaseId: item.phaseId ?? '',
        version: '1',
        reason: 'concreter',
      },
      HX,
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(new RegExp(`^<li id="item-${item.id}" class="item"`));
    expect(html).toContain('met toestemming van de cliënt');
    expect(html).toContain('Opgeslagen');
    const history = itemHistory(db, item.id);
    expect(history.map((v) => v.action)).toEqual(['create', 'edit']);
    expect(history[1]).toMatchObject({ version: 2, reason: 'concreter', userName: 'Anna Onderzoeker' });
  });

  it('answers a plain form post with 303 back to the item on the draft page', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    const res = await owner.agent.post(`${base}/items/${item.id}`, {
      text: 'De hulpverlener doet iets anders.',
      clusterId: '',
      phaseId: '',
      version: '1',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${base}?focus=item-${item.id}#item-${item.id}`);
  });

  it('re-renders the form with 422 when the wording is empty', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    const res = await owner.agent.post(`${base}/items/${item.id}`, { text: '  ', version: '1' }, HX);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Vul een formulering in.');
    expect(findItem(db, id, item.id)!.text).toBe(item.text);
  });

  it('refuses a save based on a stale version without overwriting, naming who changed it', async () => {
    const { app, db, id, owner, base } = await proposedStudy();
    const { signedIn } = await import('../_setup');
    const colleague = await signedIn(app, db, 'Bram Collega');
    await owner.agent.post(`/studies/${id}/team`, { email: colleague.email, role: 'editor' });
    const item = activeItems(db, id)[0]!;
    const first = await colleague.agent.post(
      `${base}/items/${item.id}`,
      { text: 'Versie van Bram.', clusterId: '', phaseId: '', version: '1' },
      HX,
    );
    expect(first.status).toBe(200);
    const late = await owner.agent.post(
      `${base}/items/${item.id}`,
      { text: 'Versie van Anna.', clusterId: '', phaseId: '', version: '1' },
      HX,
    );
    expect(late.status).toBe(409);
    const html = await late.text();
    expect(html).toContain('Dit item is intussen gewijzigd door Bram Collega');
    expect(html).toContain(`${base}/items/${item.id}/history`);
    expect(html).toContain('Versie van Anna.');
    expect(html).toContain('name="version" value="2"');
    expect(findItem(db, id, item.id)!.text).toBe('Versie van Bram.');
  });

  it('moves an item to another cluster and phase, recording the readable cluster label', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const d = loadDraft(db, id);
    const item = activeItems(db, id)[0]!;
    const other = d.clusters.find((c) => c.id !== item.clusterId && c.parentId === null)!;
    const res = await owner.agent.post(
      `${base}/items/${item.id}`,
      { text: item.text, clusterId: String(other.id), phaseId: 'afsluiting', version: '1' },
      HX,
    );
    expect(res.status).toBe(204);
    // Only the anchor differing from the page's address would make the browser jump and keep the stale form.
    const to = res.headers.get('hx-redirect')!;
    expect(to).toBe(`${base}?msg=moved&v=2&focus=item-${item.id}#item-${item.id}`);
    expect(await (await owner.agent.get(to.split('#')[0]!)).text()).toContain('Item verplaatst.');
    expect(findItem(db, id, item.id)).toMatchObject({ clusterId: other.id, phaseId: 'afsluiting' });
    expect(itemHistory(db, item.id).at(-1)).toMatchObject({
      action: 'move',
      clusterLabel: other.label,
      phaseId: 'afsluiting',
    });
  });

  it('adds an item by hand', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const cluster = loadDraft(db, id).clusters[0]!;
    const res = await owner.agent.post(`${base}/items`, {
      text: 'De hulpverlener verwijst door naar de wijkagent.',
      clusterId: String(cluster.id),
      phaseId: 'uitvoering',
    });
    expect(res.status).toBe(303);
    const added = itemWith(db, id, 'wijkagent');
    expect(added).toMatchObject({
      origin: 'manual',
      clusterId: cluster.id,
      phaseId: 'uitvoering',
      status: 'active',
    });
    expect(itemHistory(db, added.id)[0]).toMatchObject({
      action: 'create',
      reason: 'met de hand toegevoegd',
    });
    expect(await (await owner.agent.get(base)).text()).toContain('verwijst door naar de wijkagent');
  });
});

describe('deleting and restoring', () => {
  it('requires a reason, keeps the item under "verwijderd" and restores it', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    const missing = await owner.agent.post(`${base}/items/${item.id}/delete`, { reason: ' ', version: '1' });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('Geef een reden');
    expect(findItem(db, id, item.id)!.status).toBe('active');
    const res = await owner.agent.post(`${base}/items/${item.id}/delete`, {
      reason: 'valt buiten de hulpverlening',
      version: '1',
    });
    expect(res.status).toBe(303);
    expect(findItem(db, id, item.id)!.status).toBe('deleted');
    const html = await (await owner.agent.get(base)).text();
    expect(html).toMatch(/Verwijderd en samengevoegd \(1\)/);
    expect(html).toContain(`${base}/items/${item.id}/restore`);
    expect((await owner.agent.post(`${base}/items/${item.id}/restore`, { version: '2' })).status).toBe(303);
    expect(findItem(db, id, item.id)!.status).toBe('active');
    expect(itemHistory(db, item.id).map((v) => [v.action, dictionaries.nl.draft.versionReason(v)])).toEqual([
      ['create', 'voorgesteld uit casussen'],
      ['delete', 'valt buiten de hulpverlening'],
      ['restore', ''],
    ]);
  });
});

describe('merging and splitting items', () => {
  it('merges items keeping all evidence; the merged-away item points to the one kept', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const [a, b] = activeItems(db, id);
    const before = loadDraft(db, id).evidence;
    const total = before.get(a!.id)!.links + before.get(b!.id)!.links;
    const choose = await owner.agent.get(`${base}/merge?ids=${a!.id}&ids=${b!.id}`);
    expect(await choose.text()).toContain('Welk item blijft bestaan?');
    const res = await owner.agent.post(`${base}/merge`, {
      ids: [String(a!.id), String(b!.id)],
      [`v-${a!.id}`]: '1',
      [`v-${b!.id}`]: '1',
      target: String(a!.id),
      text: 'De hulpverlener legt uit en belt.',
      reason: 'overlap',
    });
    expect(res.status).toBe(303);
    const d = loadDraft(db, id);
    expect(d.evidence.get(a!.id)!.links).toBe(total);
    expect(findItem(db, id, b!.id)).toMatchObject({ status: 'merged', mergedInto: a!.id });
    expect(findItem(db, id, a!.id)!.text).toBe('De hulpverlener legt uit en belt.');
    expect(itemHistory(db, b!.id).at(-1)).toMatchObject({ action: 'merge', status: 'merged' });
    expect(itemHistory(db, a!.id).at(-1)!.reason).toContain(`#${b!.id}`);
  });

  it('splits an item into two wordings, moving chosen evidence to the second', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = itemWith(db, id, 'energieleverancier');
    const form = await (await owner.agent.get(`${base}/items/${item.id}/split`)).text();
    const evIds = [...form.matchAll(/name="ev-(\d+)"/g)].map((m) => m[1]!);
    expect(evIds).toHaveLength(2);
    const res = await owner.agent.post(`${base}/items/${item.id}/split`, {
      version: '1',
      part: ['De hulpverlener belt de energieleverancier.', 'De hulpverlener vraagt uitstel van afsluiting.'],
      [`ev-${evIds[1]}`]: '1',
    });
    expect(res.status).toBe(303);
    const second = itemWith(db, id, 'uitstel van afsluiting');
    expect(second).toMatchObject({ origin: 'split', clusterId: item.clusterId });
    const d = loadDraft(db, id);
    expect(d.evidence.get(item.id)!.links).toBe(1);
    expect(d.evidence.get(second.id)!.links).toBe(1);
    expect(itemHistory(db, item.id).at(-1)).toMatchObject({
      action: 'split',
      text: 'De hulpverlener belt de energieleverancier.',
    });
  });

  it('asks for at least two wordings when splitting', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    const res = await owner.agent.post(`${base}/items/${item.id}/split`, {
      version: '1',
      part: ['Alleen één.', ''],
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Vul minstens twee formuleringen in.');
  });
});

describe('evidence and history', () => {
  it('shows each source sentence marked in its case excerpt, and the whole case with the span marked', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = itemWith(db, id, 'energieleverancier');
    const panel = await (await owner.agent.get(`${base}/items/${item.id}/evidence`, HX)).text();
    expect(panel).toContain('<mark>Ik heb de energieleverancier gebeld</mark>');
    expect(panel).not.toContain('<html');
    const link = /href="([^"]+\/cases\/\d+\?start=\d+&amp;end=\d+#mark)"/
      .exec(panel)![1]!
      .replace(/&amp;/g, '&');
    const whole = await (await owner.agent.get(link)).text();
    expect(whole).toMatch(/<mark id="mark" tabindex="-1">Ik heb de energieleverancier gebeld<\/mark>/);
    expect(whole).toContain('Mevrouw meldde zich aan');
    const full = await owner.agent.get(`${base}/items/${item.id}/evidence`);
    expect(await full.text()).toContain('Bewijs uit de casussen');
  });

  it('shows how the wording evolved on the history page', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    await owner.agent.post(`${base}/items/${item.id}`, {
      text: 'Eerste herformulering.',
      clusterId: '',
      phaseId: '',
      version: '1',
    });
    await owner.agent.post(`${base}/items/${item.id}`, {
      text: 'Tweede herformulering.',
      clusterId: '',
      phaseId: '',
      version: '2',
    });
    const html = await (await owner.agent.get(`${base}/items/${item.id}/history`)).text();
    const table = html.slice(html.indexOf('<tbody>'));
    const at = (s: string) => table.indexOf(s);
    expect(at(item.text)).toBeGreaterThan(0);
    expect(table).toContain('<ins class="changed">Eerste herformulering.</ins>');
    expect(at(item.text)).toBeLessThan(at('Eerste herformulering.'));
    expect(at('Eerste herformulering.')).toBeLessThan(at('Tweede herformulering.'));
    expect(html).toContain('herformuleerd');
    expect(html).toContain('Anna Onderzoeker');
  });

  it("renders generated reasons in the reader's language: English UI, English history", async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    const nl = await (await owner.agent.get(`${base}/items/${item.id}/history`)).text();
    expect(nl).toContain('<td>voorgesteld uit casussen</td>');
    expect((await owner.agent.post('/lang/en')).status).toBeLessThan(400);
    const en = await (await owner.agent.get(`${base}/items/${item.id}/history`)).text();
    expect(en).toContain('<td>proposed from the cases</td>');
    expect(en).not.toContain('voorgesteld uit casussen');
  });

  it('answers 404 for an item of another study or an unknown id', async () => {
    const { owner, base } = await proposedStudy();
    expect((await owner.agent.get(`${base}/items/99999/history`)).status).toBe(404);
    expect((await owner.agent.get(`${base}/items/abc/edit`)).status).toBe(404);
  });
});
