import type { PoolReport, RoundPool } from '../../../db/rounds/pools';
import { Csrf, ErrorSummary, TextInput, type FieldErrors } from '../../components/form';
import type { Dict } from '../../i18n';

export interface PoolFormProps {
  t: Dict;
  csrf: string;
  action: string;
  pool: RoundPool | undefined;
  items: number;
  panel: number;
  /** Entered values and messages after a 422. */
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}

/** Settings for showing each panellist a subset of a draft rating round's items. */
export function PoolForm(props: PoolFormProps) {
  const T = props.t.pool;
  const v = props.values ?? {
    enabled: props.pool ? '1' : '',
    size: props.pool ? String(props.pool.size) : '',
    minPerItem: props.pool ? String(props.pool.minPerItem) : '3',
    randomOrder: props.pool?.randomOrder ? '1' : '',
  };
  const errors = props.errors ?? {};
  return (
    <form method="post" action={props.action} class="card" id="pool">
      <h2>{T.title}</h2>
      <p class="muted">{T.intro}</p>
      <p>
        {props.pool ? T.current(props.pool.size, props.pool.minPerItem, props.pool.seed) : T.off}{' '}
        {T.hint(props.items, props.panel)}
      </p>
      <Csrf token={props.csrf} />
      <ErrorSummary errors={errors} message={props.t.common.formHasErrors} />
      <div class="field">
        <label>
          <input type="checkbox" name="enabled" value="1" checked={v['enabled'] === '1'} /> {T.enabled}
        </label>
      </div>
      <TextInput name="size" label={T.size} type="number" value={v['size']} error={errors['size']} />
      <TextInput
        name="minPerItem"
        label={T.minPerItem}
        type="number"
        value={v['minPerItem']}
        error={errors['minPerItem']}
      />
      <div class="field">
        <label>
          <input type="checkbox" name="randomOrder" value="1" checked={v['randomOrder'] === '1'} />{' '}
          {T.randomOrder}
        </label>
      </div>
      <button type="submit" class="secondary">
        {T.save}
      </button>
    </form>
  );
}

/** In the round report: the subset design and, per item, how many panellists saw and rated it. */
export function PoolSection(props: { t: Dict; report: PoolReport }) {
  const T = props.t.pool;
  const { pool, items } = props.report;
  return (
    <section aria-labelledby="h-pool" id="pool">
      <h2 id="h-pool">{T.reportTitle}</h2>
      <p>
        {T.reportIntro(
          pool.size,
          pool.minPerItem,
          pool.seed,
          pool.randomOrder ? T.orderRandom : T.orderFixed,
        )}
      </p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{T.item}</th>
              <th scope="col" class="num">
                {T.shown}
              </th>
              <th scope="col" class="num">
                {T.answered}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr>
                <th scope="row">
                  <span class="item-no">{i.number}</span> {i.text}
                </th>
                <td class="num">{i.shown}</td>
                <td class="num">
                  {i.answered}
                  {i.answered < pool.minPerItem && (
                    <>
                      {' '}
                      <span class="badge warn">{T.belowMin(pool.minPerItem)}</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
