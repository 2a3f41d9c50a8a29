import type { Dict } from '../../i18n';
import { Csrf } from '../../components/form';
import { StudyNav } from '../../components/study-nav';

export function ExportPage(props: { t: Dict; study: { id: number; title: string } }) {
  const T = props.t.transfer;
  return (
    <section>
      <StudyNav t={props.t} studyId={props.study.id} current="standard" title={props.study.title} />
      <h1>{T.exportTitle}</h1>
      <p>{T.exportIntro}</p>
      <p class="notice">{T.privacy}</p>
      <p>
        <a class="button" href={`/studies/${props.study.id}/transfer/export.json`} hx-boost="false" download>
          {T.download}
        </a>
      </p>
    </section>
  );
}

export function ImportPage(props: { t: Dict; csrf: string; error?: string | undefined; details?: string[] }) {
  const T = props.t.transfer;
  const err = props.error;
  return (
    <section>
      <p class="muted">
        <a href="/studies">{props.t.common.studies}</a>
      </p>
      <h1>{T.importTitle}</h1>
      <p>{T.importIntro}</p>
      <p class="notice">{T.privacy}</p>
      <form method="post" action="/studies/import" enctype="multipart/form-data" hx-boost="false">
        {err && (
          <div class="error-summary" role="alert" tabindex={-1}>
            <p>{err}</p>
            {props.details && props.details.length > 0 && (
              <ul>
                {props.details.map((d) => (
                  <li>
                    <code>{d}</code>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <Csrf token={props.csrf} />
        <div class={err ? 'field has-error' : 'field'}>
          <label for="f-file">{T.file}</label>
          <input
            type="file"
            id="f-file"
            name="file"
            accept="application/json,.json"
            aria-invalid={err ? 'true' : undefined}
          />
        </div>
        <button type="submit">{T.submit}</button>
      </form>
    </section>
  );
}
