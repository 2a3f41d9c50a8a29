import type { Phase } from '../../../db/schema';
import type { Replacement } from '../../../src/pseudonymize';
import type { Dict } from '../../i18n';
import { Csrf, ErrorSummary, type FieldErrors } from '../../components/form';
import { CaseMetaFields, type CaseFormValues } from './form';

/** The original text with each replacement shown as struck-out original and inserted placeholder. */
export function Highlighted(props: { text: string; reps: Replacement[] }) {
  const parts: (string | ReturnType<typeof Mark>)[] = [];
  let at = 0;
  for (const r of props.reps) {
    if (r.start < at) continue;
    parts.push(props.text.slice(at, r.start));
    parts.push(<Mark r={r} />);
    at = r.end;
  }
  parts.push(props.text.slice(at));
  return <div class="case-text">{parts}</div>;
}

/**
 * A few words either side of a replacement, so two proposals for the same name ("Jansen", "Jansen") can be told
 * apart when the researcher unticks one of them.
 */
export function around(text: string, r: Replacement, width = 30): { before: string; after: string } {
  let from = Math.max(0, r.start - width);
  let to = Math.min(text.length, r.end + width);
  if (from > 0) from = text.indexOf(' ', from) + 1 || r.start;
  if (to < text.length) to = Math.max(r.end, text.lastIndexOf(' ', to));
  const flat = (x: string) => x.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + flat(text.slice(Math.min(from, r.start), r.start)).trimStart(),
    after: flat(text.slice(r.end, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}

function Mark(props: { r: Replacement }) {
  return (
    <span>
      <del class="pii">{props.r.original}</del>
      <ins class="pii">{props.r.placeholder}</ins>
    </span>
  );
}

export function CasePreview(props: {
  t: Dict;
  csrf: string;
  studyId: number;
  phases: Phase[];
  values: CaseFormValues;
  original: string;
  proposed: Replacement[];
  keep: ReadonlySet<number>;
  extras: string;
  chosen: Replacement[];
  text: string;
  errors?: FieldErrors;
}) {
  const { t } = props;
  const e = props.errors ?? {};
  return (
    <form method="post" action={`/studies/${props.studyId}/cases`} id="case-preview">
      <Csrf token={props.csrf} />
      <input type="hidden" name="original" value={props.original} />
      <h1>{t.cases.previewTitle}</h1>
      <ErrorSummary errors={e} message={t.common.formHasErrors} />
      <p>{t.cases.previewIntro}</p>
      <fieldset class="card">
        <legend>{t.cases.replacements}</legend>
        {props.proposed.length === 0 && <p>{t.cases.noReplacements}</p>}
        <ul class="plain">
          {props.proposed.map((r, i) => (
            <li>
              <label class="check">
                <input type="checkbox" name="keep" value={String(i)} checked={props.keep.has(i)} />
                <span>
                  <del class="pii">{r.original}</del> → <ins class="pii">{r.placeholder}</ins>{' '}
                  <Context text={props.original} r={r} />
                </span>
              </label>
            </li>
          ))}
        </ul>
        <div class="field">
          <label for="f-extras">{t.cases.addReplacement}</label>
          <textarea id="f-extras" name="extras" rows={3}>
            {props.extras}
          </textarea>
        </div>
        <button type="submit" class="secondary" formaction={`/studies/${props.studyId}/cases/preview`}>
          {t.cases.preview}
        </button>
      </fieldset>
      <h2>{t.cases.result}</h2>
      <Highlighted text={props.original} reps={props.chosen} />
      <div class="card">
        <CaseMetaFields t={t} phases={props.phases} values={props.values} errors={e} />
      </div>
      <div class="actions">
        <button type="submit">{t.cases.saveCase}</button>
      </div>
    </form>
  );
}

function Context(props: { text: string; r: Replacement }) {
  const { before, after } = around(props.text, props.r);
  return (
    <span class="muted context">
      ({before}
      <b>{props.r.original}</b>
      {after})
    </span>
  );
}
