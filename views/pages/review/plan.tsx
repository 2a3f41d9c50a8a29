import type { Dict } from '../../i18n';
import { Csrf, ErrorSummary, Select, TextInput, type FieldErrors } from '../../components/form';
import type { Values } from './list';

export interface ActionRow {
  id: number;
  itemLineage: string | null;
  action: string;
  owner: string;
  dueOn: string;
  status: 'open' | 'done' | 'dropped';
  followUp: string;
  roundNumber?: number;
  /** An earlier round's action: its item's label (null: no item), which this round may not review. */
  item?: string | null;
}

const str = (v: Values, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');

/** The improvement plan of a round, the follow-up of earlier rounds' actions, and the form for a new action. */
export function PlanSection(props: {
  t: Dict;
  csrf: string;
  base: string;
  items: { lineage: string; number: string; text: string }[];
  actions: ActionRow[];
  earlier: ActionRow[];
  canEdit: boolean;
  values: Values;
  errors: FieldErrors;
  /** A follow-up of an earlier action refused (422): that action's form shows what was typed and why. */
  followUp?: { actionId: number; values: Values; errors: FieldErrors } | undefined;
}) {
  const { t, values: v, errors: e } = props;
  const R = t.review;
  const itemLabel = (lineage: string | null) => {
    const x = props.items.find((i) => i.lineage === lineage);
    return x ? `${x.number} ${x.text}` : R.noItem;
  };
  return (
    <section id="plan">
      <h2>{R.plan}</h2>
      <p>{R.planIntro}</p>
      {props.actions.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{R.item}</th>
              <th scope="col">{R.action}</th>
              <th scope="col">{R.owner}</th>
              <th scope="col">{R.due}</th>
              <th scope="col">{R.status}</th>
            </tr>
          </thead>
          <tbody>
            {props.actions.map((a) => (
              <tr>
                <td>{itemLabel(a.itemLineage)}</td>
                <td>{a.action}</td>
                <td>{a.owner}</td>
                <td>{a.dueOn}</td>
                <td>{R[`status_${a.status}`]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.earlier.length > 0 && (
        <>
          <h3>{R.previousPlan}</h3>
          {props.earlier.map((a) => {
            const typed = props.followUp?.actionId === a.id ? props.followUp : undefined;
            const heading = (
              <p>
                <strong>{R.round(a.roundNumber ?? 0)}</strong> ·{' '}
                {a.item !== undefined ? (a.item ?? R.noItem) : itemLabel(a.itemLineage)}: {a.action} (
                {a.owner}, {a.dueOn})
              </p>
            );
            // A viewer reads the follow-up; a form without a button would only look editable.
            if (!props.canEdit)
              return (
                <div class="card">
                  {heading}
                  <p>
                    {R.status}: {R[`status_${a.status}`]}
                    {a.followUp && ` · ${R.followUp}: ${a.followUp}`}
                  </p>
                </div>
              );
            return (
              <form
                method="post"
                action={`${props.base}/actions/${a.id}`}
                class="card"
                id={`follow-up-${a.id}`}
              >
                <Csrf token={props.csrf} />
                {heading}
                <Select
                  name="status"
                  id={`f-status-${a.id}`}
                  label={R.status}
                  value={typed ? str(typed.values, 'status') : a.status}
                  error={typed?.errors['status']}
                  options={(['open', 'done', 'dropped'] as const).map((s) => ({
                    value: s,
                    label: R[`status_${s}`],
                  }))}
                />
                <TextInput
                  name="followUp"
                  id={`f-followUp-${a.id}`}
                  label={R.followUp}
                  value={typed ? str(typed.values, 'followUp') : a.followUp}
                  error={typed?.errors['followUp']}
                />
                <button type="submit" class="secondary small">
                  {R.update}
                </button>
              </form>
            );
          })}
        </>
      )}
      {props.canEdit && (
        <form method="post" action={`${props.base}/actions`} id="new-action" class="card">
          <h3>{R.addAction}</h3>
          <ErrorSummary errors={e} message={t.common.formHasErrors} />
          <Csrf token={props.csrf} />
          <Select
            name="itemLineage"
            label={R.item}
            value={str(v, 'itemLineage')}
            options={[
              { value: '', label: R.noItem },
              ...props.items.map((x) => ({ value: x.lineage, label: `${x.number} ${x.text}` })),
            ]}
          />
          <TextInput name="action" label={R.action} value={str(v, 'action')} error={e['action']} />
          <TextInput name="owner" label={R.owner} value={str(v, 'owner')} error={e['owner']} />
          <TextInput name="dueOn" type="date" label={R.due} value={str(v, 'dueOn')} error={e['dueOn']} />
          <button type="submit">{R.addAction}</button>
        </form>
      )}
    </section>
  );
}
