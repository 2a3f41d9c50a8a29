import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadHandbookRecords } from '../../src/services/standard/handbook-records';
import { listReviewRounds } from '../../src/services/review/review';
import { groupResultsOf } from '../../src/services/review/results';
import {
  assistSettings,
  itemCriteria,
  items,
  ratingAnswers,
  ratingRevisions,
  realtimeRounds,
  reviewMembers,
  reviewRounds,
  roundAllocations,
  roundPools,
  rounds,
  standardVersions,
} from '../../db/schema';
import { exportStudy } from '../../db/transfer/export';
import { importStudy } from '../../db/transfer/import';
import { listStudiesFor } from '../../db/studies/studies';
import { findUserByEmail } from '../../db/auth/users';
import { createUser } from '../../src/services/auth/accounts';
import { DEMO_EMAIL, ensureDemo } from '../../src/services/demo/seed';
import { toHandbookInput } from '../../src/handbook-data';
import { renderHandbook } from '../../src/handbook-data/render';
import { parseStudyDocument, pseudonymizeCases, type StudyDocument } from '../../src/transfer';
import { suiteDb } from '../_setup';

// The demo study, with the parts the demo itself does not make (an item pool, a real-time round and imported
// item criteria) added to its rating rounds, so every list of the document is non-empty.
const source = suiteDb();
await ensureDemo(source);
const demoUser = findUserByEmail(source, DEMO_EMAIL)!;
const demo = listStudiesFor(source, demoUser.id, false)[0]!;
const ratingRounds = source
  .select()
  .from(rounds)
  .where(and(eq(rounds.studyId, demo.id), eq(rounds.kind, 'rating')))
  .all();
const [poolRound, liveRound] = [ratingRounds[0]!, ratingRounds[ratingRounds.length - 1]!];
source
  .insert(roundPools)
  .values({ roundId: poolRound.id, size: 5, minPerItem: 2, randomOrder: true, seed: 42 })
  .run();
const someAnswers = source
  .select()
  .from(ratingAnswers)
  .where(eq(ratingAnswers.roundId, poolRound.id))
  .limit(3)
  .all();
someAnswers.forEach((a, i) =>
  source
    .insert(roundAllocations)
    .values({ roundId: a.roundId, panellistId: a.panellistId, roundItemId: a.roundItemId, position: i })
    .run(),
);
source.insert(realtimeRounds).values({ roundId: liveRound.id }).run();
const live = source.select().from(ratingAnswers).where(eq(ratingAnswers.roundId, liveRound.id)).get()!;
for (const [importance, at] of [
  [3, '2026-02-01T10:00:00.000Z'],
  [7, '2026-02-01T10:05:00.000Z'],
] as const)
  source
    .insert(ratingRevisions)
    .values({ ...live, id: undefined, importance, comment: '', at: new Date(at) })
    .run();
const someItem = source.select().from(items).where(eq(items.studyId, demo.id)).get()!;
source
  .insert(itemCriteria)
  .values({
    itemId: someItem.id,
    criterion: 'In het dossier vastgelegd',
    normPercentage: 80,
    normUnit: 'dossiers',
  })
  .run();

source
  .insert(assistSettings)
  .values({
    studyId: demo.id,
    enabled: true,
    endpoint: 'http://127.0.0.1:9/v1',
    model: 'klein-model',
    apiKey: 'sk-geheim-1234567890',
    updatedAt: new Date(),
  })
  .run();

// Export, then import into a fresh database as a researcher of the same name, then export again.
const first = exportStudy(source, demo.id)!;
const target = suiteDb();
const importer = await createUser(target, {
  email: 'ander@example.org',
  name: demoUser.name,
  password: 'geheim-wachtwoord',
});
const parsed = parseStudyDocument(JSON.stringify(first));
if (!parsed.ok) throw new Error(`demo export does not parse: ${parsed.error} ${parsed.details.join('; ')}`);
const imported = importStudy(target, importer.id, pseudonymizeCases(parsed.doc));
const second = exportStudy(target, imported.id)!;

/** The document without its ids and id references, each list in a canonical order. */
function withoutIds(doc: StudyDocument) {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => !(k === 'id' || /Ids?$/.test(k) || k === 'mergedInto'))
          .map(([k, x]) => [k, strip(x)]),
      );
    return v;
  };
  const { exportedAt: _e, ...rest } = doc;
  return Object.fromEntries(
    Object.entries(rest).map(([k, v]) => [
      k,
      Array.isArray(v) ? v.map((x) => JSON.stringify(strip(x))).sort() : strip(v),
    ]),
  );
}

describe('a round trip of the demo study through the export document', () => {
  it('exports every part of the study, peer review, pools and real-time rounds included', () => {
    expect(first.schemaVersion).toBe(2);
    const added = [
      'itemCriteria',
      'roundPools',
      'roundAllocations',
      'realtimeRounds',
      'ratingRevisions',
      'reviewRounds',
      'reviewMembers',
      'reviewAssignments',
      'reviewDossiers',
      'reviewScores',
      'improvementActions',
    ] as const;
    for (const list of added) expect(first[list].length, list).toBeGreaterThan(0);
    expect(first.standardVersions.some((v) => v.status === 'adopted' && v.handbookRecords)).toBe(true);
  });

  it('gives the same document after import into a fresh database, apart from ids', () => {
    expect(second.reviewScores).toHaveLength(first.reviewScores.length);
    expect(second.ratingRevisions).toHaveLength(2);
    expect(withoutIds(second)).toEqual(withoutIds(first));
  });

  it('keeps every reference pointing at the same row', () => {
    // Follow a score to its dossier's practitioner and its criterion in both documents.
    const follow = (d: StudyDocument) =>
      d.reviewScores
        .map((s) => {
          const dossier = d.reviewDossiers.find((x) => x.id === s.dossierId)!;
          const who = d.reviewMembers.find((m) => m.id === dossier.practitionerId)!;
          const by = d.reviewMembers.find((m) => m.id === s.reviewerId)!;
          const item = d.standardItems.find((x) => x.id === s.itemId)!;
          return `${who.pseudonym}/${dossier.code}/${by.pseudonym}/${item.lineage}/${s.score}`;
        })
        .sort();
    expect(follow(second)).toEqual(follow(first));
    const alloc = (d: StudyDocument) =>
      d.roundAllocations.map((a) => {
        const ri = d.roundItems.find((x) => x.id === a.roundItemId)!;
        const p = d.panellists.find((x) => x.id === a.panellistId)!;
        return `${p.pseudonym}/${ri.number}/${a.position}`;
      });
    expect(alloc(second)).toEqual(alloc(first));
  });

  it('renders an adopted version’s Markdown handbook byte for byte the same', async () => {
    const adopted = first.standardVersions.filter((v) => v.status === 'adopted');
    expect(adopted.length).toBeGreaterThan(0);
    for (const v of adopted) {
      const before = await renderHandbook(
        toHandbookInput(loadHandbookRecords(source, demo.id, v.number)!),
        'md',
      );
      const after = await renderHandbook(
        toHandbookInput(loadHandbookRecords(target, imported.id, v.number)!),
        'md',
      );
      expect(typeof before).toBe('string');
      expect(after).toBe(before);
    }
    const row = target
      .select()
      .from(standardVersions)
      .where(and(eq(standardVersions.studyId, imported.id), eq(standardVersions.status, 'adopted')))
      .get()!;
    expect(row.adoptionConfirmed).toEqual(
      first.standardVersions.find((v) => v.status === 'adopted')!.adoptionConfirmed,
    );
  });

  it('gives a review round the same compliance results', () => {
    const a = listReviewRounds(source, demo.id)[0]!.round;
    const b = listReviewRounds(target, imported.id)[0]!.round;
    expect(b.status).toBe(a.status);
    const strip = (r: unknown) =>
      JSON.parse(JSON.stringify(r, (k, v) => (k === 'id' || /Ids?$/.test(k) ? undefined : v)));
    const before = groupResultsOf(source, a);
    expect(before.belowNorm.length).toBeGreaterThan(0);
    expect(strip(groupResultsOf(target, b))).toEqual(strip(before));
  });

  it('never carries reviewers’ names or link secrets, and imported review links do not work', () => {
    const text = JSON.stringify(first);
    const members = source.select().from(reviewMembers).all();
    for (const m of members) {
      expect(text).not.toContain(m.name);
      expect(text).not.toContain(m.tokenHash);
      expect(text).not.toContain(m.tokenSalt);
    }
    const round = target.select().from(reviewRounds).where(eq(reviewRounds.studyId, imported.id)).get()!;
    const fresh = target.select().from(reviewMembers).where(eq(reviewMembers.roundId, round.id)).all();
    expect(fresh.every((m) => m.name === m.pseudonym)).toBe(true);
    const oldHashes = new Set(members.map((m) => m.tokenHash));
    expect(fresh.some((m) => oldHashes.has(m.tokenHash))).toBe(false);
  });

  it('leaves the language-model assist settings and their API key out', () => {
    const text = JSON.stringify(first);
    for (const secret of ['sk-geheim-1234567890', 'klein-model', '127.0.0.1:9'])
      expect(text).not.toContain(secret);
  });

  it('refuses a document whose frozen handbook records no longer make a handbook', () => {
    const broken = {
      ...first,
      standardVersions: first.standardVersions.map((v) =>
        v.handbookRecords ? { ...v, handbookRecords: { ...v.handbookRecords, items: 'kapot' } } : v,
      ),
    };
    const result = parseStudyDocument(JSON.stringify(broken));
    expect(result).toMatchObject({ ok: false, error: 'schema' });
    if (!result.ok) expect(result.details[0]).toMatch(/^standardVersions\.\d+\.handbookRecords: /);
  });

  it('still imports a version 1 document, without the lists added since', () => {
    const {
      itemCriteria: _a,
      roundPools: _b,
      roundAllocations: _c,
      realtimeRounds: _d,
      ratingRevisions: _e,
      reviewRounds: _f,
      reviewMembers: _g,
      reviewAssignments: _h,
      reviewDossiers: _i,
      reviewScores: _j,
      improvementActions: _k,
      ...v1
    } = first;
    const old = {
      ...v1,
      schemaVersion: 1,
      standardVersions: v1.standardVersions.map(({ adoptionConfirmed: _x, handbookRecords: _y, ...v }) => v),
    };
    const result = parseStudyDocument(JSON.stringify(old));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.reviewRounds).toEqual([]);
    const study = importStudy(target, importer.id, result.doc, 'Oud bestand');
    const again = exportStudy(target, study.id)!;
    expect(again.items).toHaveLength(first.items.length);
    expect(again.reviewRounds).toEqual([]);
    expect(again.standardVersions.filter((v) => v.status === 'adopted').length).toBeGreaterThan(0);
  });
});
