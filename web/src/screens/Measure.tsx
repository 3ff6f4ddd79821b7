/**
 * Measure: hip circumference once a month (R9) with a reminder and how to measure when due,
 * other measurements in the lifter's units, the hip series in one unit with what its change
 * can and cannot say (tape error), sprint and jump tests (R11), and progress photos
 * (measure-photos.tsx). A measurement may be dated in the past; empty is today.
 */
import { useEffect, useState } from 'preact/hooks';
import { HIP_PROTOCOL, KINDS } from '../../../src/domain/body';
import { api, ApiError, get } from '../api';
import type { Measurement, Profile } from '../types';
import { Field, NumberField } from '../ui/Field';
import { day as dayName } from '../ui/format';
import { DateField } from '../ui/DateField';
import { Hips } from './measure-hips';
import { Photos } from './measure-photos';

interface Measurements {
  measurements: Measurement[];
  hip: { due: boolean; last: string | null; daysSince: number | null };
}

const HIP = 'hip-circumference';

/** The units offered for a kind: cm or in for a girth, kg or lb for body weight. */
const unitsOf = (kind: string): readonly string[] =>
  KINDS[kind]?.quantity === 'mass' ? ['kg', 'lb'] : ['cm', 'in'];

/** As the server chooses when no unit is sent: inches for a pound lifter, cm for a kilo one. */
const defaultUnit = (kind: string, units: 'lb' | 'kg'): string =>
  KINDS[kind]?.quantity === 'mass' ? units : units === 'lb' ? 'in' : 'cm';

const HINTS: Record<string, string> = {
  [HIP]: 'Feet together, tape level around the widest point of the buttocks.',
  bodyweight: 'Same time of day, same scale.',
};

export function Measure() {
  const [data, setData] = useState<Measurements | null>(null);
  const [units, setUnits] = useState<'lb' | 'kg'>('kg');
  const [value, setValue] = useState('');
  const [date, setDate] = useState('');
  const [kind, setKind] = useState(HIP);
  /** The unit chosen for this kind; null until the lifter picks one (then the default). */
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [sprint, setSprint] = useState('');
  const [jump, setJump] = useState('');
  const unit = chosen ?? defaultUnit(kind, units);
  /** The server's message for a field, without the field's name it starts with (the label says it). */
  const said = (field: string) => error?.field(field)?.replace(/^[\w.]+: /, '');

  const load = async () => {
    setData(await get<Measurements>('/api/v1/measurements'));
  };
  useEffect(() => {
    void get<Profile>('/api/v1/profile')
      .then((p) => setUnits(p.units))
      .catch(() => undefined);
    void load().catch(() => undefined);
  }, []);

  const run = async (what: string, fn: () => Promise<unknown>) => {
    setError(null);
    setSaved(null);
    try {
      await fn();
      setSaved(what);
      await load();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else
        setError(
          new ApiError({
            title: 'offline',
            status: 0,
            detail: 'No connection: try again when online.',
          }),
        );
    }
  };

  return (
    <section>
      <h1>Measure</h1>
      {data?.hip.due && (
        <div class="note" role="status" data-testid="hip-due">
          <p class="flush">
            {data.hip.last
              ? `Hip measurement due: the last was ${data.hip.daysSince} days ago (${dayName(data.hip.last)}).`
              : 'Measure your hips: once a month, the same way each time (R9).'}
          </p>
          <p class="protocol small" data-testid="hip-protocol">
            <strong>How:</strong> {HIP_PROTOCOL}
          </p>
        </div>
      )}
      <form
        class="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run('measurement', () =>
            api('POST', '/api/v1/measurements', {
              body: { kind, value: Number(value), unit, ...(date && { date }) },
            }).then(() => setValue('')),
          );
        }}
      >
        <h2>Add a measurement</h2>
        <Field label="What">
          {(id) => (
            <select
              id={id}
              value={kind}
              onChange={(e) => {
                setKind((e.target as HTMLSelectElement).value);
                setChosen(null);
                setError(null);
              }}
            >
              <option value="hip-circumference">Hip circumference</option>
              <option value="bodyweight">Bodyweight</option>
              <option value="waist">Waist</option>
              <option value="thigh">Thigh</option>
            </select>
          )}
        </Field>
        <div class="value-unit">
          <NumberField
            label={`Value (${unit})`}
            error={said('value')}
            value={value}
            onInput={setValue}
          />
          <Field label="Unit" error={said('unit')}>
            {(id, by) => (
              <select
                id={id}
                aria-describedby={by}
                value={unit}
                onChange={(e) => {
                  setChosen((e.target as HTMLSelectElement).value);
                  setError(null);
                }}
              >
                {unitsOf(kind).map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <DateField label="Date" value={date} onInput={setDate} error={said('date')} />
        <p class="small muted">{HINTS[kind] ?? 'Same time of day, same tape, relaxed.'}</p>
        <button class="primary wide" type="submit">
          Save
        </button>
      </form>
      {saved && <p role="status">Saved the {saved}.</p>}
      {error && !error.problem.errors?.length && (
        <p class="error" role="alert">
          {error.message}
        </p>
      )}

      {data && <Hips measurements={data.measurements} due={data.hip.due} />}

      {data && data.measurements.length > 0 && (
        <section class="card" aria-labelledby="m-h">
          <h2 id="m-h">History</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">What</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {[...data.measurements]
                .reverse()
                .slice(0, 24)
                .map((m) => (
                  <tr key={m.id}>
                    <td>{dayName(m.date)}</td>
                    <td>{m.kind.replace(/-/g, ' ')}</td>
                    <td>
                      {m.value} {m.unit}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      )}

      <section class="card" aria-labelledby="t-h">
        <h2 id="t-h">Sprint and jump</h2>
        <p class="small muted">Test fresh, at the start of a session (R11).</p>
        <div class="pair">
          <NumberField
            label="20 m sprint (s)"
            error={said('seconds')}
            value={sprint}
            onInput={setSprint}
          />
          <NumberField
            label="Vertical jump (cm)"
            error={said('height')}
            value={jump}
            onInput={setJump}
          />
        </div>
        <button
          class="secondary wide"
          onClick={() =>
            void run('test', async () => {
              if (sprint)
                await api('POST', '/api/v1/tests', {
                  body: { kind: 'sprint', seconds: Number(sprint) },
                });
              if (jump)
                await api('POST', '/api/v1/tests', {
                  body: { kind: 'vertical-jump', height: Number(jump) },
                });
              setSprint('');
              setJump('');
            })
          }
        >
          Save tests
        </button>
      </section>

      <Photos />
    </section>
  );
}
