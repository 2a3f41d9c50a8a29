import type { Context } from 'hono';
import { signalsForVersion } from '../../services/review/results';
import { findDraftVersion, type StandardVersion } from '../../../db/standard/standard';
import { ReviewSignals } from '../../../views/pages/review/signals';
import type { StudyEnv } from '../../http/study-access';
import { diffItems } from '../../standard';
import { versionTreeOf } from '../standard/actions';

/** The "what the reviews say" section of an adopted version's page, or nothing when it was never reviewed. */
export function reviewSignalsFor(c: Context<StudyEnv>, v: StandardVersion) {
  const { db, study, t } = c.var;
  if (v.status !== 'adopted') return undefined;
  const aboveGroup = c.var.role === 'viewer';
  const signals = signalsForVersion(db, study.id, v.id, { aboveGroup });
  if (signals.size === 0) return undefined;
  const items = diffItems(versionTreeOf(db, v.id))
    .filter((x) => signals.has(x.lineage))
    .map((x) => ({ number: x.number, text: x.text, ...signals.get(x.lineage)! }));
  const canCopy = c.var.role !== 'viewer' && !findDraftVersion(db, study.id);
  return (
    <ReviewSignals
      t={t}
      csrf={c.var.csrf}
      copyAction={canCopy ? `/studies/${study.id}/standard/versions/${v.number}/copy` : null}
      aboveGroup={aboveGroup}
      items={items}
    />
  );
}
