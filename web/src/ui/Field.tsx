/** A labelled form field whose error, when the server names it, sits right under it. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export function Field(props: {
  label: string;
  error?: string | undefined;
  hint?: string;
  children: (id: string, describedBy: string | undefined) => ComponentChildren;
}) {
  const id = useId();
  const err = props.error ? `${id}-err` : undefined;
  const hint = props.hint ? `${id}-hint` : undefined;
  const by = [hint, err].filter(Boolean).join(' ') || undefined;
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p id={hint} class="small muted">
          {props.hint}
        </p>
      )}
      {props.children(id, by)}
      {props.error && (
        <p id={err} class="error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** A row of mutually exclusive choices, as large buttons. */
export function Choice<T extends string | number>(props: {
  legend: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (v: T) => void;
  hint?: string;
}) {
  const name = useId();
  return (
    <fieldset class="choice">
      <legend>{props.legend}</legend>
      {props.hint && <p class="small muted">{props.hint}</p>}
      <div>
        {props.options.map(([v, label]) => (
          <label key={String(v)} class={v === props.value ? 'selected' : ''}>
            <input
              type="radio"
              name={name}
              checked={v === props.value}
              onChange={() => props.onChange(v)}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A number field for thumbs: the numeric keypad, decimals allowed unless `whole`. */
export function NumberField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  whole?: boolean;
}) {
  return (
    <Field label={props.label} error={props.error} {...(props.hint && { hint: props.hint })}>
      {(id, by) => (
        <input
          id={id}
          aria-describedby={by}
          type="number"
          inputMode={props.whole ? 'numeric' : 'decimal'}
          step={props.whole ? '1' : 'any'}
          min="0"
          value={props.value}
          onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}
