import type { Dict } from '../../i18n';
import { Csrf, ErrorSummary, TextInput, type FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import { draftUrl, type StudyRef } from './types';

export interface AssistValues {
  enabled: boolean;
  endpoint: string;
  model: string;
}

/** The study's language-model settings and, when it is on, the button that asks it for suggestions. */
export function AssistPage(props: {
  t: Dict;
  csrf: string;
  study: StudyRef;
  canEdit: boolean;
  values: AssistValues;
  hasKey: boolean;
  /** Whether the stored settings have the model switched on (the run button follows what is stored). */
  on: boolean;
  errors?: FieldErrors | undefined;
  notice?: string | undefined;
  failure?: string | undefined;
}) {
  const { t, study, values: v } = props;
  const base = `${draftUrl(study.id)}/assist`;
  const errors = props.errors ?? {};
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="draft" title={study.title} />
      <p>
        <a href={draftUrl(study.id)}>← {t.draft.title}</a>
      </p>
      <h1>{t.assist.title}</h1>
      <p>{t.assist.intro}</p>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      {props.failure && (
        <div class="error-summary" role="alert" tabindex={-1} autofocus>
          <p>{props.failure}</p>
        </div>
      )}
      {props.on ? (
        props.canEdit && (
          <form method="post" action={`${base}/run`} class="actions">
            <Csrf token={props.csrf} />
            <button type="submit">{t.assist.run}</button>
            <span class="hint">{t.assist.runHint}</span>
          </form>
        )
      ) : (
        <p class="muted">{t.assist.off}</p>
      )}
      {props.canEdit && (
        <form method="post" action={`${base}/settings`} class="card">
          <ErrorSummary errors={errors} message={t.assist.errors} />
          <Csrf token={props.csrf} />
          <label class="check">
            <input type="checkbox" name="enabled" checked={v.enabled} /> {t.assist.enabled}
          </label>
          <TextInput
            name="endpoint"
            label={t.assist.endpoint}
            hint={t.assist.endpointHint}
            type="url"
            value={v.endpoint}
            error={errors.endpoint}
          />
          <TextInput name="model" label={t.assist.model} value={v.model} error={errors.model} />
          <TextInput
            name="apiKey"
            label={t.assist.apiKey}
            hint={props.hasKey ? `${t.assist.keySet} ${t.assist.apiKeyHint}` : undefined}
            type="password"
            autocomplete="off"
            error={errors.apiKey}
          />
          {props.hasKey && (
            <label class="check">
              <input type="checkbox" name="removeKey" /> {t.assist.removeKey}
            </label>
          )}
          <button type="submit">{t.assist.save}</button>
        </form>
      )}
    </section>
  );
}
