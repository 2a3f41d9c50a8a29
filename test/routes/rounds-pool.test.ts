import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { linkToken } from '../../db/panel/panel';
import { recordConsent } from '../../db/panel/privacy';
import { allocationOf } from '../../db/rounds/pools';
import { roundItemsOf } from '../../db/rounds/rounds';
import { panellists, participations, ratingAnswers, roundAllocations, rounds } from '../../db/schema';
import { addPanel, KEY, panellistAgent, roundsWorld } from '../rounds/_fixture';

const hx = { 'hx-request': 'true' };

async function draftRatingRound() {
  const w = await roundsWorld();
  const panel = addPanel(w.db, w.studyId);
  const res = await w.agent.post(`/studies/${w.studyId}/rounds`, { kind: 'rating', title: 'Grote pool' });
  const roundId = Number(/rounds\/(\d+)/.exec(res.headers.get('location')!)![1]);
  return { ...w, panel, roundId, base: `/studies/${w.studyId}/rounds/${roundId}` };
}

describe('POST /studies/:id/rounds/:roundId/pool', () => {
  it('gives each panellist a stored subset at opening; they see and may rate only theirs, and the report says who saw what', async () => {
    const w = await draftRatingRound();
    const show = await (await w.agent.get(w.base)).text();
    expect(show).toContain('Deelverzameling per panellid');
    let res = await w.agent.post(`${w.base}/pool`, {
      enabled: '1',
      size: '2',
      minPerItem: '1',
      randomOrder: '1',
    });
    expect(res.status).toBe(303);
    expect(await (await w.agent.get(w.base)).text()).toMatch(
      /Ingesteld: 2 items per panellid, minstens 1 beoordelingen per item \(seed \d+\)/,
    );
    res = await w.agent.post(`${w.base}/open`);
    expect(res.status).toBe(303);
    const items = roundItemsOf(w.db, w.roundId);
    const counts = new Map(items.map((i) => [i.id, 0]));
    for (const p of w.panel) {
      const mine = allocationOf(w.db, w.roundId, p.id)!;
      expect(mine).toHaveLength(2);
      for (const id of mine) counts.set(id, counts.get(id)! + 1);
    }
    expect(Math.min(...counts.values())).toBeGreaterThanOrEqual(1);

    const anna = w.panel[0]!;
    const mine = allocationOf(w.db, w.roundId, anna.id)!;
    const other = items.find((i) => !mine.includes(i.id))!;
    const phone = panellistAgent(w.app);
    let html = '';
    for (let page = 1; page <= 2; page++)
      html += await (await phone.get(`${anna.path}/r/${w.roundId}?c=${page}`)).text();
    expect(html).toContain('0 van 2 items');
    for (const id of mine) expect(html).toContain(`id="i-${id}"`);
    expect(html).not.toContain(`id="i-${other.id}"`);
    const save = (id: number) =>
      phone.post(`${anna.path}/r/${w.roundId}/i/${id}`, { importance: '8', frequency: '4' }, hx);
    expect((await save(other.id)).status).toBe(404);
    const ok = await save(mine[0]!);
    expect(ok.status).toBe(200);
    // The progress line counts the pages of this panellist's subset only: the clusters that hold their items.
    const held = [...new Set(items.filter((i) => mine.includes(i.id)).map((i) => i.clusterNumber))];
    const pageOfFirst = held.indexOf(items.find((i) => i.id === mine[0])!.clusterNumber) + 1;
    expect(await ok.text()).toContain(`cluster ${pageOfFirst} van ${held.length} · 1 van 2 items`);
    expect((await save(mine[1]!)).status).toBe(200);
    const rows = w.db.select().from(ratingAnswers).where(eq(ratingAnswers.panellistId, anna.id)).all();
    expect(rows.map((r) => r.roundItemId).sort()).toEqual([...mine].sort());
    const finish = await (await phone.get(`${anna.path}/r/${w.roundId}/finish`)).text();
    expect(finish).not.toContain('Nog niet beantwoord');

    await w.agent.post(`${w.base}/close`);
    const report = await (await w.agent.get(`${w.base}/report`)).text();
    expect(report).toContain('Wie welk item zag');
    expect(report).toContain(
      'De statistiek per item gaat over de panelleden die het item zagen: n in de itemtabel',
    );
    const shown = w.db
      .select()
      .from(roundAllocations)
      .where(and(eq(roundAllocations.roundId, w.roundId), eq(roundAllocations.roundItemId, mine[0]!)))
      .all().length;
    const item = items.find((i) => i.id === mine[0])!;
    const row = new RegExp(
      `${item.number}</span> ${item.text}</th><td class="num">${shown}</td><td class="num">(\\d+)</td>`,
    );
    expect(Number(row.exec(report)?.[1])).toBeGreaterThanOrEqual(1);
  });

  it('gives a panellist added after the round opened a balanced subset of their own, by the form and by CSV, and counts them where they rated', async () => {
    const w = await draftRatingRound();
    await w.agent.post(`${w.base}/pool`, { enabled: '1', size: '2', minPerItem: '1' });
    expect((await w.agent.post(`${w.base}/open`)).status).toBe(303);
    const given = () => {
      const rows = w.db.select().from(roundAllocations).where(eq(roundAllocations.roundId, w.roundId)).all();
      const n = new Map(roundItemsOf(w.db, w.roundId).map((i) => [i.id, 0]));
      for (const r of rows) n.set(r.roundItemId, n.get(r.roundItemId)! + 1);
      return [...n.values()];
    };
    // 3 panellists × 2 items over 4 items: counts 2,2,1,1 (or 2,1,2,1…); a late one takes the two least given.
    expect(given().sort()).toEqual([1, 1, 2, 2]);
    const res = await w.agent.post(`/studies/${w.studyId}/panel`, {
      name: 'Late Lid',
      email: 'late@example.org',
      organisation: 'AMW Zuid',
      role: 'teamleider',
      stakeholderGroup: 'teamleiders',
    });
    expect(res.status).toBe(303);
    expect(given()).toEqual([2, 2, 2, 2]);
    const late = w.db.select().from(panellists).where(eq(panellists.email, 'late@example.org')).get()!;
    expect(allocationOf(w.db, w.roundId, late.id)).toHaveLength(2);
    expect(listAudit(w.db, w.studyId).filter((a) => a.action === 'round.pool.topUp')).toHaveLength(1);

    const csv = 'naam;e-mail\nLaat Twee;twee@example.org\nLaat Drie;drie@example.org\n';
    expect((await w.agent.post(`/studies/${w.studyId}/panel/import`, { csv })).status).toBe(200);
    expect(given().reduce((a, b) => a + b, 0)).toBe(6 * 2);
    expect(Math.max(...given()) - Math.min(...given())).toBeLessThanOrEqual(1);

    recordConsent(w.db, w.studyId, late.id);
    const phone = panellistAgent(w.app);
    const path = `/p/${linkToken(KEY, late)}`;
    const mine = allocationOf(w.db, w.roundId, late.id)!;
    let html = '';
    for (let page = 1; page <= 2; page++)
      html += await (await phone.get(`${path}/r/${w.roundId}?c=${page}`)).text();
    expect(html).not.toContain('Geen items voor u in deze ronde');
    for (const id of mine) expect(html).toContain(`id="i-${id}"`);
    const save = await phone.post(
      `${path}/r/${w.roundId}/i/${mine[0]}`,
      { importance: '8', frequency: '4' },
      hx,
    );
    expect(save.status).toBe(200);
  });

  it('marks every item whose decision rests on fewer ratings than the minimum set, in the summary, the item table and the JSON', async () => {
    const w = await draftRatingRound();
    await w.agent.post(`${w.base}/pool`, { enabled: '1', size: '3', minPerItem: '2' });
    expect((await w.agent.post(`${w.base}/open`)).status).toBe(303);
    const anna = w.panel[0]!;
    const mine = allocationOf(w.db, w.roundId, anna.id)!;
    const phone = panellistAgent(w.app);
    for (const id of mine)
      await phone.post(`${anna.path}/r/${w.roundId}/i/${id}`, { importance: '8', frequency: '4' }, hx);
    await w.agent.post(`${w.base}/close`);
    const html = await (await w.agent.get(`${w.base}/report`)).text();
    expect(html).toContain(
      'Let op: 4 items berusten op minder dan de 2 geldige beoordelingen per item die voor deze ronde met deelverzamelingen zijn ingesteld.',
    );
    expect(html.match(/berust op n = 1, minder dan het minimum van 2/g)).toHaveLength(3);
    expect(html.match(/berust op n = 0, minder dan het minimum van 2/g)).toHaveLength(1);
    const json = (await (await w.agent.get(`${w.base}/report.json`)).json()) as {
      minRatings: number;
      belowMinimum: number;
      items: { belowMinimum: boolean; decidingN: number; final: string }[];
    };
    const item = await (await w.agent.get(`${w.base}/report/items/${mine[0]}`)).text();
    expect(item).toContain('berust op n = 1, minder dan het minimum van 2');
    expect(json.minRatings).toBe(2);
    expect(json.belowMinimum).toBe(4);
    expect(json.items.filter((i) => i.final === 'in').every((i) => i.belowMinimum && i.decidingN === 1)).toBe(
      true,
    );
  });

  it('refuses to open when the subset cannot give every item its minimum, and keeps the round a draft', async () => {
    const w = await draftRatingRound();
    await w.agent.post(`${w.base}/pool`, { enabled: '1', size: '1', minPerItem: '3' });
    const res = await w.agent.post(`${w.base}/open`);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('minstens 4 items zien');
    expect(w.db.select().from(rounds).where(eq(rounds.id, w.roundId)).get()!.status).toBe('draft');
    expect(
      w.db.select().from(participations).where(eq(participations.roundId, w.roundId)).all(),
    ).toHaveLength(0);
  });

  it('re-renders the settings with 422 and the entered values when a number is missing', async () => {
    const w = await draftRatingRound();
    const res = await w.agent.post(`${w.base}/pool`, { enabled: '1', size: 'veel', minPerItem: '2' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Geef een heel getal van 1 tot 1000.');
    expect(html).toContain('value="veel"');
  });
});
