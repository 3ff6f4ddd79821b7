/**
 * Measure: hip circumference once a month (R9) with a reminder and how to measure when due,
 * other measurements in the lifter's units, the hip series in one unit with what its change
 * can and cannot say (tape error), sprint and jump tests (R11), and progress photos side by
 * side by month.
 */
import { useEffect, useState } from 'preact/hooks';
import { trend, TEM_FRACTION } from '../../../src/domain/analytics/measurements';
import { HIP_PROTOCOL, inOneUnit, KINDS } from '../../../src/domain/body';
import { api, ApiError, get } from '../api';
import type { Measurement, Photo, Profile } from '../types';
import { Field, NumberField } from '../ui/Field';
import { day as dayName, month, round } from '../ui/format';

interface Measurements {
  measurements: Measurement[];
  hip: { due: boolean; last: string | null; daysSince: number | null };
}
type Shown = Photo & { file: string | null };

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

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${round(Math.abs(n))}`;

export function Measure() {
  const [data, setData] = useState<Measurements | null>(null);
  const [photos, setPhotos] = useState<Shown[]>([]);
  const [units, setUnits] = useState<'lb' | 'kg'>('kg');
  const [value, setValue] = useState('');
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
    setPhotos((await get<{ photos: Shown[] }>('/api/v1/photos')).photos);
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

  const byMonth = new Map<string, Shown[]>();
  for (const p of photos) byMonth.set(month(p.date), [...(byMonth.get(month(p.date)) ?? []), p]);

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
              body: { kind, value: Number(value), unit },
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
            error={said('value') ?? said('date')}
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

      <section class="card" aria-labelledby="p-h">
        <h2 id="p-h">Progress photos</h2>
        <p class="small muted">
          Monthly, same light and pose: side by side they show what the tape cannot.
        </p>
        <label class="upload secondary">
          Add a photo
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp,image/heic"
            onChange={(e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file)
                void run('photo', () =>
                  api('POST', `/api/v1/photos?name=${encodeURIComponent(file.name)}`, {
                    raw: file,
                    type: file.type,
                  }),
                );
            }}
          />
        </label>
        {[...byMonth].map(([m, list]) => (
          <figure key={m} class="month">
            <figcaption>{m}</figcaption>
            <div class="photos">
              {list.map((p) =>
                p.file ? (
                  <img
                    key={p.id}
                    src={p.file}
                    alt={`Progress photo, ${dayName(p.date)}`}
                    loading="lazy"
                  />
                ) : (
                  <span key={p.id} class="small muted">
                    {p.path}
                  </span>
                ),
              )}
            </div>
          </figure>
        ))}
      </section>
    </section>
  );
}

/**
 * The hip series in one unit, its change, and whether the change is more than the tape can
 * tell apart: the smallest real difference at a tape error of 1% of the girth (about 2.8 cm
 * on a 100 cm hip; Weir 2005; self-measured hips differ by 0.2-1.9 cm between two readings,
 * Barrios 2016). Fat moves the same tape, so body weight and waist are shown beside it.
 */
function Hips(props: { measurements: readonly Measurement[]; due: boolean }) {
  const hips = inOneUnit(props.measurements.filter((m) => m.kind === HIP));
  const latest = hips.at(-1);
  if (!latest) return null;
  const unit = latest.unit;
  const t = trend(hips);
  const srd = t.smallestRealDifference ?? 1.96 * Math.SQRT2 * TEM_FRACTION * latest.value;
  const since = t.first?.date ?? latest.date;
  return (
    <section class="card" aria-labelledby="hip-h" data-testid="hip-trend">
      <h2 id="hip-h">Hip circumference</h2>
      <ul class="plain" data-testid="hip-series">
        {hips
          .slice(-6)
          .reverse()
          .map((m) => (
            <li key={m.id}>
              {dayName(m.date)}:{' '}
              <strong>
                {round(m.value)} {unit}
              </strong>
            </li>
          ))}
      </ul>
      {t.change !== null && t.first ? (
        <>
          <p class="flush">
            Since {dayName(t.first.date)}: {signed(t.change)} {unit}
            {t.real && t.perMonth !== null ? ` (${signed(t.perMonth)} ${unit} a month)` : ''}.
          </p>
          <p class="verdict" data-testid="hip-verdict">
            {t.real
              ? `${signed(t.change)} ${unit} is more than tape error: the smallest real change is about ${round(srd)} ${unit}.`
              : `${signed(t.change)} ${unit} is within tape error: a change under about ${round(srd)} ${unit} can be noise.`}
          </p>
        </>
      ) : (
        <p class="flush" data-testid="hip-verdict">
          One measurement so far. Between two, a change under about {round(srd)} {unit} is within
          tape error.
        </p>
      )}
      <p class="small">
        Month to month, muscle alone likely moves the tape less than that, and fat moves it too:
        look at the 3-6 month trend, with body weight and waist beside it.
      </p>
      <ul class="plain small" data-testid="hip-beside">
        <Beside label="Body weight" kind="bodyweight" since={since} all={props.measurements} />
        <Beside label="Waist" kind="waist" since={since} all={props.measurements} />
      </ul>
      {!props.due && (
        <details>
          <summary>How to measure your hips</summary>
          <p class="protocol small">{HIP_PROTOCOL}</p>
        </details>
      )}
    </section>
  );
}

/** Another series over the hip series' span: its latest value and its change since then. */
function Beside(props: {
  label: string;
  kind: string;
  since: string;
  all: readonly Measurement[];
}) {
  const series = inOneUnit(props.all.filter((m) => m.kind === props.kind));
  const latest = series.at(-1);
  if (!latest) return <li class="muted">{props.label}: not measured yet.</li>;
  const from = series.find((m) => m.date >= props.since);
  return (
    <li>
      {props.label}: {round(latest.value)} {latest.unit} on {dayName(latest.date)}
      {from && from !== latest
        ? `, ${signed(latest.value - from.value)} ${latest.unit} since ${dayName(from.date)}`
        : ''}
      .
    </li>
  );
}
