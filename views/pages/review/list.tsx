import type { Dict } from '../../i18n';
import {
  CheckboxGroup,
  Csrf,
  ErrorSummary,
  Select,
  TextArea,
  TextInput,
  type FieldErrors,
} from '../../components/form';
import { StudyNav } from '../../components/study-nav';

export interface ReviewRoundRow {
  id: number;
  number: number;
  title: string;
  status: 'open' | 'closed';
  versionNumber: number;
  startsOn: string | null;
  endsOn: string | null;
}

export type Values = Record<string, string | string[]>;

const str = (v: Values, k: string, d = '') => (typeof v[k] === 'string' ? (v[k] as string) : d);
const arr = (v: Values, k: string) =>
  Array.isArray(v[k]) ? (v[k] as string[]) : v[k] ? [v[k] as string] : [];

/** Review rounds of a study and the form for a new one (re-rendered with 422 and the entered values). */
export function ReviewListPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string };
  rounds: ReviewRoundRow[];
  versions: { number: number; status: 'draft' | 'adopted' }[];
  clusters: { number: string; label: string }[];
  canEdit: boolean;
  values: Values;
  errors: FieldErrors;
}) {
  const { t, values: v, errors: e } = props;
  const R = t.review;
  const base = `/studies/${props.study.id}/reviews`;
  const adopted = props.versions.filter((x) => x.status === 'adopted');
  return (
    <section>
      <StudyNav t={t} studyId={props.study.id} current="review" title={props.study.title} />
      <h1>{R.title}</h1>
      <p>{R.intro}</p>
      <p class="notice">{R.privacy}</p>
      <h2>{R.rounds}</h2>
      {props.rounds.length === 0 ? (
        <p class="muted">{R.noRounds}</p>
      ) : (
        <ul class="review-rounds">
          {props.rounds.map((r) => (
            <li>
              <a href={`${base}/${r.id}`}>
                {R.round(r.number)}: {r.title}
              </a>{' '}
              <span class="muted">
                {R.versionLabel(r.versionNumber, true)} ·{' '}
                {r.status === 'open' ? R.statusOpen : R.statusClosed}
                {r.startsOn ? ` · ${r.startsOn} – ${r.endsOn ?? ''}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {props.rounds.length > 0 && (
        <p>
          <a href={`${base}/overview`}>{R.management}</a>
        </p>
      )}
      {props.canEdit && (
        <>
          <h2>{R.newRound}</h2>
          {adopted.length === 0 && <p class="notice">{R.noAdopted}</p>}
          <form method="post" action={base} id="new-review" class="card">
            <ErrorSummary errors={e} message={t.common.formHasErrors} />
            <Csrf token={props.csrf} />
            <TextInput
              name="title"
              label={R.roundTitle}
              value={str(v, 'title')}
              error={e['title']}
              required
            />
            <Select
              name="versionNumber"
              label={R.version}
              value={str(v, 'versionNumber', String(adopted[0]?.number ?? ''))}
              error={e['versionNumber']}
              options={props.versions.map((x) => ({
                value: String(x.number),
                label: R.versionLabel(x.number, x.status === 'adopted'),
              }))}
            />
            <TextInput
              name="startsOn"
              type="date"
              label={R.startsOn}
              value={str(v, 'startsOn')}
              error={e['startsOn']}
            />
            <TextInput
              name="endsOn"
              type="date"
              label={R.endsOn}
              value={str(v, 'endsOn')}
              error={e['endsOn']}
            />
            <CheckboxGroup
              name="clusterNumbers"
              label={R.clusters}
              values={arr(v, 'clusterNumbers')}
              error={e['clusterNumbers']}
              options={props.clusters.map((c) => ({ value: c.number, label: `${c.number} ${c.label}` }))}
            />
            <TextInput
              name="sampleSize"
              type="number"
              label={R.sampleSize}
              value={str(v, 'sampleSize', '3')}
              error={e['sampleSize']}
            />
            <Select
              name="mode"
              label={R.mode}
              value={str(v, 'mode', 'rotating')}
              error={e['mode']}
              options={[
                { value: 'rotating', label: R.modeRotating },
                { value: 'pairs', label: R.modePairs },
              ]}
            />
            <TextInput
              name="reviewersPerPractitioner"
              type="number"
              label={R.perPractitioner}
              value={str(v, 'reviewersPerPractitioner', '2')}
              error={e['reviewersPerPractitioner']}
            />
            <TextArea
              name="members"
              label={R.members}
              hint={R.membersHint}
              rows={6}
              value={str(v, 'members')}
              error={e['members']}
            />
            <button type="submit">{R.create}</button>
          </form>
        </>
      )}
    </section>
  );
}
