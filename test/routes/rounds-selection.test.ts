import { describe, expect, it } from 'vitest';
import { createRound } from '../../db/rounds';
import { roundsWorld } from '../rounds/_fixture';

describe('item selection of a round in preparation', () => {
  it('groups the checkboxes per cluster under a numbered legend and shows each item with its draft number', async () => {
    const w = await roundsWorld();
    const round = createRound(w.db, w.userId, { studyId: w.studyId, kind: 'coverage', title: 'Dekking' });
    const html = await (await w.agent.get(`/studies/${w.studyId}/rounds/${round.id}`)).text();
    const groups = [
      ...html.matchAll(/<fieldset class="selection-group"><legend>(.*?)<\/legend>(.*?)<\/fieldset>/gs),
    ];
    const strip = (s: string) =>
      s
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    expect(groups.map((g) => strip(g[1]!))).toEqual(['1 Kennismaken', '2 Afspraken maken']);
    expect(strip(groups[0]![2]!)).toContain('1.1 De hulpverlener stelt zich voor aan de cliënt.');
    expect(strip(groups[1]![2]!)).toContain('2.2 De hulpverlener legt de afspraken vast in het dossier.');
    expect(groups[1]![2]).toContain(`value="${w.itemIds[3]}"`);
  });
});
