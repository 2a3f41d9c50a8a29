import type { Phase } from '../../../db/schema';
import type { Dict } from '../../i18n';
import { formatDate, langOf } from '../../format';
import { Csrf, ErrorSummary, TextArea, type FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import { CaseMetaFields, sourceLabel, type CaseFormValues } from './form';
import type { CaseRow } from './list';

export interface CaseView extends CaseRow {
  text: string;
}

export function CasePage(props: {
  t: Dict;
  study: { id: number; title: string; phases: Phase[] };
  kase: CaseView;
  canEdit: boolean;
}) {
  const { t, study, kase } = props;
  const phaseLabel = new Map(study.phases.map((p) => [p.id, p.label]));
  const base = `/studies/${study.id}/cases/${kase.id}`;
  return (
    <article>
      <StudyNav t={t} studyId={study.id} current="cases" title={study.title} />
      <h1>{kase.title}</h1>
      <dl class="meta">
        <dt>{t.cases.sourceType}</dt>
        <dd>{sourceLabel(t, kase.sourceType)}</dd>
        <dt>{t.cases.practitioner}</dt>
        <dd>{kase.practitioner || '—'}</dd>
        <dt>{t.cases.phaseTags}</dt>
        <dd>{kase.phaseTags.map((p) => phaseLabel.get(p) ?? p).join(', ') || '—'}</dd>
        <dt>{t.cases.caseDate}</dt>
        <dd>{formatDate(kase.caseDate, langOf(t)) || '—'}</dd>
        <dt>{t.cases.words}</dt>
        <dd>{kase.wordCount}</dd>
      </dl>
      {props.canEdit && (
        <div class="actions">
          <a class="button secondary" href={`${base}/edit`}>
            {t.common.edit}
          </a>
          <a class="button secondary" href={`${base}/delete`}>
            {t.cases.deleteCase}
          </a>
        </div>
      )}
      <div class="case-text" id="case-text">
        {kase.text}
      </div>
    </article>
  );
}

export function CaseEditPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string; phases: Phase[] };
  caseId: number;
  values: CaseFormValues;
  errors?: FieldErrors;
}) {
  const { t, study } = props;
  const e = props.errors ?? {};
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="cases" title={study.title} />
      <h1>{t.cases.editCase}</h1>
      <form method="post" action={`/studies/${study.id}/cases/${props.caseId}/edit`}>
        <ErrorSummary errors={e} message={t.common.formHasErrors} />
        <Csrf token={props.csrf} />
        <CaseMetaFields t={t} phases={study.phases} values={props.values} errors={e} />
        <TextArea
          name="text"
          label={t.cases.text}
          hint={t.cases.editTextNote}
          value={typeof props.values.text === 'string' ? props.values.text : ''}
          error={e.text}
          rows={16}
        />
        <button type="submit">{t.common.save}</button>
      </form>
    </section>
  );
}

export function CaseDeletePage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string; phases: Phase[] };
  kase: { id: number; title: string };
}) {
  const { t, study, kase } = props;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="cases" title={study.title} />
      <h1>{t.cases.deleteCase}</h1>
      <p>
        <strong>{kase.title}</strong>
      </p>
      <p>{t.cases.deleteConfirm}</p>
      <form method="post" action={`/studies/${study.id}/cases/${kase.id}/delete`} class="actions">
        <Csrf token={props.csrf} />
        <button type="submit" class="danger">
          {t.cases.deleteCase}
        </button>
        <a href={`/studies/${study.id}/cases/${kase.id}`}>{t.common.cancel}</a>
      </form>
    </section>
  );
}
