import type { Panellist } from '../../../db/panel/panel';
import { Csrf, ErrorSummary, TextArea, TextInput, type FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import type { Dict } from '../../i18n';
import { fmt } from '../participate/fmt';

/** One panellist for owners and editors: correct details, export everything stored, erase. */
export function PanellistPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string };
  person: Panellist;
  values?: Record<string, string>;
  errors?: FieldErrors;
  eraseValues?: Record<string, string>;
  eraseErrors?: FieldErrors;
  notice?: string | undefined;
}) {
  const { t, person } = props;
  const p = t.panel;
  const base = `/studies/${props.study.id}/panel/${person.id}`;
  const v = props.values ?? {
    name: person.name,
    email: person.email ?? '',
    organisation: person.organisation,
    role: person.role,
    stakeholderGroup: person.stakeholderGroup,
  };
  const e = props.errors ?? {};
  const ev = props.eraseValues ?? {};
  const ee = props.eraseErrors ?? {};
  return (
    <section>
      <StudyNav t={t} studyId={props.study.id} current="panel" title={props.study.title} />
      <h1>{fmt(p.personTitle, { pseudonym: person.pseudonym })}</h1>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <p>
        <a href={`${base}/export.json`}>{p.exportPerson}</a>
      </p>
      <form method="post" action={`${base}/edit`} class="card">
        <Csrf token={props.csrf} />
        <h2>{p.editDetails}</h2>
        <ErrorSummary errors={e} message={t.common.formHasErrors} />
        <TextInput name="name" label={p.name} value={v['name']} error={e['name']} required />
        <TextInput name="email" type="email" label={p.email} value={v['email']} error={e['email']} />
        <TextInput name="organisation" label={p.organisation} value={v['organisation']} />
        <TextInput name="role" label={p.role} value={v['role']} />
        <TextInput name="stakeholderGroup" label={p.group} value={v['stakeholderGroup']} />
        <button type="submit">{p.saveDetails}</button>
      </form>
      <form method="post" action={`${base}/erase`} class="card" id="erase">
        <Csrf token={props.csrf} />
        <h2>{p.eraseTitle}</h2>
        <p>{p.eraseIntro}</p>
        <ErrorSummary errors={ee} message={t.common.formHasErrors} />
        <fieldset class="field" aria-invalid={ee['answers'] ? 'true' : undefined}>
          <legend>{p.eraseTitle}</legend>
          {ee['answers'] && <p class="error">{ee['answers']}</p>}
          <label class="check block">
            <input type="radio" name="answers" value="keep" checked={ev['answers'] === 'keep'} required />{' '}
            {p.eraseKeep}
          </label>
          <label class="check block">
            <input type="radio" name="answers" value="remove" checked={ev['answers'] === 'remove'} />{' '}
            {p.eraseRemove}
          </label>
        </fieldset>
        <TextArea
          name="reason"
          label={p.eraseReason}
          hint={p.eraseReasonHint}
          value={ev['reason']}
          error={ee['reason']}
          rows={2}
          required
        />
        <button type="submit" class="danger">
          {p.eraseButton}
        </button>
      </form>
    </section>
  );
}
