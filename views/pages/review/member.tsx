import type { RoundResults } from '../../../src/compliance';
import type { Dict } from '../../i18n';
import { Csrf, ErrorSummary, TextInput, type FieldErrors } from '../../components/form';
import { AutosaveForm } from '../participate/autosave';
import { Choice, NoteField } from '../participate/fields';
import { ResultsTables } from './results';
import { REVIEW_SCORES } from '../../../src/domain';

export interface ToReview {
  practitionerId: number;
  pseudonym: string;
  dossiers: { id: number; code: string; done: number }[];
}

/** A reviewer's home on a phone: whom to review, their dossiers, own results and group results. */
export function MemberHome(props: {
  t: Dict;
  csrf: string;
  base: string;
  pseudonym: string;
  sampleSize: number;
  open: boolean;
  toReview: ToReview[];
  itemCount: number;
  own: RoundResults;
  group: RoundResults;
  values: Record<string, string | string[]>;
  errors: FieldErrors;
}) {
  const { t } = props;
  const R = t.review;
  const code = typeof props.values['code'] === 'string' ? props.values['code'] : '';
  return (
    <>
      <h1>{props.pseudonym}</h1>
      <details class="card" open>
        <summary>{R.infoTitle}</summary>
        <p>{R.info(props.sampleSize)}</p>
        <p>{R.privacy}</p>
      </details>
      {!props.open && <p class="notice">{R.closed}</p>}
      <h2>{R.yourReviews}</h2>
      {props.toReview.map((p) => (
        <section class="card" data-practitioner={p.pseudonym}>
          <h3>{p.pseudonym}</h3>
          <ul>
            {p.dossiers.map((d) => (
              <li>
                <a href={`${props.base}/d/${d.id}`}>{R.scoreDossier(d.code)}</a>{' '}
                <span class="muted">{R.progress(d.done, props.itemCount)}</span>
              </li>
            ))}
          </ul>
          {props.open && (
            <form method="post" action={`${props.base}/dossiers`} id={`add-${p.practitionerId}`}>
              <Csrf token={props.csrf} />
              <input type="hidden" name="practitionerId" value={String(p.practitionerId)} />
              {String(props.values['practitionerId']) === String(p.practitionerId) && (
                <ErrorSummary
                  errors={props.errors}
                  message={t.common.formHasErrors}
                  idSuffix={`-${p.practitionerId}`}
                />
              )}
              <TextInput
                name="code"
                id={`f-code-${p.practitionerId}`}
                label={R.dossierCode}
                hint={R.dossierHint}
                value={String(props.values['practitionerId']) === String(p.practitionerId) ? code : ''}
                error={
                  String(props.values['practitionerId']) === String(p.practitionerId)
                    ? props.errors['code']
                    : undefined
                }
              />
              <button type="submit">{R.addDossier}</button>
            </form>
          )}
        </section>
      ))}
      <h2>{R.ownResults}</h2>
      <div id="own-results">
        <ResultsTables t={t} r={props.own} id="own-items" />
      </div>
      <h2>{R.groupResults}</h2>
      <div id="group-results">
        <ResultsTables t={t} r={props.group} id="group-items" />
      </div>
    </>
  );
}

export interface ScoreItem {
  id: number;
  number: string;
  text: string;
  criterion: string;
  norm: string;
  evidence: string;
  rubricLevels: string[];
  clusterLabel: string;
  score: string | null;
  note: string;
}

/** Scoring one dossier: per criterion the activity, criterion, norm and levels, four choices and a note, autosaved. */
export function DossierPage(props: {
  t: Dict;
  csrf: string;
  base: string;
  dossierId: number;
  code: string;
  practitioner: string;
  open: boolean;
  items: ScoreItem[];
}) {
  const { t } = props;
  const R = t.review;
  const options = REVIEW_SCORES.map((s) => [s, R[`score_${s}`]] as const);
  let cluster = '';
  return (
    <>
      <p>
        <a href={props.base}>{R.back}</a>
      </p>
      <h1>
        {R.scoreDossier(props.code)} · {props.practitioner}
      </h1>
      {!props.open && <p class="notice">{R.closed}</p>}
      {props.items.map((x) => {
        const heading = x.clusterLabel !== cluster ? <h2>{(cluster = x.clusterLabel)}</h2> : null;
        return (
          <>
            {heading}
            <AutosaveForm
              t={t}
              id={`s-${x.id}`}
              action={`${props.base}/d/${props.dossierId}/i/${x.id}`}
              csrf={props.csrf}
              seen=""
            >
              <p class="std-text">
                <strong>{x.number}</strong> {x.text}
              </p>
              <dl class="meta">
                <dt>{R.criterion}</dt>
                <dd>{x.criterion || '—'}</dd>
                <dt>{R.norm}</dt>
                <dd>{x.norm}</dd>
                <dt>{t.standard.evidenceSource}</dt>
                <dd>{x.evidence}</dd>
                {x.rubricLevels.length > 0 && (
                  <>
                    <dt>{R.rubric}</dt>
                    <dd>
                      <ol>
                        {x.rubricLevels.map((l) => (
                          <li>{l}</li>
                        ))}
                      </ol>
                    </dd>
                  </>
                )}
              </dl>
              <Choice legend={`${R.scores} ${x.number}`} name="score" checked={x.score} options={options} />
              <NoteField id={`n-${x.id}`} label={R.note} name="note" rows={2} max={2000} value={x.note} />
            </AutosaveForm>
          </>
        );
      })}
    </>
  );
}
