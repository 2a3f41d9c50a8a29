import { describe, expect, it } from 'vitest';
import { createStudyVia, signedIn, testApp } from '../_setup';
import { seedPanel, seedRound } from '../report/_fixture';

describe('GET …/report for a review round', () => {
  it('counts verdicts and gives I-CVI, modified kappa and S-CVI/Ave when relevance was asked', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const studyId = await createStudyVia(agent);
    const panel = seedPanel(db, studyId, Array(6).fill('g'));
    const { roundId, itemIds } = seedRound(db, studyId, {
      number: 1,
      kind: 'review',
      items: ['Helder', 'Vaag'],
      panellists: panel,
      answer: () => null,
    });
    db.$client.prepare('UPDATE rounds SET ask_relevance = 1 WHERE id = ?').run(roundId);
    const ins = db.$client.prepare(
      'INSERT INTO review_answers (round_id, round_item_id, panellist_id, verdict, relevance, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    panel.forEach((pid, j) => {
      ins.run(roundId, itemIds[0], pid, 'keep', 4, Date.now());
      ins.run(
        roundId,
        itemIds[1],
        pid,
        j < 3 ? 'reformulate' : j < 5 ? 'keep' : 'remove',
        j < 3 ? 2 : 3,
        Date.now(),
      );
    });
    const res = await agent.get(`/studies/${studyId}/rounds/${roundId}/report`);
    expect(res.status).toBe(200);
    const html = await res.text();
    // Item 1: 6/6 relevant → I-CVI 1.00; item 2: 3/6 → 0.50; S-CVI/Ave = 0.75.
    expect(html).toContain('S-CVI/Ave = 0,75');
    expect(html).toMatch(
      /Helder<\/td><td class="num">6<\/td><td class="num">6<\/td><td class="num">0<\/td><td class="num">0<\/td><td class="num">6<\/td><td class="num">1,00<\/td><td class="num">1,00<\/td><td>ja<\/td>/,
    );
    expect(html).toMatch(
      /Vaag<\/td><td class="num">6<\/td><td class="num">2<\/td><td class="num">3<\/td><td class="num">1<\/td><td class="num">6<\/td><td class="num">0,50<\/td>/,
    );
  });
});

/** A closed coverage round over two clusters, answered by four panellists. */
async function coverageWorld() {
  const { app, db } = testApp();
  const { agent } = await signedIn(app, db);
  const studyId = await createStudyVia(agent);
  const panel = seedPanel(db, studyId, ['werkers', 'werkers', 'cliënten', 'cliënten']);
  const { roundId } = seedRound(db, studyId, {
    number: 2,
    kind: 'review',
    items: [],
    panellists: panel,
    answer: () => null,
  });
  const c = db.$client;
  c.prepare("UPDATE rounds SET kind = 'coverage' WHERE id = ?").run(roundId);
  const cluster = c.prepare(
    'INSERT INTO round_clusters (round_id, cluster_id, position, number, label) VALUES (?, NULL, ?, ?, ?)',
  );
  const intake = Number(cluster.run(roundId, 0, '1', 'Kennismaken').lastInsertRowid);
  const plan = Number(cluster.run(roundId, 1, '2', 'Afspraken maken').lastInsertRowid);
  const answer = c.prepare(
    'INSERT INTO coverage_answers (round_id, round_cluster_id, panellist_id, verdict, missing, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  panel.forEach((pid, j) => {
    answer.run(roundId, intake, pid, 'yes', '', Date.now());
    answer.run(
      roundId,
      plan,
      pid,
      ['yes', 'partly', 'no', 'partly'][j],
      ['', 'Samen een crisisplan opstellen', '=HYPERLINK("x")', 'Afspraken evalueren met de cliënt'][j],
      Date.now(),
    );
  });
  return { agent, db, studyId, roundId };
}

describe('GET …/report for a coverage round', () => {
  it('counts yes, partly and no per cluster and lists the missing activities without who wrote them', async () => {
    const { agent, studyId, roundId } = await coverageWorld();
    const res = await agent.get(`/studies/${studyId}/rounds/${roundId}/report`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Dekking per cluster');
    expect(html).toContain(
      '2 clusters voorgelegd; bij 1 cluster antwoordde ten minste één panellid ‘deels’ of ‘nee’; 3 ontbrekende activiteiten genoemd.',
    );
    expect(html).toMatch(
      /Kennismaken<\/td><td class="num">4<\/td><td class="num">4<\/td><td class="num">0<\/td><td class="num">0<\/td><td class="num">100<\/td>/,
    );
    expect(html).toMatch(
      /Afspraken maken<\/td><td class="num">4<\/td><td class="num">1<\/td><td class="num">2<\/td><td class="num">1<\/td><td class="num">25<\/td>/,
    );
    expect(html).toContain('<li>Samen een crisisplan opstellen</li>');
    expect(html).not.toContain('P001');
  });

  it('exports CSV (with the formula guard), XLSX and JSON instead of 404', async () => {
    const { agent, studyId, roundId } = await coverageWorld();
    const base = `/studies/${studyId}/rounds/${roundId}`;
    const csv = await agent.get(`${base}/answers.csv`);
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text.split('\r\n')[0]!.replace(/^\uFEFF/, '')).toBe(
      'round,cluster_number,cluster,panellist,group,verdict,missing,late,timestamp',
    );
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain('2,2,Afspraken maken,P002,werkers,partly,Samen een crisisplan opstellen,0,');
    const xlsx = await agent.get(`${base}/answers.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    const json = (await (await agent.get(`${base}/report.json`)).json()) as {
      round: { kind: string };
      report: { clusters: { number: string; yes: number; partly: number; no: number }[] };
      answers: unknown[];
    };
    expect(json.round.kind).toBe('coverage');
    expect(json.report.clusters[1]).toMatchObject({ number: '2', yes: 1, partly: 2, no: 1 });
    expect(json.answers).toHaveLength(8);
  });
});

describe('exports and processing of a review round', () => {
  it('exports the verdicts and shows each proposed activity with how it was processed', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const studyId = await createStudyVia(agent);
    const panel = seedPanel(db, studyId, ['g', 'g']);
    const { roundId, itemIds } = seedRound(db, studyId, {
      number: 1,
      kind: 'review',
      items: ['Stelt zich voor'],
      panellists: panel,
      answer: () => null,
    });
    const c = db.$client;
    const ins = c.prepare(
      'INSERT INTO review_answers (round_id, round_item_id, panellist_id, verdict, proposal, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    ins.run(roundId, itemIds[0], panel[0], 'keep', '', Date.now());
    ins.run(roundId, itemIds[0], panel[1], 'reformulate', 'Stelt zich voor met naam en functie', Date.now());
    const act = c.prepare(
      'INSERT INTO proposed_activities (round_id, panellist_id, text, created_at, outcome, outcome_reason) VALUES (?, ?, ?, ?, ?, ?)',
    );
    act.run(
      roundId,
      panel[0],
      'Vraagt naar het netwerk',
      Date.now(),
      'rejected',
      'Valt onder probleemverheldering',
    );
    act.run(roundId, panel[1], 'Legt de klachtenregeling uit', Date.now(), null, '');
    const base = `/studies/${studyId}/rounds/${roundId}`;
    const html = await (await agent.get(`${base}/report`)).text();
    expect(html).toContain('Voorgestelde activiteiten en hun verwerking');
    expect(html).toContain(
      'Vraagt naar het netwerk</td><td>niet overgenomen — Valt onder probleemverheldering',
    );
    expect(html).toContain('Legt de klachtenregeling uit</td><td>nog niet verwerkt');
    const csv = await agent.get(`${base}/answers.csv`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('reformulate,Stelt zich voor met naam en functie');
    expect((await agent.get(`${base}/answers.xlsx`)).status).toBe(200);
    const json = (await (await agent.get(`${base}/report.json`)).json()) as {
      report: { items: { keep: number; reformulate: number }[] };
      proposedActivities: { activity: string; outcome: string | null }[];
    };
    expect(json.report.items[0]).toMatchObject({ keep: 1, reformulate: 1 });
    expect(json.proposedActivities).toEqual([
      expect.objectContaining({ activity: 'Vraagt naar het netwerk', outcome: 'rejected' }),
      expect.objectContaining({ activity: 'Legt de klachtenregeling uit', outcome: null }),
    ]);
  });
});
