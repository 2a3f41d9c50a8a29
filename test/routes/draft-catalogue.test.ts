import { describe, expect, it } from 'vitest';
import { itemHistory, loadDraft } from '../../db/draft/draft';
import { activeItems, proposedStudy } from '../draft/routes-helpers';

const WORDING =
  'De hulpverlener doorloopt bij signalen van huiselijk geweld of kindermishandeling de stappen van de meldcode.';

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The catalogue form of one item as the page renders it: its action and hidden fields. */
function catalogueForm(
  html: string,
  itemId: number,
): { action: string; fields: Record<string, string> } | null {
  const row = html.slice(html.indexOf(`id="item-${itemId}"`));
  const block = /<div class="item-catalogue">([\s\S]*?)<\/form>/.exec(row.slice(0, row.indexOf('</li>')));
  if (!block) return null;
  const action = /<form[^>]*action="([^"]+)"/.exec(block[1]!)![1]!;
  const fields: Record<string, string> = {};
  for (const m of block[1]!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
    if (m[1] !== '_csrf') fields[m[1]!] = decode(m[2]!);
  return { action: decode(action), fields };
}

describe('GET /studies/:id/draft — the catalogue wording beside an item', () => {
  it("proposes the catalogue act's general wording beside the item's own words", async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    await owner.agent.post(`${base}/items/${item.id}`, {
      text: 'De hulpverlener doorloopt meldcode.',
      clusterId: item.clusterId === null ? '' : String(item.clusterId),
      phaseId: item.phaseId ?? '',
      version: '1',
    });
    const html = await (await owner.agent.get(base)).text();
    expect(html).toContain('Algemene formulering uit de catalogus:');
    expect(html).toContain(WORDING);
    expect(html).toContain('doorloopt meldcode.');
  });

  it('lets the researcher take the catalogue wording with one action, as a new item version with its reason', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    await owner.agent.post(`${base}/items/${item.id}`, {
      text: 'De hulpverlener doorloopt meldcode.',
      clusterId: item.clusterId === null ? '' : String(item.clusterId),
      phaseId: item.phaseId ?? '',
      version: '1',
    });
    const form = catalogueForm(await (await owner.agent.get(base)).text(), item.id);
    expect(form).not.toBeNull();
    const res = await owner.agent.post(form!.action, form!.fields);
    expect(res.status).toBe(303);
    const after = loadDraft(db, id).items.find((i) => i.id === item.id)!;
    expect(after.text).toBe(WORDING);
    expect(after.clusterId).toBe(item.clusterId);
    expect(after.phaseId).toBe(item.phaseId);
    const history = itemHistory(db, item.id);
    expect(JSON.stringify(history)).toContain('catalogus');
    // Once taken, the item reads as the catalogue does and nothing more is proposed.
    expect(catalogueForm(await (await owner.agent.get(base)).text(), item.id)).toBeNull();
  });

  it('speaks English to an English-speaking researcher', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    await owner.agent.post(`${base}/items/${item.id}`, {
      text: 'De hulpverlener doorloopt meldcode.',
      clusterId: item.clusterId === null ? '' : String(item.clusterId),
      phaseId: item.phaseId ?? '',
      version: '1',
    });
    await owner.agent.post('/lang/en', {});
    const html = await (await owner.agent.get(base)).text();
    expect(html).toContain('General wording from the catalogue:');
    expect(html).toContain('Use this wording');
  });
});
