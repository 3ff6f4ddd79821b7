/** Training weekdays as small toggles, in week order, with the API's words when refused. */
import { useId } from 'preact/hooks';
import { WEEKDAYS, type Weekday } from '../../../src/domain/dates';
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

/** The usual days for two or three sessions: a day of rest between. */
export const DEFAULT_DAYS: Record<2 | 3, Weekday[]> = {
  2: ['mon', 'thu'],
  3: ['mon', 'wed', 'fri'],
};

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
