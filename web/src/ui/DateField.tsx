/** A day picker for something done on an earlier day; empty means today (the server's). */
import { Field } from './Field';

export function DateField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
}) {
  return (
    <Field label={props.label} error={props.error} hint="Empty: today.">
      {(id, by) => (
        <input
          id={id}
          aria-describedby={by}
          type="date"
          value={props.value}
          onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}
