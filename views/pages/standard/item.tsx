import type { Phase } from '../../../db/schema';
import type { TreeItem } from '../../../src/standard';
import type { Dict } from '../../i18n';
import { Csrf } from '../../components/form';

const num = (t: Dict, v: number | null) => (v === null ? '—' : v.toLocaleString(t.common.dateFormat));

export function normLabel(t: Dict, x: { normPercentage: number | null; normUnit: string; noNorm?: boolean }) {
  if (x.noNorm) return t.standard.noNormLabel;
  return x.normPercentage === null ? '—' : t.standard.normText(x.normPercentage, x.normUnit);
}

/** One standard item with its criterion; on a draft version with edit and move controls. */
export function StandardItemView(props: {
  t: Dict;
  csrf: string;
  base: string;
  item: TreeItem;
  phases: Phase[];
  editable: boolean;
}) {
  const { t, item: x } = props;
  const S = t.standard;
  const phase = props.phases.find((p) => p.id === x.phaseId)?.label ?? S.noPhase;
  return (
    <li class="std-item" id={`item-${x.id}`}>
      <p class="std-text">
        <strong>{x.number}</strong> {x.text}
      </p>
      <dl class="meta std-fields">
        <dt>{S.criterion}</dt>
        <dd>{x.criterion || <span class="muted">{S.noCriterion}</span>}</dd>
        <dt>{S.norm}</dt>
        <dd>{normLabel(t, x)}</dd>
        <dt>{S.evidenceSource}</dt>
        <dd>{S[`source_${x.evidenceSource as 'dossier'}`] ?? x.evidenceSource}</dd>
        <dt>{S.phase}</dt>
        <dd>{phase}</dd>
        <dt>{S.criticality}</dt>
        <dd>
          {num(t, x.criticality)} ({S.medians(num(t, x.importanceMedian), num(t, x.frequencyMedian))})
          {x.criticalityClass && <> · {S[`class_${x.criticalityClass}`]}</>}
        </dd>
        {x.rubricLevels.length > 0 && (
          <>
            <dt>{S.rubric}</dt>
            <dd>
              <ol class="rubric">
                {x.rubricLevels.map((l) => (
                  <li>{l}</li>
                ))}
              </ol>
            </dd>
          </>
        )}
        {x.explanation && (
          <>
            <dt>{S.explanation}</dt>
            <dd>{x.explanation}</dd>
          </>
        )}
      </dl>
      {props.editable && (
        <div class="actions compact">
          <a
            class="button secondary"
            href={`${props.base}/items/${x.id}/edit`}
            aria-label={S.editLabel(x.number)}
          >
            {t.common.edit}
          </a>
          {(['up', 'down'] as const).map((dir) => (
            <form method="post" action={`${props.base}/items/${x.id}/move`} class="inline">
              <Csrf token={props.csrf} />
              <input type="hidden" name="direction" value={dir} />
              <button
                type="submit"
                class="secondary"
                aria-label={dir === 'up' ? S.moveUpLabel(x.number) : S.moveDownLabel(x.number)}
              >
                {dir === 'up' ? S.moveUp : S.moveDown}
              </button>
            </form>
          ))}
        </div>
      )}
    </li>
  );
}
