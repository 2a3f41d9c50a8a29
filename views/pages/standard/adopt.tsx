import type { AdoptionChecklist } from '../../../src/standard';
import type { Dict } from '../../i18n';
import { Csrf, ErrorSummary, type FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';

/**
 * The adoption checklist of a draft version: blocking points (with the items they concern) and warnings the
 * researcher confirms before adopting. The same page comes back with 422 when something is missing.
 */
export function AdoptPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string };
  versionNumber: number;
  checklist: AdoptionChecklist;
  confirmed: string[];
  errors?: FieldErrors;
}) {
  const { t, study, checklist } = props;
  const S = t.standard;
  const base = `/studies/${study.id}/standard/versions/${props.versionNumber}`;
  const errors = props.errors ?? {};
  const blocked = checklist.blocking.length > 0;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="standard" title={study.title} />
      <p class="muted">
        <a href={`/studies/${study.id}/standard`}>{S.title}</a> /{' '}
        <a href={base}>{S.version(props.versionNumber)}</a>
      </p>
      <h1>{`${S.adoptCheck} — ${S.version(props.versionNumber)}`}</h1>
      <ErrorSummary errors={errors} message={blocked ? S.adoptBlocked : t.common.formHasErrors} />
      <p>{S.adoptCheckIntro}</p>
      {blocked && (
        <section class="card" aria-labelledby="blocking-title" id="f-_form">
          <h2 id="blocking-title">{S.adoptBlocking}</h2>
          {checklist.blocking.map((b) => (
            <details open>
              <summary>{S[`block_${b.code}`](b.items.length)}</summary>
              <ul>
                {b.items.map((x) => (
                  <li>
                    <span class="item-no">{x.number}</span> {x.text}
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </section>
      )}
      <form method="post" action={`${base}/adopt`}>
        <Csrf token={props.csrf} />
        {checklist.warnings.length > 0 ? (
          <fieldset class="card">
            <legend>{S.adoptWarnings}</legend>
            {checklist.warnings.map((w) => {
              const name = `confirm_${w.code}`;
              return (
                <div class={errors[name] ? 'field has-error' : 'field'} id={`f-${name}`}>
                  <p>{S[`warn_${w.code}`](w.count)}</p>
                  {errors[name] && <p class="error">{errors[name]}</p>}
                  <label class="check">
                    <input
                      type="checkbox"
                      name={name}
                      value="on"
                      checked={props.confirmed.includes(w.code)}
                    />{' '}
                    {S.adoptConfirmLabel}
                  </label>
                </div>
              );
            })}
          </fieldset>
        ) : (
          !blocked && <p>{S.adoptAllClear}</p>
        )}
        <p class="hint">{S.adoptConfirm}</p>
        <button type="submit" disabled={blocked}>
          {S.adopt}
        </button>
      </form>
    </section>
  );
}
