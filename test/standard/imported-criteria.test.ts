import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { itemCriteria, items } from '../../db/schema';
import { loadVersionContent } from '../../db/standard/items';
import { createFromDecisions } from '../../src/services/standard/from-decisions';
import { tempDb } from '../_setup';
import { standardFixture } from './_fixture';

describe('createFromDecisions with imported items', () => {
  it('starts a standard item from the criterion and norm that came with the imported draft item', async () => {
    const db = tempDb();
    const f = await standardFixture(db);
    const [first] = db.select().from(items).where(eq(items.studyId, f.study.id)).orderBy(asc(items.id)).all();
    db.insert(itemCriteria)
      .values({
        itemId: first!.id,
        criterion: 'Afspraak staat in het dossier.',
        normPercentage: 90,
        normUnit: 'gesprekken',
      })
      .run();
    const v = createFromDecisions(db, f.study, f.user.id);
    const content = loadVersionContent(db, v.id).items;
    expect(content.find((x) => x.sourceItemId === first!.id)).toMatchObject({
      criterion: 'Afspraak staat in het dossier.',
      normPercentage: 90,
      normUnit: 'gesprekken',
    });
    expect(content.filter((x) => x.criterion === '')).toHaveLength(content.length - 1);
  });
});
