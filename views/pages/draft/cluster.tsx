import type { Dict } from '../../i18n';
import { Csrf, ErrorSummary, type FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import { clusterUrl, draftUrl, type ClusterOption, type StudyRef } from './types';

/** Rename, merge and split one cluster or sub-aspect. */
export function ClusterPage(props: {
  t: Dict;
  csrf: string;
  study: StudyRef;
  cluster: { id: number; number: string; label: string; parentId: number | null };
  /** Clusters of the same level it can be merged into. */
  targets: ClusterOption[];
  subs: { id: number; number: string; label: string }[];
  items: { id: number; number: string; text: string }[];
  values: { label: string; newLabel: string };
  errors?: FieldErrors;
}) {
  const { t, study, cluster: c } = props;
  const e = props.errors ?? {};
  const url = clusterUrl(study.id, c.id);
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="draft" title={study.title} />
      <h1>
        {c.parentId === null ? t.draft.clusterTitle : t.draft.subTitle} {c.number} {c.label}
      </h1>
      <p>
        <a href={`${draftUrl(study.id)}#cluster-${c.id}`}>{t.draft.backToDraft}</a>
      </p>
      <ErrorSummary errors={e} message={t.common.formHasErrors} />
      <form method="post" action={`${url}/rename`} class="card">
        <Csrf token={props.csrf} />
        <h2>{t.draft.rename}</h2>
        <div class={e.label ? 'field has-error' : 'field'}>
          <label for="f-label">{t.draft.clusterLabel}</label>
          {e.label && <p class="error">{e.label}</p>}
          <input
            type="text"
            id="f-label"
            name="label"
            value={props.values.label}
            aria-invalid={e.label ? 'true' : undefined}
          />
        </div>
        <button type="submit">{t.draft.save}</button>
      </form>
      {props.targets.length > 0 && (
        <form method="post" action={`${url}/merge`} class="card">
          <Csrf token={props.csrf} />
          <h2>{t.draft.mergeCluster}</h2>
          <div class={e.target ? 'field has-error' : 'field'}>
            <label for="f-target">{t.draft.mergeInto}</label>
            {e.target && <p class="error">{e.target}</p>}
            <select id="f-target" name="target">
              {props.targets.map((o) => (
                <option value={String(o.id)}>{o.label}</option>
              ))}
            </select>
          </div>
          <button type="submit">{t.draft.merge}</button>
        </form>
      )}
      <form method="post" action={`${url}/split`} class="card">
        <Csrf token={props.csrf} />
        <h2>{t.draft.splitCluster}</h2>
        <p class="hint">{t.draft.splitClusterHint}</p>
        <div class={e.newLabel ? 'field has-error' : 'field'}>
          <label for="f-newLabel">{t.draft.newClusterLabel}</label>
          {e.newLabel && <p class="error">{e.newLabel}</p>}
          <input
            type="text"
            id="f-newLabel"
            name="newLabel"
            value={props.values.newLabel}
            aria-invalid={e.newLabel ? 'true' : undefined}
          />
        </div>
        {props.subs.length > 0 && (
          <fieldset class="field">
            <legend>{t.draft.moveSubs}</legend>
            {props.subs.map((s) => (
              <label class="check block">
                <input type="checkbox" name="subIds" value={String(s.id)} /> {s.number} {s.label}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset id="f-choice" class={e.choice ? 'field has-error' : 'field'}>
          <legend>{t.draft.moveItems}</legend>
          {e.choice && <p class="error">{e.choice}</p>}
          {props.items.map((it) => (
            <label class="check block">
              <input type="checkbox" name="itemIds" value={String(it.id)} /> {it.number} {it.text}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t.draft.split}</button>
      </form>
    </section>
  );
}
