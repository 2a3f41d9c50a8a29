import type { Replacement } from '../../../src/pseudonymize';
import type { Extra } from '../../../src/cases/pseudonymize-choices';
import { EXTRA_KINDS, type Phase } from '../../../src/domain';
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

/**
 * A long text with each proposed replacement ticked in place, where it occurs, and the replacements added by
 * hand marked: the text is sent once more (beside the hidden original the save step needs), not again as the
 * context of every proposal, so the page grows with the text instead of several times over.
 */
export function InlineChoices(props: {
  text: string;
  proposed: Replacement[];
  keep: ReadonlySet<number>;
  chosen: Replacement[];
}) {
  const offered = new Set(props.proposed);
  const marks = [
    ...props.proposed.map((r, i) => ({ r, i })),
    ...props.chosen.filter((r) => !offered.has(r)).map((r) => ({ r, i: -1 })),
  ].sort((a, b) => a.r.start - b.r.start);
  const parts: unknown[] = [];
  let at = 0;
  for (const { r, i } of marks) {
    if (r.start < at) continue;
    parts.push(props.text.slice(at, r.start));
    parts.push(
      i < 0 ? (
        <Mark r={r} />
      ) : (
        <label>
          <input type="checkbox" name="keep" value={String(i)} checked={props.keep.has(i)} />
          <del class="pii">{r.original}</del>
          <ins class="pii">{r.placeholder}</ins>
        </label>
      ),
    );
    at = r.end;
  }
  parts.push(props.text.slice(at));
  return <div class="case-text">{parts}</div>;
}

function Mark(props: { r: Replacement }) {
  return (
    <span>
      <del class="pii">{props.r.original}</del>
      <ins class="pii">{props.r.placeholder}</ins>
    </span>
  );
}

const BLANK: Extra[] = [
  { text: '', kind: 'person' },
  { text: '', kind: 'person' },
];

export type CasePreviewProps = {
  t: Dict;
  csrf: string;
  studyId: number;
  phases: Phase[];
  values: CaseFormValues;
  original: string;
  proposed: Replacement[];
  keep: ReadonlySet<number>;
  extras: Extra[];
  chosen: Replacement[];
  text: string;
  /** Our signature of the proposal shown, so that only an explicit untick leaves a proposal out. */
  shown: string;
  errors?: FieldErrors;
  /** A long text: the proposals are ticked in the text itself (InlineChoices) instead of listed with context. */
  inline?: boolean;
  /** The title as it will be stored, when known (a name in it is replaced like one in the text). */
  storedTitle?: string;
};

export function CasePreview(props: CasePreviewProps) {
  const { t } = props;
  const e = props.errors ?? {};
  return (
    <form method="post" action={`/studies/${props.studyId}/cases`} id="case-preview">
      <Csrf token={props.csrf} />
      <input type="hidden" name="original" value={props.original} />
      <input type="hidden" name="shown" value={props.shown} />
      <h1>{t.cases.previewTitle}</h1>
      <ErrorSummary errors={e} message={t.common.formHasErrors} />
      <p>{t.cases.previewIntro}</p>
      <fieldset class="card">
        <legend>{t.cases.replacements}</legend>
        {props.proposed.length === 0 && <p>{t.cases.noReplacements}</p>}
        {props.inline && props.proposed.length > 0 && (
          <p>
            {t.cases.inlineReplacements.replace(
              '{n}',
              props.proposed.length.toLocaleString(t.common.dateFormat),
            )}
          </p>
        )}
        {!props.inline && (
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
        )}
        <fieldset class="field">
          <legend>{t.cases.addReplacement}</legend>
          {[...props.extras, ...BLANK].map((x, i) => (
            <div class="two-col">
              <div class={e[`extra-${i}`] ? 'field has-error' : 'field'}>
                <label for={`f-extra-${i}`}>{t.cases.extraText}</label>
                {e[`extra-${i}`] && (
                  <p class="error" id={`f-extra-${i}-error`}>
                    {e[`extra-${i}`]}
                  </p>
                )}
                <input
                  id={`f-extra-${i}`}
                  type="text"
                  name="extra"
                  value={x.text}
                  aria-describedby={e[`extra-${i}`] ? `f-extra-${i}-error` : undefined}
                  aria-invalid={e[`extra-${i}`] ? 'true' : undefined}
                />
              </div>
              <div class="field">
                <label for={`f-extra-kind-${i}`}>{t.cases.extraKind}</label>
                <select id={`f-extra-kind-${i}`} name="extraKind">
                  {EXTRA_KINDS.map((k) => (
                    <option value={k} selected={k === x.kind}>
                      {t.cases[`extraKind_${k}`]}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          ))}
        </fieldset>
        <button type="submit" class="secondary" formaction={`/studies/${props.studyId}/cases/preview`}>
          {t.cases.preview}
        </button>
      </fieldset>
      {props.inline ? (
        <>
          <h2>{t.cases.inlineResult}</h2>
          <InlineChoices
            text={props.original}
            proposed={props.proposed}
            keep={props.keep}
            chosen={props.chosen}
          />
        </>
      ) : (
        <>
          <h2>{t.cases.result}</h2>
          <Highlighted text={props.original} reps={props.chosen} />
        </>
      )}
      <div class="card">
        {props.storedTitle !== undefined && props.storedTitle !== String(props.values.title ?? '').trim() && (
          <p class="warning" role="note">
            {t.cases.titleStoredAs} <strong>{props.storedTitle}</strong>. {t.cases.titleStoredAsHint}
          </p>
        )}
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
