import { Csrf, ErrorSummary, TextArea, TextInput, type FieldErrors } from '../components/form';
import { StudyNav } from '../components/study-nav';
import type { Dict } from '../i18n';
import { fmt } from './participate/fmt';

/** The study's privacy settings: information letter, contact, ethics reference, retention; delete for owners. */
export function PrivacyPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string };
  canEdit: boolean;
  isOwner: boolean;
  values: Record<string, string>;
  errors?: FieldErrors;
  template: string;
  letter: string;
  notice?: string | undefined;
}) {
  const { t, values: v } = props;
  const p = t.privacy;
  const e = props.errors ?? {};
  const base = `/studies/${props.study.id}/privacy`;
  return (
    <section>
      <StudyNav t={t} studyId={props.study.id} current="privacy" title={props.study.title} />
      <h1>{p.title}</h1>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <p>{p.intro}</p>
      {props.canEdit && (
        <form method="post" action={base} class="card">
          <Csrf token={props.csrf} />
          <ErrorSummary errors={e} message={t.common.formHasErrors} />
          <TextInput name="contact" label={p.contact} value={v['contact']} error={e['contact']} />
          <TextInput name="ethicsRef" label={p.ethicsRef} value={v['ethicsRef']} error={e['ethicsRef']} />
          <TextInput
            name="retentionUntil"
            type="date"
            label={p.retentionUntil}
            hint={p.retentionHint}
            value={v['retentionUntil']}
            error={e['retentionUntil']}
          />
          <TextArea
            name="infoLetter"
            label={p.infoLetter}
            hint={p.infoLetterHint}
            value={v['infoLetter']}
            error={e['infoLetter']}
            rows={12}
          />
          <button type="submit">{p.save}</button>
        </form>
      )}
      <h2>{p.preview}</h2>
      <div class="card letter">
        {props.letter.split(/\n\s*\n/).map((para) => (
          <p>{para.trim()}</p>
        ))}
      </div>
      <details>
        <summary>{p.template}</summary>
        <pre class="wrap">{props.template}</pre>
      </details>
      {props.isOwner && (
        <p>
          <a href={`${base}/delete`}>{p.deleteTitle}</a>
        </p>
      )}
    </section>
  );
}

export function DeleteStudyPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string };
  error?: string | undefined;
}) {
  const p = props.t.privacy;
  const base = `/studies/${props.study.id}`;
  return (
    <section>
      <StudyNav t={props.t} studyId={props.study.id} current="privacy" title={props.study.title} />
      <h1>{p.deleteTitle}</h1>
      <p>{p.deleteIntro}</p>
      <p>
        <a class="button secondary" href={`${base}/transfer/export.json`}>
          {p.deleteExport}
        </a>
      </p>
      <form method="post" action={`${base}/privacy/delete`} class="card">
        <Csrf token={props.csrf} />
        <TextInput name="confirm" label={p.deleteConfirm} error={props.error} required />
        <button type="submit" class="danger">
          {p.deleteButton}
        </button>
      </form>
    </section>
  );
}

/** Owners' reminder on the study list: studies whose retention date has come. */
export function RetentionDue(props: {
  t: Dict;
  rows: { id: number; title: string; retentionUntil: string | null }[];
}) {
  const p = props.t.privacy;
  if (!props.rows.length) return null;
  return (
    <div class="notice" role="status">
      <h2>{p.dueTitle}</h2>
      <p>{p.dueBody}</p>
      <ul>
        {props.rows.map((r) => (
          <li>
            <a href={`/studies/${r.id}/privacy`}>{r.title}</a> (
            {fmt(p.dueUntil, { date: r.retentionUntil ?? '' })})
          </li>
        ))}
      </ul>
    </div>
  );
}

export function AccountPage(props: {
  t: Dict;
  csrf: string;
  soleOwner: { id: number; title: string }[];
  error?: string | undefined;
}) {
  const p = props.t.privacy;
  return (
    <section>
      <h1>{p.accountTitle}</h1>
      <p>{p.accountIntro}</p>
      {props.soleOwner.length > 0 ? (
        <div class="notice">
          <p>{p.soleOwner}</p>
          <ul>
            {props.soleOwner.map((s) => (
              <li>
                <a href={`/studies/${s.id}/team`}>{s.title}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <form method="post" action="/account/delete" class="card">
          <Csrf token={props.csrf} />
          <TextInput name="password" type="password" label={p.password} error={props.error} required />
          <button type="submit" class="danger">
            {p.deleteAccount}
          </button>
        </form>
      )}
    </section>
  );
}
