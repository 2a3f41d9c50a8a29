import type { ItemImportRow } from '../../../src/item-import/parse';
import { Csrf } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import type { Dict } from '../../i18n';
import { draftUrl, type StudyRef } from './types';

export interface ImportPreview {
  fileName: string;
  kind: string;
  /** The table as read from the file, sent back on confirm and checked again. */
  tableJson: string;
  rows: ItemImportRow[];
  unknownHeaders: string[];
  /** Set when a CSV was read as Windows-1252 because it was no UTF-8. */
  encoding?: 'windows-1252' | undefined;
}

/** A cell as the preview shows it: a very long one cut short, with its length, so the table stays readable. */
function Cell(props: { t: Dict; text: string }) {
  if (props.text.length <= 300) return <td>{props.text}</td>;
  return (
    <td>
      {props.text.slice(0, 200)}… <span class="muted">{props.t.itemImport.longCell(props.text.length)}</span>
    </td>
  );
}

export interface ImportItemsProps {
  t: Dict;
  csrf: string;
  study: StudyRef;
  error?: string | undefined;
  preview?: ImportPreview | undefined;
}

/**
 * Upload form, then a preview of every row with what is wrong with it (beside the row number, so it is seen on a
 * phone and beside a long cell); confirm only when all rows are fine.
 */
export function ImportItemsPage(props: ImportItemsProps) {
  const { t, study } = props;
  const T = t.itemImport;
  const base = `${draftUrl(study.id)}/import`;
  const p = props.preview;
  const refused = p ? p.rows.filter((r) => r.errors.length).length : 0;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="draft" title={study.title} />
      <h1>{T.title}</h1>
      <p class="muted">{T.intro}</p>
      {props.error && (
        <div class="error-summary" role="alert" tabindex={-1} autofocus>
          <p>{props.error}</p>
        </div>
      )}
      {p && (
        <section aria-labelledby="preview-title" id="preview">
          <h2 id="preview-title">
            {T.previewTitle}: {p.fileName}
          </h2>
          <div
            class={refused ? 'error-summary' : 'notice'}
            role={refused ? 'alert' : 'status'}
            tabindex={-1}
            autofocus
          >
            <p>{refused ? T.previewRefused(refused, p.rows.length) : T.previewOk(p.rows.length)}</p>
            {p.encoding === 'windows-1252' && <p>{T.readAs1252}</p>}
            {p.unknownHeaders.length > 0 && <p>{T.unknownHeaders(p.unknownHeaders.join(', '))}</p>}
            {p.rows.some((r) => r.errors.includes('errPhase')) && (
              <p>{T.phasesAre(study.phases.map((ph) => `${ph.id} (${ph.label})`).join(', '))}</p>
            )}
          </div>
          <div class="table-wrap">
            <table class="import-preview">
              <thead>
                <tr>
                  <th scope="col">{T.row}</th>
                  <th scope="col">{T.problem}</th>
                  <th scope="col">{T.cluster}</th>
                  <th scope="col">{T.subAspect}</th>
                  <th scope="col">{T.phase}</th>
                  <th scope="col">{T.wording}</th>
                  <th scope="col">{T.criterion}</th>
                  <th scope="col">{T.norm}</th>
                </tr>
              </thead>
              <tbody>
                {p.rows.map((r) => (
                  <tr class={r.errors.length ? 'has-error' : undefined}>
                    <td>{r.row}</td>
                    <td>
                      {r.errors.length ? <strong>{r.errors.map((e) => T[e]).join('; ')}</strong> : T.ok}
                    </td>
                    <Cell t={t} text={r.input.cluster} />
                    <Cell t={t} text={r.input.subAspect} />
                    <Cell t={t} text={r.phaseText} />
                    <Cell t={t} text={r.input.wording} />
                    <Cell t={t} text={r.input.criterion} />
                    <Cell t={t} text={r.normText} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {!refused && p.rows.length > 0 && (
            <form method="post" action={base} class="actions">
              <Csrf token={props.csrf} />
              <input type="hidden" name="fileName" value={p.fileName} />
              <input type="hidden" name="kind" value={p.kind} />
              <input type="hidden" name="table" value={p.tableJson} />
              <button type="submit">{T.confirm(p.rows.length)}</button>
            </form>
          )}
        </section>
      )}
      <form method="post" action={`${base}/preview`} enctype="multipart/form-data" class="card">
        <Csrf token={props.csrf} />
        <div class="field">
          <label for="f-file">{T.file}</label>
          <input id="f-file" type="file" name="file" accept=".csv,.txt,.xlsx,.json,.qdc" required />
        </div>
        <button type="submit" class={p ? 'secondary' : undefined}>
          {T.preview}
        </button>
      </form>
    </section>
  );
}
