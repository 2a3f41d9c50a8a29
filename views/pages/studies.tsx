import type { Dict } from '../i18n';
import { Csrf, ErrorSummary, Select, TextArea, TextInput, type FieldErrors } from '../components/form';
import { StudyNav } from '../components/study-nav';
import type { Role } from '../../src/domain';

export interface StudyRow {
  id: number;
  title: string;
  description: string;
  role: Role;
  caseCount: number;
  updatedAt: Date;
}

export function StudyListPage(props: { t: Dict; rows: StudyRow[]; archived: boolean }) {
  const { t } = props;
  const roleLabel = {
    owner: t.studies.roleOwner,
    editor: t.studies.roleEditor,
    viewer: t.studies.roleViewer,
  };
  return (
    <section>
      <h1>{props.archived ? `${t.studies.listTitle} · ${t.studies.archived}` : t.studies.listTitle}</h1>
      <div class="actions">
        <a class="button" href="/studies/new">
          {t.studies.newStudy}
        </a>
        <a class="button secondary" href="/studies/import">
          {t.transfer.importTitle}
        </a>
        <a href={props.archived ? '/studies' : '/studies?archived=1'}>
          {props.archived ? t.studies.listTitle : t.studies.showArchived}
        </a>
      </div>
      {props.rows.length === 0 ? (
        <p>{t.studies.noStudies}</p>
      ) : (
        <ul class="plain">
          {props.rows.map((s) => (
            <li class="card">
              <h2>
                <a href={`/studies/${s.id}`}>{s.title}</a>
              </h2>
              <p class="muted">
                {roleLabel[s.role]} · {s.caseCount} {t.studies.caseCount}
              </p>
              {s.description && <p>{s.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export type StudyFormValues = Record<string, string | string[] | undefined>;

export function StudyForm(props: {
  t: Dict;
  csrf: string;
  action: string;
  values: StudyFormValues;
  errors?: FieldErrors;
  submit: string;
}) {
  const { t } = props;
  const e = props.errors ?? {};
  const v = (k: string) => {
    const x = props.values[k];
    return typeof x === 'string' ? x : '';
  };
  return (
    <form method="post" action={props.action} id="study-form">
      <ErrorSummary errors={e} message={t.common.formHasErrors} />
      <Csrf token={props.csrf} />
      <TextInput name="title" label={t.studies.title} value={v('title')} error={e.title} required />
      <TextArea
        name="description"
        label={t.studies.description}
        value={v('description')}
        error={e.description}
      />
      <Select
        name="lang"
        label={t.studies.lang}
        value={v('lang') || 'nl'}
        options={[
          { value: 'nl', label: t.studies.langNl },
          { value: 'en', label: t.studies.langEn },
        ]}
      />
      <TextArea
        name="phases"
        label={t.studies.phases}
        hint={t.studies.phasesHint}
        value={v('phases')}
        error={e.phases}
        rows={6}
      />
      <Select
        name="importanceScale"
        label={t.studies.importanceScale}
        value={v('importanceScale') || '1-9'}
        options={[
          { value: '1-9', label: t.studies.scale19 },
          { value: '1-5', label: t.studies.scale15 },
        ]}
      />
      <Select
        name="frequencyScale"
        label={t.studies.frequencyScale}
        value={v('frequencyScale') || '1-5'}
        options={[
          { value: '1-5', label: t.studies.freq15 },
          { value: '1-9', label: t.studies.freq19 },
        ]}
      />
      <TextArea
        name="knownNames"
        label={t.studies.knownNames}
        hint={t.studies.knownNamesHint}
        value={v('knownNames')}
        rows={3}
      />
      <button type="submit">{props.submit}</button>
    </form>
  );
}

export function StudySettingsPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string; archivedAt: Date | null };
  canEdit: boolean;
  isOwner: boolean;
  values: StudyFormValues;
  errors?: FieldErrors;
}) {
  const { t, study } = props;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="settings" title={study.title} />
      <h1>{t.studies.settings}</h1>
      {!props.canEdit && <p class="notice">{t.studies.viewerNotice}</p>}
      {props.canEdit && (
        <StudyForm
          t={t}
          csrf={props.csrf}
          action={`/studies/${study.id}/settings`}
          values={props.values}
          errors={props.errors}
          submit={t.common.save}
        />
      )}
      {props.isOwner && (
        <form
          method="post"
          action={`/studies/${study.id}/${study.archivedAt ? 'unarchive' : 'archive'}`}
          class="actions"
        >
          <Csrf token={props.csrf} />
          <button type="submit" class="secondary">
            {study.archivedAt ? t.studies.unarchive : t.studies.archive}
          </button>
        </form>
      )}
    </section>
  );
}
