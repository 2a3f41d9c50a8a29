import type { Dict } from '../../i18n';
import { Csrf, ErrorSummary, TextArea, TextInput, type FieldErrors } from '../../components/form';

type Values = Record<string, string | string[] | undefined>;

function Radios(props: {
  name: string;
  legend: string;
  hint?: string;
  value: string;
  error?: string | undefined;
  options: { value: string; label: string }[];
}) {
  const id = `f-${props.name}`;
  return (
    <fieldset
      id={id}
      class={props.error ? 'field has-error' : 'field'}
      aria-describedby={props.error ? `${id}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint">{props.hint}</p>}
      {props.error && (
        <p class="error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      {props.options.map((o) => (
        <label class="check radio-line">
          <input type="radio" name={props.name} value={o.value} checked={props.value === o.value} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function Check(props: { name: string; label: string; checked: boolean }) {
  return (
    <p>
      <label class="check">
        <input type="checkbox" name={props.name} checked={props.checked} /> {props.label}
      </label>
    </p>
  );
}

function BandFields(props: {
  t: Dict;
  prefix: 'band' | 'out';
  kindName: string;
  label: string;
  v: (k: string) => string;
  error?: string | undefined;
}) {
  const { t, v } = props;
  const c = t.consensus;
  return (
    <fieldset id={`f-${props.kindName}`} class={props.error ? 'field has-error' : 'field'}>
      <legend>{props.label}</legend>
      {props.error && <p class="error">{props.error}</p>}
      {(['top', 'bottom', 'range'] as const).map((k) => (
        <label class="check">
          <input type="radio" name={props.kindName} value={k} checked={v(props.kindName) === k} />{' '}
          {c[`band_${k}`]}
        </label>
      ))}
      <span class="inline-range">
        <label for={`f-${props.prefix}From`}>{c.bandFrom}</label>
        <input
          type="number"
          id={`f-${props.prefix}From`}
          name={`${props.prefix}From`}
          value={v(`${props.prefix}From`)}
          class="short"
        />
        <label for={`f-${props.prefix}To`}>{c.bandTo}</label>
        <input
          type="number"
          id={`f-${props.prefix}To`}
          name={`${props.prefix}To`}
          value={v(`${props.prefix}To`)}
          class="short"
        />
      </span>
    </fieldset>
  );
}

/** The protocol form: rule, its parts, deciding dimension, incomplete responders, rounds and (when locked) a reason. */
export function ProtocolForm(props: {
  t: Dict;
  csrf: string;
  studyId: number;
  values: Values;
  errors: FieldErrors;
  locked: boolean;
}) {
  const { t, values, errors: e } = props;
  const c = t.consensus;
  const v = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : '');
  return (
    <form method="post" action={`/studies/${props.studyId}/protocol`} id="protocol-form">
      <ErrorSummary errors={e} message={t.common.formHasErrors} />
      <Csrf token={props.csrf} />
      <Radios
        name="preset"
        legend={c.preset}
        hint={c.presetHint}
        value={v('preset')}
        error={e.preset}
        options={(['comet', 'percent', 'rand', 'custom'] as const).map((p) => ({
          value: p,
          label: c[`preset_${p}`],
        }))}
      />
      <fieldset class="card">
        <legend>{c.percentFields}</legend>
        <p class="hint">{c.percentHint}</p>
        <TextInput
          name="threshold"
          type="number"
          label={c.threshold}
          value={v('threshold')}
          error={e.threshold}
        />
        <Check name="iqrBound" label={c.iqrBound} checked={v('iqrBound') === 'on'} />
        <Check name="outRule" label={c.outRule} checked={v('outRule') === 'on'} />
        <fieldset class="field">
          <legend>{c.customFields}</legend>
          <BandFields t={t} prefix="band" kindName="band" label={c.band} v={v} error={e.band} />
          <TextInput name="maxIqr" label={c.maxIqr} value={v('maxIqr')} error={e.maxIqr} />
          <TextInput name="maxDi" label={c.maxDi} value={v('maxDi')} error={e.maxDi} />
          <TextInput
            name="outThreshold"
            type="number"
            label={c.outThreshold}
            value={v('outThreshold')}
            error={e.outThreshold}
          />
          <BandFields t={t} prefix="out" kindName="outBand" label={c.outBand} v={v} error={e.outBand} />
        </fieldset>
      </fieldset>
      <Radios
        name="decideOn"
        legend={c.decideOn}
        value={v('decideOn')}
        error={e.decideOn}
        options={(['importance', 'frequency', 'both'] as const).map((d) => ({
          value: d,
          label: c[`decide_${d}`],
        }))}
      />
      <Radios
        name="countIncomplete"
        legend={c.countIncomplete}
        value={v('countIncomplete')}
        error={e.countIncomplete}
        options={(['yes', 'no'] as const).map((d) => ({ value: d, label: c[`countIncomplete_${d}`] }))}
      />
      <TextInput
        name="maxRounds"
        type="number"
        label={c.maxRounds}
        value={v('maxRounds')}
        error={e.maxRounds}
        required
      />
      {props.locked && (
        <TextArea
          name="reason"
          label={c.reason}
          hint={c.reasonHint}
          value={v('reason')}
          error={e.reason}
          rows={3}
          required
        />
      )}
      <div class="actions">
        <button type="submit">{c.save}</button>
      </div>
    </form>
  );
}
