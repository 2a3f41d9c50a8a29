import type { Round } from '../../../db/rounds/rounds';
import { Csrf, ErrorSummary, TextArea, TextInput, type FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import type { Dict } from '../../i18n';
import { formatDate, langOf } from '../../format';
import { ROUND_KINDS } from '../../../src/domain';

export interface RoundRow extends Round {
  invited: number;
  completed: number;
}

export function RoundListPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string };
  rows: RoundRow[];
  canEdit: boolean;
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, study } = props;
  const r = t.rounds;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="rounds" title={study.title} />
      <h1>{r.title}</h1>
      {props.rows.length === 0 ? (
        <p>{r.empty}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                {[r.number, r.roundTitle, r.kind, r.status, r.closesAt, r.invited, r.completed].map((h) => (
                  <th scope="col">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((x) => (
                <tr>
                  <td>{x.number}</td>
                  <td>
                    <a href={`/studies/${study.id}/rounds/${x.id}`}>{x.title}</a>
                  </td>
                  <td>
                    {r[`kind_${x.kind}`]}
                    {x.subject === 'criteria' && ` (${r.subject_criteria})`}
                  </td>
                  <td>
                    <span class="badge">{r[`status_${x.status}`]}</span>
                  </td>
                  <td class="nowrap">{formatDate(x.closesAt, langOf(t))}</td>
                  <td>{x.status === 'draft' ? '' : x.invited}</td>
                  <td>{x.status === 'draft' ? '' : x.completed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.canEdit && <NewRoundForm {...props} />}
    </section>
  );
}

function NewRoundForm(props: {
  t: Dict;
  csrf: string;
  study: { id: number };
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const r = props.t.rounds;
  const v = props.values ?? {};
  const e = props.errors ?? {};
  return (
    <form method="post" action={`/studies/${props.study.id}/rounds`} class="card" id="new">
      <h2>{r.newRound}</h2>
      <Csrf token={props.csrf} />
      <ErrorSummary errors={e} message={props.t.common.formHasErrors} />
      <fieldset class={e['kind'] ? 'field has-error' : 'field'} id="f-kind">
        <legend>{r.kind}</legend>
        {e['kind'] && <p class="error">{e['kind']}</p>}
        {ROUND_KINDS.map((k) => (
          <label class="check block">
            <input type="radio" name="kind" value={k} checked={v['kind'] === k} />{' '}
            <strong>{r[`kind_${k}`]}</strong>
            <span class="hint"> — {r[`kindHint_${k}`]}</span>
          </label>
        ))}
      </fieldset>
      <RoundSettingsFields t={props.t} values={v} errors={e} />
      <button type="submit">{r.create}</button>
    </form>
  );
}

export function RoundSettingsFields(props: {
  t: Dict;
  values: Record<string, string>;
  errors: FieldErrors;
  locked?: boolean;
}) {
  const r = props.t.rounds;
  const { values: v, errors: e } = props;
  return (
    <>
      <TextInput
        name="title"
        label={r.roundTitle}
        hint={r.roundTitleHint}
        value={v['title']}
        error={e['title']}
        required
      />
      <TextArea
        name="instructions"
        label={r.instructions}
        value={v['instructions']}
        error={e['instructions']}
        rows={4}
      />
      <div class="two-col">
        <TextInput name="opensAt" type="date" label={r.opensAt} value={v['opensAt']} error={e['opensAt']} />
        <TextInput
          name="closesAt"
          type="date"
          label={r.closesAt}
          value={v['closesAt']}
          error={e['closesAt']}
        />
      </div>
      {!props.locked && (
        <label class="check block">
          <input type="checkbox" name="askRelevance" value="1" checked={v['askRelevance'] === '1'} />{' '}
          {r.askRelevance}
        </label>
      )}
      <label class="check block">
        <input type="checkbox" name="feedbackByGroup" value="1" checked={v['feedbackByGroup'] === '1'} />{' '}
        {r.feedbackByGroup}
      </label>
      <TextInput
        name="graceHours"
        type="number"
        label={r.graceHours}
        hint={r.graceHint}
        value={v['graceHours'] || '0'}
        error={e['graceHours']}
      />
    </>
  );
}
