import type { Db } from '../../db/client';
import { adoptVersion } from '../../db/standard/adoption';
import { loadVersionContent, updateItem } from '../../db/standard/items';
import { createFromDecisions } from '../../src/services/standard/from-decisions';
import { standardFixture } from '../standard/_fixture';

export const CRITERION = (k: number) => `Criterium ${k}: in het dossier staat met datum wat is afgesproken.`;

/**
 * The fixture study with version 1 made from its decisions, criteria filled in, and adopted. `beforeAdopt` can
 * add records (e.g. dissent) while the version is still a draft.
 */
export async function adoptedFixture(
  db: Db,
  beforeAdopt?: (f: Awaited<ReturnType<typeof standardFixture>>) => void,
) {
  const f = await standardFixture(db);
  beforeAdopt?.(f);
  const v = createFromDecisions(db, f.study, f.user.id);
  const { items } = loadVersionContent(db, v.id);
  items.forEach((x, k) =>
    updateItem(db, v.id, x.id, {
      text: x.text,
      subAspectId: x.clusterId!,
      phaseId: x.phaseId,
      criterion: CRITERION(k + 1),
      normPercentage: 80,
      normUnit: 'dossiers',
      evidenceSource: k % 2 ? 'gesprek' : 'dossier',
      rubricLevels: k === 0 ? ['Niet zichtbaar.', 'Deels zichtbaar.', 'Volledig zichtbaar.'] : [],
      explanation: '',
    }),
  );
  adoptVersion(db, v.id, f.user.id);
  return { ...f, version: v, items };
}
