import { EVIDENCE_SOURCES, type Phase } from '../../../src/domain';
import type { Dict } from '../../i18n';
import { Csrf, ErrorSummary, Select, TextArea, TextInput, type FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';

export type ItemFormValues = Record<string, string | string[]>;

/** The edit form of one standard item: wording, place, phase, and criterion with norm, source, rubric. */
export function ItemFormPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string; phases: Phase[] };
  versionNumber: number;
  itemId: number;
  itemNumber: string;
  places: { value: string; label: string }[];
  values: ItemFormValues;
  errors?: FieldErrors;
}) {
  const { t, study } = props;
  const S = t.standard;
  const e = props.errors ?? {};
  const v = (k: string) => (typeof props.values[k] === 'string' ? (props.values[k] as string) : '');
  const base = `/studies/${study.id}/standard/versions/${props.versionNumber}`;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="standard" title={study.title} />
      <p class="muted">
        <a href={`/studies/${study.id}/standard`}>{S.title}</a> /{' '}
        <a href={base}>{S.version(props.versionNumber)}</a>
      </p>
      <h1>
        {S.editItem} {props.itemNumber}
      </h1>
      <form method="post" action={`${base}/items/${props.itemId}`}>
        <ErrorSummary errors={e} message={t.common.formHasErrors} />
        <Csrf token={props.csrf} />
        <TextArea name="text" label={S.itemText} value={v('text')} error={e.text} rows={3} />
        <Select
          name="subAspectId"
          label={S.place}
          value={v('subAspectId')}
          options={props.places}
          error={e.subAspectId}
        />
        <Select
          name="phaseId"
          label={S.phase}
          value={v('phaseId')}
          options={[
            { value: '', label: S.noPhase },
            ...study.phases.map((p) => ({ value: p.id, label: p.label })),
          ]}
          error={e.phaseId}
        />
        <TextArea
          name="criterion"
          label={S.criterion}
          hint={S.criterionHint}
          value={v('criterion')}
          error={e.criterion}
          rows={3}
        />
        <div class="field-row">
          <TextInput
            name="normPercentage"
            type="number"
            label={S.normPercentage}
            hint={S.normPercentageHint}
            value={v('normPercentage')}
            error={e.normPercentage}
          />
          <TextInput
            name="normUnit"
            label={S.normUnit}
            hint={S.normUnitHint}
            value={v('normUnit')}
            error={e.normUnit}
          />
        </div>
        <label class="check">
          <input type="checkbox" name="noNorm" value="on" checked={v('noNorm') === 'on'} /> {S.noNorm}
        </label>
        <Select
          name="evidenceSource"
          label={S.evidenceSource}
          value={v('evidenceSource')}
          error={e.evidenceSource}
          options={EVIDENCE_SOURCES.map((s) => ({
            value: s,
            label: S[`source_${s}`],
          }))}
        />
        <fieldset
          class={e.rubric1 ? 'field has-error' : 'field'}
          id="f-rubric1"
          aria-describedby="rubric-hint"
        >
          <legend>{S.rubric}</legend>
          <p class="hint" id="rubric-hint">
            {S.rubricHint}
          </p>
          {e.rubric1 && <p class="error">{e.rubric1}</p>}
          {[1, 2, 3, 4, 5].map((n) => (
            <div class="field">
              <label for={`f-rubric${n}-input`}>{S.rubricLevel(n)}</label>
              <input id={`f-rubric${n}-input`} name={`rubric${n}`} value={v(`rubric${n}`)} />
            </div>
          ))}
        </fieldset>
        <TextArea
          name="explanation"
          label={S.explanation}
          value={v('explanation')}
          error={e.explanation}
          rows={3}
        />
        <div class="actions">
          <button type="submit">{t.common.save}</button>
          <a href={`${base}#item-${props.itemId}`}>{t.common.cancel}</a>
        </div>
      </form>
      <form
        method="post"
        action={`${base}/items/${props.itemId}/delete`}
        class="card"
        hx-confirm={S.deleteItemConfirm}
      >
        <Csrf token={props.csrf} />
        <button type="submit" class="danger">
          {S.deleteItem}
        </button>
      </form>
    </section>
  );
}
