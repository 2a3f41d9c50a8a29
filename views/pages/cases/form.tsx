import { SOURCE_TYPES, type Phase } from '../../../src/domain';
import type { Dict } from '../../i18n';
import {
  Busy,
  CheckboxGroup,
  Csrf,
  ErrorSummary,
  Select,
  TextArea,
  TextInput,
  type FieldErrors,
} from '../../components/form';

export type CaseFormValues = Record<string, string | string[] | undefined>;

export function sourceLabel(t: Dict, s: string): string {
  return (t.cases as Record<string, string>)[`source_${s}`] ?? s;
}

/** The metadata fields shared by the new-case, preview and edit forms. */
export function CaseMetaFields(props: {
  t: Dict;
  phases: Phase[];
  values: CaseFormValues;
  errors: FieldErrors;
}) {
  const { t, values: v, errors: e } = props;
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
  const tags = Array.isArray(v.phaseTags)
    ? v.phaseTags
    : typeof v.phaseTags === 'string'
      ? [v.phaseTags]
      : [];
  return (
    <>
      <TextInput name="title" label={t.cases.title} value={str('title')} error={e.title} required />
      <Select
        name="sourceType"
        label={t.cases.sourceType}
        value={str('sourceType') || 'verslag'}
        error={e.sourceType}
        options={SOURCE_TYPES.map((s) => ({ value: s, label: sourceLabel(t, s) }))}
      />
      <TextInput
        name="practitioner"
        label={t.cases.practitioner}
        value={str('practitioner')}
        error={e.practitioner}
      />
      <CheckboxGroup
        name="phaseTags"
        label={t.cases.phaseTags}
        values={tags}
        error={e.phaseTags}
        options={props.phases.map((p) => ({ value: p.id, label: p.label }))}
      />
      <TextInput
        name="caseDate"
        type="date"
        label={t.cases.caseDate}
        value={str('caseDate')}
        error={e.caseDate}
      />
    </>
  );
}

export function NewCaseForm(props: {
  t: Dict;
  csrf: string;
  studyId: number;
  phases: Phase[];
  values: CaseFormValues;
  errors?: FieldErrors;
}) {
  const { t } = props;
  const e = props.errors ?? {};
  const text = typeof props.values.text === 'string' ? props.values.text : '';
  return (
    <form
      method="post"
      action={`/studies/${props.studyId}/cases/preview`}
      enctype="multipart/form-data"
      id="case-form"
    >
      <ErrorSummary errors={e} message={t.common.formHasErrors} />
      <Csrf token={props.csrf} />
      <CaseMetaFields t={t} phases={props.phases} values={props.values} errors={e} />
      <TextArea
        name="text"
        label={t.cases.text}
        hint={t.cases.textHint}
        value={text}
        error={e.text}
        rows={14}
      />
      <div class={e.file ? 'field has-error' : 'field'}>
        <label for="f-file">{t.cases.file}</label>
        {e.file && (
          <p class="error" id="f-file-error">
            {e.file}
          </p>
        )}
        <input
          type="file"
          id="f-file"
          name="file"
          accept=".txt,.md,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={e.file ? 'f-file-error' : undefined}
          aria-invalid={e.file ? 'true' : undefined}
        />
      </div>
      <button type="submit">{t.cases.preview}</button>
      <Busy message={t.common.working} />
    </form>
  );
}
