/**
 * The time zone of "today": this device's by default, or one chosen here (a lifter whose
 * phone keeps home time while travelling, or a shared gym tablet). Kept on this device and
 * sent with every request, so the plan's day and a set's default date follow it.
 */
import { useState } from 'preact/hooks';
import { Field } from '../ui/Field';
import { chooseZone, chosenZone, deviceZone, zones } from '../zone';

/** Today's date on `zone`'s clock, as a lifter reads it ("Mon 2 Nov"). */
const todayIn = (zone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date());

export function ZoneForm() {
  const [zone, setZone] = useState(chosenZone() ?? '');
  const [saved, setSaved] = useState(false);
  const device = deviceZone();
  const shown = zone || device;
  return (
    <section class="card" aria-labelledby="zone-h">
      <h2 id="zone-h">Time zone</h2>
      <p class="small muted">Which day is today for your plan and your log. Kept on this device.</p>
      <Field label="Today follows">
        {(id, by) => (
          <select
            id={id}
            aria-describedby={by}
            value={zone}
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value;
              setZone(v);
              chooseZone(v === '' ? null : v);
              setSaved(true);
            }}
          >
            <option value="">This device ({device})</option>
            {zones().map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p role="status" class="small" data-testid="zone-today">
        {saved ? 'Saved. ' : ''}Today is {todayIn(shown)} in {shown}.
      </p>
    </section>
  );
}
