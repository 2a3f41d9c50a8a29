/** A labelled note field of an answer form (comment, proposal, reason …). */
export function NoteField(props: {
  id: string;
  label: string;
  name: string;
  rows: number;
  max: number;
  value: string;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <textarea id={props.id} name={props.name} rows={props.rows} maxlength={props.max}>
        {props.value}
      </textarea>
    </div>
  );
}

/** One radio choice of an answer form, as a fieldset with its question as legend. */
export function Choice(props: {
  legend: string;
  name: string;
  checked: string | null | undefined;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <fieldset class="field choice">
      <legend>{props.legend}</legend>
      {props.options.map(([v, label]) => (
        <label class="check">
          <input type="radio" name={props.name} value={v} checked={props.checked === v} /> {label}
        </label>
      ))}
    </fieldset>
  );
}
