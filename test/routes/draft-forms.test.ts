import { describe, expect, it } from 'vitest';
import { loadDraft } from '../../db/draft/draft';
import { activeItems, proposedStudy } from '../draft/routes-helpers';

const HX = { 'hx-request': 'true' };

describe('the add forms on the draft page', () => {
  it('answers an empty wording with 422, the message beside the field and the chosen place kept', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const before = activeItems(db, id).length;
    const cluster = loadDraft(db, id).clusters[0]!;
    const res = await owner.agent.post(`${base}/items`, {
      text: '   ',
      clusterId: String(cluster.id),
      phaseId: 'plan',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('id="f-new-text-error"');
    expect(html).toContain('Vul een formulering in.');
    expect(html).toMatch(new RegExp(`<option value="${cluster.id}" selected="">`));
    expect(html).toMatch(/<option value="plan" selected="">/);
    expect(activeItems(db, id)).toHaveLength(before);
  });

  it('answers an empty cluster name with 422 and the message beside the name field', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const before = loadDraft(db, id).clusters.length;
    const res = await owner.agent.post(`${base}/clusters`, { label: ' ', parentId: '' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('id="f-new-label-error"');
    expect(html).toContain('Geef het cluster een naam.');
    expect(loadDraft(db, id).clusters).toHaveLength(before);
  });
});

describe('keyboard focus after htmx swaps in the editor', () => {
  it('puts the focus back on the edit link when an edit is cancelled', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    const res = await owner.agent.get(`${base}/items/${item.id}`, HX);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(new RegExp(`hx-get="${base}/items/${item.id}/edit"[^>]*autofocus`));
  });

  it('focuses the new item on the page it redirects to, since htmx drops the anchor of a redirect', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const res = await owner.agent.post(`${base}/items`, {
      text: 'De hulpverlener belt de cliënt na een week.',
      clusterId: '',
      phaseId: '',
    });
    expect(res.status).toBe(303);
    const added = activeItems(db, id).find((i) => i.text.includes('na een week'))!;
    const to = res.headers.get('location')!;
    expect(to).toBe(`${base}?focus=item-${added.id}#item-${added.id}`);
    const html = await (await owner.agent.get(to)).text();
    expect(html).toMatch(new RegExp(`<li id="item-${added.id}" class="item" tabindex="-1" autofocus=""`));
    expect(html.match(/autofocus/g)).toHaveLength(1);
  });

  it('opens and focuses the removed section after a delete', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    const res = await owner.agent.post(`${base}/items/${item.id}/delete`, { reason: 'dubbel', version: '1' });
    const html = await (await owner.agent.get(res.headers.get('location')!)).text();
    expect(html).toMatch(/<details class="removed" id="removed" open="">\s*<summary autofocus="">/);
  });

  it('names the item in its edit link and the cluster in its manage link, for a list of links', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    const cluster = loadDraft(db, id).clusters.find((c) => c.id === item.clusterId)!;
    const html = await (await owner.agent.get(base)).text();
    expect(html).toMatch(
      new RegExp(`/items/${item.id}/edit"[^>]*>bewerken<span class="visually-hidden"> [0-9.]+</span></a>`),
    );
    expect(html).toContain(
      `naam, samenvoegen, splitsen<span class="visually-hidden">: ${cluster.label}</span>`,
    );
  });
});
