import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createRound, roundItemsOf } from '../../db/rounds/rounds';
import { openRound } from '../../src/services/rounds/open';
import { auditLog, decisions, rounds } from '../../db/schema';
import { closeRound } from '../../src/services/decisions/close-round';
import { openedRound, roundsWorld } from '../rounds/_fixture';

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

describe('the default choice of a rating round follows every earlier decision of the study', () => {
  /** Rating round 1 settles item 0 in (rule) and item 2 out (override); round 2 re-rates items 1 and 3. */
  async function threeRounds() {
    const w = await roundsWorld();
    const r1 = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    closeRound(w.db, r1.id, w.userId);
    const items1 = roundItemsOf(w.db, r1.id);
    const set = (roundItemId: number, computed: 'in' | 'out' | 'none', override: 'in' | 'out' | null) =>
      w.db
        .update(decisions)
        .set({ computed, override, overrideReason: override ? 'besproken in het team' : null })
        .where(eq(decisions.roundItemId, roundItemId))
        .run();
    set(items1[0]!.id, 'in', null);
    set(items1[2]!.id, 'none', 'out');
    const r2 = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    expect(roundItemsOf(w.db, r2.id).map((i) => i.refId)).toEqual([w.itemIds[1], w.itemIds[3]]);
    closeRound(w.db, r2.id, w.userId);
    const r3 = createRound(w.db, w.userId, { studyId: w.studyId, kind: 'rating', title: 'Derde ronde' });
    return { w, r1, r2, r3 };
  }

  it('does not pre-select an item settled two rounds earlier, and says why', async () => {
    const { w, r3 } = await threeRounds();
    const html = await (await w.agent.get(`/studies/${w.studyId}/rounds/${r3.id}`)).text();
    expect(html).toContain('alleen de items zonder consensus uit ronde 1 en 2');
    expect(html).toContain('consensus: opnemen, ronde 1');
    expect(html).toContain('besluit: weglaten, ronde 1');
    expect(html).not.toMatch(new RegExp(`value="${w.itemIds[0]}" checked`));
    expect(html).toMatch(new RegExp(`value="${w.itemIds[1]}" checked`));
    expect(openRound(w.db, r3.id, w.userId).ok).toBe(true);
    expect(roundItemsOf(w.db, r3.id).map((i) => i.refId)).toEqual([w.itemIds[1], w.itemIds[3]]);
  });

  it('refuses to re-select a settled item without a reason, keeping the ticks, and records the reason', async () => {
    const { w, r3 } = await threeRounds();
    const url = `/studies/${w.studyId}/rounds/${r3.id}/selection`;
    const refs = [String(w.itemIds[0]), String(w.itemIds[1])];
    const refused = await w.agent.post(url, { ref: refs, reason: ' ' });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('U hebt 1 item met consensus of een besluit aangevinkt.');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(new RegExp(`value="${w.itemIds[0]}" checked`));
    expect(html).not.toMatch(new RegExp(`value="${w.itemIds[3]}" checked`));
    expect(w.db.select().from(rounds).where(eq(rounds.id, r3.id)).get()!.selectedRefIds).toBeNull();

    const saved = await w.agent.post(url, { ref: refs, reason: 'Nieuwe formulering sinds ronde 1' });
    expect(saved.status).toBe(303);
    expect(w.db.select().from(rounds).where(eq(rounds.id, r3.id)).get()!.selectedRefIds).toEqual([
      w.itemIds[0],
      w.itemIds[1],
    ]);
    const entry = w.db.select().from(auditLog).where(eq(auditLog.action, 'round.selection')).get()!;
    expect(JSON.parse(entry.after!)).toMatchObject({
      selected: 2,
      reselected: [w.itemIds[0]],
      reason: 'Nieuwe formulering sinds ronde 1',
    });
  });

  it('numbers the re-rated items as the draft and the earlier round did, not afresh within the subset', async () => {
    const { w, r1, r2 } = await threeRounds();
    const numbers = (roundId: number) =>
      Object.fromEntries(roundItemsOf(w.db, roundId).map((i) => [i.refId, i.number]));
    expect(numbers(r2.id)).toEqual({ [w.itemIds[1]!]: '1.2', [w.itemIds[3]!]: '2.2' });
    expect(numbers(r1.id)[w.itemIds[3]!]).toBe('2.2');
    const report = await (await w.agent.get(`/studies/${w.studyId}/rounds/${r2.id}/report`)).text();
    expect(report).toMatch(/>2\.2<\/[a-z]+>/);
    expect(report).not.toMatch(/>2\.1<\/[a-z]+>/);
  });

  it('needs no reason for items that never reached consensus', async () => {
    const { w, r3 } = await threeRounds();
    const res = await w.agent.post(`/studies/${w.studyId}/rounds/${r3.id}/selection`, {
      ref: [String(w.itemIds[1])],
    });
    expect(res.status).toBe(303);
  });
});
