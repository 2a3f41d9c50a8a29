import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadHandbookRecords } from '../../src/services/standard/handbook-records';
import { insertItem } from '../../db/draft/versions';
import { realtimeRounds, roundPools, rounds } from '../../db/schema';
import { toHandbookInput } from '../../src/handbook-data';
import { buildMethod } from '../../src/handbook/build-method';
import { texts } from '../../src/handbook/texts-for';
import { tempDb } from '../_setup';
import { adoptedFixture } from './_version';

const textOf = (blocks: unknown[]) => JSON.stringify(blocks);

describe('handbook accounting of item subsets and imported items', () => {
  it('says nothing about subsets or imports when the study used neither', async () => {
    const db = tempDb();
    const f = await adoptedFixture(db);
    const input = toHandbookInput(loadHandbookRecords(db, f.study.id, 1)!);
    const text = textOf(buildMethod(input, texts('nl'), 'nl'));
    expect(text).not.toContain('deelverzameling');
    expect(text).not.toContain('geïmporteerde itemlijst');
    expect(text).not.toContain('real-time');
  });

  it('describes the subset design of a round and counts the imported items', async () => {
    const db = tempDb();
    // The handbook of an adopted version reads the records as they were at adoption: set them up before.
    const f = await adoptedFixture(db, (g) => {
      const first = db.select().from(rounds).where(eq(rounds.studyId, g.study.id)).all()[0]!;
      db.insert(roundPools)
        .values({ roundId: first.id, size: 3, minPerItem: 4, randomOrder: true, seed: 42 })
        .run();
      insertItem(
        db,
        g.study.id,
        { text: 'Uit de literatuur.', clusterId: null, phaseId: null, origin: 'import' },
        { userId: g.user.id },
      );
    });
    const input = toHandbookInput(loadHandbookRecords(db, f.study.id, 1)!);
    expect(input.method.rounds[0]!.subset).toEqual({ size: 3, minPerItem: 4, randomOrder: true });
    expect(input.method.importedItems).toBe(1);
    const nl = textOf(buildMethod(input, texts('nl'), 'nl'));
    expect(nl).toContain(
      'In ronde 1 beoordeelde ieder panellid een willekeurige deelverzameling van 3 items',
    );
    expect(nl).toContain('minstens 4 keer werd voorgelegd, in een willekeurige volgorde per panellid');
    expect(nl).toContain(
      'wie tijdens de ronde bij het panel kwam, kreeg een eigen evenwichtige deelverzameling',
    );
    expect(nl).toContain(
      'markeert elk item waarvan het besluit op minder dan 4 geldige beoordelingen berust',
    );
    expect(nl).toContain('kwam 1 item uit een geïmporteerde itemlijst');
    expect(textOf(buildMethod(input, texts('en'), 'en'))).toContain(
      'In round 1 each panellist rated a random subset of 3 items',
    );
  });

  it('describes a round run as a real-time Delphi', async () => {
    const db = tempDb();
    const f = await adoptedFixture(db, (g) => {
      const second = db.select().from(rounds).where(eq(rounds.studyId, g.study.id)).all()[1]!;
      db.insert(realtimeRounds).values({ roundId: second.id }).run();
    });
    const input = toHandbookInput(loadHandbookRecords(db, f.study.id, 1)!);
    expect(input.method.rounds.map((r) => r.realtime ?? false)).toEqual([false, true]);
    expect(textOf(buildMethod(input, texts('nl'), 'nl'))).toContain('Ronde 2 verliep als real-time Delphi');
    expect(textOf(buildMethod(input, texts('en'), 'en'))).toContain('Round 2 ran as a real-time Delphi');
  });
});
