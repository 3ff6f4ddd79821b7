/**
 * The training week: how many sessions, and on which weekdays (small toggles, in week
 * order), each with the API's words when it refuses them.
 */
import { useId } from 'preact/hooks';
import { WEEKDAYS, type Weekday } from '../../../src/domain/dates';
import { defaultDays, type Profile } from '../../../src/domain/profile';
import { Field } from './Field';
import './weekdays.css';

const NAMES: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/** The domain's usual days for a number of sessions (a day of rest between where it fits). */
export const usualDays = (sessions: number): Weekday[] =>
  defaultDays(sessions as Profile['sessionsPerWeek']);

/** One to six sessions a week offered; the API says which it takes (the seed's 2-3, R2). */
const COUNTS = [1, 2, 3, 4, 5, 6];

export function Sessions(props: {
  value: number;
  onChange: (n: number) => void;
  error: string | undefined;
}) {
  return (
    <Field label="Sessions a week" error={props.error}>
      {(id, by) => (
        <select
          id={id}
          aria-describedby={by}
          value={String(props.value)}
          onChange={(e) => props.onChange(Number((e.target as HTMLSelectElement).value))}
        >
          {COUNTS.map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Weekdays(props: {
  days: readonly Weekday[];
  onChange: (days: Weekday[]) => void;
  error: string | undefined;
  hint?: string;
}) {
  const id = useId();
  return (
    <fieldset
      class="choice days"
      aria-describedby={props.error ? `${id}-err` : props.hint ? `${id}-hint` : undefined}
    >
      <legend>Weekdays</legend>
      {props.hint && (
        <p id={`${id}-hint`} class="small muted">
          {props.hint}
        </p>
      )}
      <div>
        {WEEKDAYS.map((d) => (
          <label key={d} class={props.days.includes(d) ? 'selected' : ''}>
            <input
              type="checkbox"
              checked={props.days.includes(d)}
              onChange={() =>
                props.onChange(WEEKDAYS.filter((x) => (x === d) !== props.days.includes(x)))
              }
            />
            {NAMES[d]}
          </label>
        ))}
      </div>
      {props.error && (
        <p id={`${id}-err`} class="error" role="alert">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
