import type { Child } from 'hono/jsx';

export type FieldErrors = Record<string, string | undefined>;

/** Hidden CSRF field; every form that changes something carries it. */
export function Csrf(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/**
 * The list of problems above a refused form. It takes the focus (autofocus: on page load, and after an htmx
 * swap), so keyboard and screen-reader users land on what to fix instead of at the top of the page.
 */
/**
 * Shown beside a submit button while its form's request runs (htmx marks the form `htmx-request`): the heavy
 * steps — pseudonymising a long text, proposing a draft — take seconds, and the user should see work going on.
 */
export function Busy(props: { message: string }) {
  return (
    <span class="busy" role="status" aria-live="polite">
      <span class="busy-text">{props.message}</span>
    </span>
  );
}

/** `idSuffix`: for a form whose fields carry ids `f-<name><suffix>` (one form name several times on a page). */
export function ErrorSummary(props: { errors: FieldErrors; message: string; idSuffix?: string }) {
  const list = Object.entries(props.errors).filter(([, v]) => v);
  if (!list.length) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} autofocus>
      <p>{props.message}</p>
      <ul>
        {list.map(([k, v]) => (
          <li>
            <a href={`#f-${k}${props.idSuffix ?? ''}`}>{v}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  name: string;
  /** The control's id when one form name appears more than once on a page (default `f-<name>`). */
  id?: string | undefined;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

/** Label, control, hint and error tied together for screen readers (aria-describedby, aria-invalid). */
export function Field(props: FieldProps & { children: (a: Record<string, unknown>) => Child }) {
  const id = props.id ?? `f-${props.name}`;
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const attrs: Record<string, unknown> = { id, name: props.name };
  if (described) attrs['aria-describedby'] = described;
  if (props.error) attrs['aria-invalid'] = 'true';
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      {props.children(attrs)}
    </div>
  );
}

export function TextInput(
  props: FieldProps & {
    value?: string | undefined;
    type?: string;
    required?: boolean;
    autocomplete?: string;
  },
) {
  return (
    <Field {...props}>
      {(a) => (
        <input
          {...a}
          type={props.type ?? 'text'}
          value={props.value ?? ''}
          required={props.required}
          autocomplete={props.autocomplete}
        />
      )}
    </Field>
  );
}

export function TextArea(
  props: FieldProps & { value?: string | undefined; rows?: number; required?: boolean },
) {
  return (
    <Field {...props}>
      {(a) => (
        <textarea {...a} rows={props.rows ?? 4} required={props.required}>
          {props.value ?? ''}
        </textarea>
      )}
    </Field>
  );
}

export function Select(
  props: FieldProps & { value?: string | undefined; options: { value: string; label: string }[] },
) {
  return (
    <Field {...props}>
      {(a) => (
        <select {...a}>
          {props.options.map((o) => (
            <option value={o.value} selected={o.value === props.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A group of checkboxes in a fieldset with legend, for multi-valued fields like phase tags. */
export function CheckboxGroup(
  props: FieldProps & { values: string[]; options: { value: string; label: string }[] },
) {
  const id = `f-${props.name}`;
  return (
    <fieldset id={id} class={props.error ? 'field has-error' : 'field'}>
      <legend>{props.label}</legend>
      {props.error && <p class="error">{props.error}</p>}
      {props.options.map((o) => (
        <label class="check">
          <input type="checkbox" name={props.name} value={o.value} checked={props.values.includes(o.value)} />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
