/**
 * Measure: hip circumference once a month (R9) with a reminder when due, other measurements,
 * sprint and jump tests (R11), and progress photos side by side by month.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, get } from '../api';
import type { Measurement, Photo } from '../types';
import { Field, NumberField } from '../ui/Field';
import { day as dayName, month } from '../ui/format';

interface Measurements {
  measurements: Measurement[];
  hip: { due: boolean; last: string | null; daysSince: number | null };
}
type Shown = Photo & { file: string | null };

export function Measure() {
  const [data, setData] = useState<Measurements | null>(null);
  const [photos, setPhotos] = useState<Shown[]>([]);
  const [value, setValue] = useState('');
  const [kind, setKind] = useState('hip-circumference');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [sprint, setSprint] = useState('');
  const [jump, setJump] = useState('');

  const load = async () => {
    setData(await get<Measurements>('/api/v1/measurements'));
    setPhotos((await get<{ photos: Shown[] }>('/api/v1/photos')).photos);
  };
  useEffect(() => {
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
        <p class="note" role="status">
          {data.hip.last
            ? `Hip measurement due: the last was ${data.hip.daysSince} days ago (${dayName(data.hip.last)}).`
            : 'Measure your hips: once a month shows whether the glutes are growing (R9).'}
        </p>
      )}
      <form
        class="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run('measurement', () =>
            api('POST', '/api/v1/measurements', { body: { kind, value: Number(value) } }).then(() =>
              setValue(''),
            ),
          );
        }}
      >
        <h2>Add a measurement</h2>
        <Field label="What">
          {(id) => (
            <select
              id={id}
              value={kind}
              onChange={(e) => setKind((e.target as HTMLSelectElement).value)}
            >
              <option value="hip-circumference">Hip circumference (widest point)</option>
              <option value="bodyweight">Bodyweight</option>
              <option value="waist">Waist</option>
              <option value="thigh">Thigh</option>
            </select>
          )}
        </Field>
        <NumberField
          label="Value"
          error={error?.field('value') ?? error?.field('date')}
          hint="Same time of day, same tape, relaxed."
          value={value}
          onInput={setValue}
        />
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
            error={error?.field('seconds')}
            value={sprint}
            onInput={setSprint}
          />
          <NumberField
            label="Vertical jump (cm)"
            error={error?.field('height')}
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
