import type { Dict } from '../../i18n';
import { Csrf, type FieldErrors } from '../../components/form';
import { ClusterSelect, PhaseSelect } from './item-row';
import { draftUrl, type ClusterOption, type StudyRef } from './types';

/** What was typed into the add forms, kept when the server answers 422. */
export interface AddValues {
  text?: string;
  clusterId?: string;
  phaseId?: string;
  label?: string;
  parentId?: string;
}

function ErrorText(props: { id: string; error: string | undefined }) {
  if (!props.error) return null;
  return (
    <p class="error" id={props.id}>
      {props.error}
    </p>
  );
}

/** Add an item, and add a cluster or sub-aspect; an empty wording or name comes back here with its message. */
export function AddForms(props: {
  t: Dict;
  csrf: string;
  study: StudyRef;
  options: ClusterOption[];
  values?: AddValues;
  errors?: FieldErrors;
}) {
  const { t, study } = props;
  const v = props.values ?? {};
  const e = props.errors ?? {};
  const base = draftUrl(study.id);
  const described = (hint: string, field: string) =>
    [hint, e[field] ? `f-new-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="add-forms">
      <form method="post" action={`${base}/items`} class="card" id="add-item">
        <Csrf token={props.csrf} />
        <h2>{t.draft.addItem}</h2>
        <div class={e.text ? 'field has-error' : 'field'}>
          <label for="f-new-text">{t.draft.wording}</label>
          <p class="hint" id="f-new-text-hint">
            {t.draft.wordingHint}
          </p>
          <ErrorText id="f-new-text-error" error={e.text} />
          <textarea
            id="f-new-text"
            name="text"
            rows={2}
            aria-describedby={described('f-new-text-hint', 'text')}
            aria-invalid={e.text ? 'true' : undefined}
            autofocus={!!e.text}
          >
            {v.text ?? ''}
          </textarea>
        </div>
        <div class="field-row">
          <div class="field">
            <label for="f-new-cluster">{t.draft.cluster}</label>
            <ClusterSelect
              id="f-new-cluster"
              name="clusterId"
              t={t}
              options={props.options}
              value={v.clusterId ?? ''}
            />
          </div>
          <div class="field">
            <label for="f-new-phase">{t.draft.phase}</label>
            <PhaseSelect id="f-new-phase" t={t} phases={study.phases} value={v.phaseId ?? ''} />
          </div>
        </div>
        <button type="submit">{t.draft.add}</button>
      </form>
      <form method="post" action={`${base}/clusters`} class="card" id="add-cluster">
        <Csrf token={props.csrf} />
        <h2>{t.draft.addCluster}</h2>
        <div class={e.label ? 'field has-error' : 'field'}>
          <label for="f-new-label">{t.draft.clusterLabel}</label>
          <ErrorText id="f-new-label-error" error={e.label} />
          <input
            type="text"
            id="f-new-label"
            name="label"
            value={v.label ?? ''}
            aria-describedby={described('', 'label')}
            aria-invalid={e.label ? 'true' : undefined}
            autofocus={!!e.label}
          />
        </div>
        <div class="field">
          <label for="f-new-cluster-parent">{t.draft.parent}</label>
          <select id="f-new-cluster-parent" name="parentId">
            <option value="">{t.draft.topLevel}</option>
            {props.options
              .filter((o) => o.parentId === null)
              .map((o) => (
                <option value={String(o.id)} selected={String(o.id) === v.parentId}>
                  {o.label}
                </option>
              ))}
          </select>
        </div>
        <button type="submit">{t.draft.add}</button>
      </form>
    </div>
  );
}
