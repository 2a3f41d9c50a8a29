import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loadHandbookRecords } from '../../src/services/standard/handbook-records';
import { protocols, rounds } from '../../db/schema';
import { localDate } from '../../db/rounds/rounds';
import { listVersions } from '../../db/standard/standard';
import { adoptionFacts } from '../../src/services/standard/adopt';
import { listStudiesFor } from '../../db/studies/studies';
import { letterFacts } from '../../db/panel/privacy';
import { renderLetter } from '../../src/panel/info-letter';
import { findUserByEmail } from '../../db/auth/users';
import { DEMO_EMAIL, ensureDemo } from '../../src/services/demo/seed';
import { renderHandbook, toHandbookInput } from '../../src/handbook-data';
import { loadCoverageReport, loadProposedActivities } from '../../src/services/report/load-panel-rounds';
import { adoptionChecklist } from '../../src/standard/adoption-checklist';
import { suiteDb } from '../_setup';

const db = suiteDb();
await ensureDemo(db);
const user = findUserByEmail(db, DEMO_EMAIL)!;
const study = listStudiesFor(db, user.id, false)[0]!;
const v1 = listVersions(db, study.id).find((v) => v.number === 1)!;
const studyRounds = db.select().from(rounds).where(eq(rounds.studyId, study.id)).all();
const md = async () =>
  String(await renderHandbook(toHandbookInput(loadHandbookRecords(db, study.id, 1)!), 'md'));

describe('the demo study', () => {
  it('has a review round, a coverage round, three rating rounds and a criteria round on the final standard, all closed', () => {
    expect(studyRounds.map((r) => [r.number, r.kind, r.status])).toEqual([
      [1, 'review', 'closed'],
      [2, 'coverage', 'closed'],
      [3, 'rating', 'closed'],
      [4, 'rating', 'closed'],
      [5, 'rating', 'closed'],
      [6, 'review', 'closed'],
    ]);
    expect(studyRounds[5]!.subject).toBe('criteria');
    expect(studyRounds[5]!.standardVersionId).toBe(v1.id);
  });

  it('adopted version 1 passes the adoption checklist without blocking items, member check included', () => {
    expect(v1.status).toBe('adopted');
    const list = adoptionChecklist(adoptionFacts(db, study.id, v1.id));
    expect(list.blocking).toEqual([]);
    const codes = list.warnings.map((w) => w.code);
    expect(codes).not.toContain('no-member-check');
    expect(codes).not.toContain('open-rounds');
    expect(codes).not.toContain('protocol-changed');
  });

  it('names its clusters as aspects of the help and its items in behavioural terms', () => {
    const input = toHandbookInput(loadHandbookRecords(db, study.id, 1)!);
    const labels = input.clusters.flatMap((c) => [c.title, ...c.subAspects.map((s) => s.title)]);
    for (const l of labels) {
      expect(l).not.toMatch(/[.,;]$/);
      expect(l.split(' ').length).toBeLessThanOrEqual(7);
    }
    expect(labels).not.toContain('Algemeen');
    const items = input.clusters.flatMap((c) => c.subAspects.flatMap((s) => s.items));
    expect(items.length).toBeGreaterThanOrEqual(20);
    for (const x of items) expect(x.text).toMatch(/^De hulpverlener [a-z]/);
  });

  it('shows per-cluster counts and processed missing activities in its coverage report', () => {
    const round = studyRounds.find((r) => r.kind === 'coverage')!;
    const report = loadCoverageReport(db, round as never);
    expect(report.clusters.length).toBe(6);
    expect(report.clusters.every((c) => c.yes + c.partly + c.no === 14)).toBe(true);
    expect(report.missingCount).toBeGreaterThan(0);
    const proposals = loadProposedActivities(db, round as never);
    expect(proposals.length).toBeGreaterThan(report.missingCount);
    expect(proposals.every((p) => p.outcome !== null)).toBe(true);
    expect(proposals.some((p) => p.outcome === 'merged')).toBe(true);
    // each missing activity is named under the cluster it was missed in, in behavioural terms
    expect(proposals.every((p) => p.cluster !== '' && p.text.startsWith('De hulpverlener '))).toBe(true);
  });

  it('tells one timeline: rounds opened and closed on their dates, the protocol laid down before rating', async () => {
    for (const r of studyRounds) {
      expect(localDate(r.openedAt!)).toBe(r.opensAt);
      expect(localDate(r.closedAt!)).toBe(r.closesAt);
    }
    // every answer was given while its round was open
    const outside = db.$client
      .prepare(
        `SELECT count(*) AS n FROM (
           SELECT a.updated_at AS at, r.opened_at AS o, r.closed_at AS c FROM rating_answers a JOIN rounds r ON r.id = a.round_id
           UNION ALL SELECT a.updated_at, r.opened_at, r.closed_at FROM review_answers a JOIN rounds r ON r.id = a.round_id
           UNION ALL SELECT a.updated_at, r.opened_at, r.closed_at FROM coverage_answers a JOIN rounds r ON r.id = a.round_id
         ) WHERE at < o OR at > c`,
      )
      .get() as { n: number };
    expect(outside.n).toBe(0);
    const firstRating = studyRounds.find((r) => r.kind === 'rating')!;
    const saved = db.select().from(protocols).where(eq(protocols.studyId, study.id)).all();
    expect(saved.length).toBeGreaterThan(0);
    expect(saved.every((p) => p.createdAt < firstRating.openedAt!)).toBe(true);
    const consensus = (await md()).split('### 2.5 ')[1]!.split('### 2.6')[0]!;
    expect(consensus).toContain('Voordat de beoordeling begon, is vastgelegd');
  });

  it('shows panellists an information letter with contact, retention date and ethics line filled in', () => {
    const letter = renderLetter(letterFacts(db, study.id)!);
    expect(letter).not.toContain('nog niet ingevuld');
    expect(letter).toContain('Hoe lang: tot 2036-12-31.');
    expect(letter).toContain(
      'Ethische toetsing: niet van toepassing (demonstratiestudie zonder echte deelnemers)',
    );
  });

  it('has a handbook that states three rating rounds, a coverage round and a member check of the final standard', async () => {
    const text = await md();
    const rows = text.split('\n').filter((l) => /^\| \d\. .*\| Belang en frequentie beoordelen \|/.test(l));
    expect(rows).toHaveLength(3);
    expect(text).toContain('In ronde 2 toetste het panel of de indeling in clusters de praktijk dekt.');
    expect(text).toContain(
      'In ronde 4 en ronde 5 was die terugkoppeling ook per stakeholdergroep uitgesplitst.',
    );
    expect(text).toContain(
      'In ronde 2 noemde het panel 4 nieuwe of ontbrekende activiteiten: 3 samengevoegd met een bestaand item en 1 met een reden niet overgenomen.',
    );
    expect(text).toContain(
      'In ronde 1 noemde het panel 2 nieuwe of ontbrekende activiteiten: 1 opgenomen als nieuw item en 1 met een reden niet overgenomen.',
    );
    expect(text).not.toContain('Er is geen aparte ronde gehouden waarin het panel de dekking');
    expect(text).toMatch(/\| Ronde 6 \| [^|]+ \| 10 \| 1 \| 10 van 11 akkoord \|/);
    expect(text).not.toContain('geen member check');
    expect(text).toContain('In ronde 6 beoordeelde het panel de criteria, normen en bronnen van bewijs');
    expect(text).toContain('| 6. Controle van de definitieve standaard | Criteria en normen beoordelen |');
    expect(text).not.toMatch(/stond(en)? nog open/);
  });

  it('gives every item of the standard the same number and wording in chapter 4, the scoring lists and appendix C', async () => {
    const text = await md();
    const chapter4 = text.slice(text.indexOf('## 4 De standaard'), text.indexOf('### Niet opgenomen items'));
    const appendixA = text.slice(text.indexOf('## Bijlage A'), text.indexOf('## Bijlage B'));
    const appendixC = text.slice(text.indexOf('## Bijlage C'));
    const items = [...chapter4.matchAll(/^\*\*(\d+\.\d+\.\d+)\*\* (.+)$/gm)].map(
      (m) => [m[1]!, m[2]!] as const,
    );
    expect(items.length).toBe(loadHandbookRecords(db, study.id, 1)!.items.length);
    for (const [n, t] of items) {
      expect(appendixA).toContain(`**${n} ${t}**`);
      expect(appendixC).toMatch(
        new RegExp(
          `\\| ${n.replace(/\./g, '\\.')}( \\(ronde \\d: [\\d.]+\\))? ${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|`,
        ),
      );
    }
    // Every item has a criterion, a norm (or explicitly none) and a source of evidence.
    const blocks = chapter4.split(/^\*\*\d+\.\d+\.\d+\*\* /m).slice(1);
    expect(blocks).toHaveLength(items.length);
    for (const b of blocks) {
      expect(b).toMatch(/\*\*Criterium:\*\* \S/);
      expect(b).toMatch(/\*\*Norm:\*\* (In ten minste \d+%|In alle|Geen norm)/);
      expect(b).toMatch(/\*\*Bron van bewijs:\*\* \S/);
    }
  });
});
