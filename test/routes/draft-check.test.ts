import { describe, expect, it } from 'vitest';
import { activeItems, proposedStudy } from '../draft/routes-helpers';

async function editTo(
  agent: Awaited<ReturnType<typeof proposedStudy>>['owner']['agent'],
  base: string,
  item: { id: number; clusterId: number | null; phaseId: string | null },
  text: string,
) {
  const res = await agent.post(`${base}/items/${item.id}`, {
    text,
    clusterId: item.clusterId === null ? '' : String(item.clusterId),
    phaseId: item.phaseId ?? '',
    version: '1',
  });
  expect(res.status).toBe(303);
}

describe('GET /studies/:id/draft — items to check', () => {
  it('marks an item with a placeholder or a question in words, and the filter shows only such items', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const [first, second, third] = activeItems(db, id);
    await editTo(owner.agent, base, first!, 'De hulpverlener belt [PERSOON 2] over de afspraak.');
    await editTo(owner.agent, base, second!, 'De hulpverlener vraagt hoe is dat nu.');
    await editTo(owner.agent, base, third!, 'De hulpverlener maakt met de cliënt afspraken over de doelen.');

    const all = await (await owner.agent.get(base)).text();
    expect(all).toContain('2 items te controleren');
    expect(all).toContain('Te controleren:</strong> bevat een pseudoniem zoals [PERSOON 2]');
    expect(all).toContain('bevat een directe vraag');
    expect(all).toContain(`href="${base}?check=1"`);
    expect(all).toContain('maakt met de cliënt afspraken over de doelen');

    const res = await owner.agent.get(`${base}?check=1`);
    expect(res.status).toBe(200);
    const only = await res.text();
    expect(only).toContain('belt [PERSOON 2] over de afspraak');
    expect(only).toContain('vraagt hoe is dat nu');
    expect(only).not.toContain('maakt met de cliënt afspraken over de doelen');
    expect(only).toContain('Alle items tonen');
  });

  it('says so in English for an English-speaking researcher', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    await editTo(owner.agent, base, item, 'We explain how we work.');
    await owner.agent.post('/lang/en', {});
    const html = await (await owner.agent.get(`${base}?check=1`)).text();
    expect(html).toContain('To check:</strong> contains an I, we or you form');
    expect(html).toContain('1 item to check');
  });
});
