/** Data: import from Strong, Hevy or FitNotes with a preview first; export everything. */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, get } from '../api';
import { summary } from '../../../src/formats/summary';
import type { ImportReport } from '../types';
import { Field } from '../ui/Field';
import { day as dayName } from '../ui/format';

interface Picked {
  name: string;
  text: string;
}

export function Data() {
  const [file, setFile] = useState<Picked | null>(null);
  const [units, setUnits] = useState<'' | 'lb' | 'kg'>('');
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [map, setMap] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [exercises, setExercises] = useState<{ id: string; name: string }[]>([]);

  useEffect(() => {
    get<{ exercises: { id: string; name: string }[] }>('/api/v1/exercises').then(
      (r) => setExercises(r.exercises),
      () => undefined,
    );
  }, []);

  const send = async (picked: Picked, dryRun: boolean) => {
    setError(null);
    const q = new URLSearchParams({ filename: picked.name, dryRun: String(dryRun) });
    if (units) q.set('units', units);
    for (const [name, id] of Object.entries(map)) q.append('map', `${name}=${id}`);
    try {
      const r = await api<ImportReport>('POST', `/api/v1/import?${q}`, {
        raw: picked.text,
        type: 'text/csv',
      });
      if (dryRun) setPreview(r);
      else {
        setDone(r);
        setPreview(null);
      }
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'No connection: try again when online.');
    }
  };

  return (
    <section>
      <h1>Your data</h1>
      <section class="card" aria-labelledby="imp-h">
        <h2 id="imp-h">Import</h2>
        <p class="small muted">
          A CSV export from Strong, Hevy or FitNotes. You see what would be added before anything is
          stored; importing the same file again adds nothing.
        </p>
        <Field label="Weights in the file" hint="Only needed if the file does not say.">
          {(id, by) => (
            <select
              id={id}
              aria-describedby={by}
              value={units}
              onChange={(e) => setUnits((e.target as HTMLSelectElement).value as '' | 'lb' | 'kg')}
            >
              <option value="">As the file says</option>
              <option value="lb">lb</option>
              <option value="kg">kg</option>
            </select>
          )}
        </Field>
        <label class="upload secondary">
          Choose a CSV file
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (!f) return;
              setDone(null);
              setMap({});
              void f.text().then((text) => {
                const picked = { name: f.name, text };
                setFile(picked);
                void send(picked, true);
              });
            }}
          />
        </label>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {preview && file && (
          <div class="preview" data-testid="preview">
            <p>
              <strong>{file.name}</strong>: {preview.format} ({preview.dialect}), {preview.workouts}{' '}
              workouts, <strong>{preview.sets} sets</strong>
              {preview.firstDate && preview.lastDate
                ? `, ${dayName(preview.firstDate)} to ${dayName(preview.lastDate)}`
                : ''}
              .
            </p>
            <table>
              <thead>
                <tr>
                  <th scope="col">In the file</th>
                  <th scope="col">Goes to</th>
                  <th scope="col">Sets</th>
                </tr>
              </thead>
              <tbody>
                {preview.exercises.map((x) => (
                  <tr key={x.name}>
                    <td>{x.name}</td>
                    <td>
                      <select
                        aria-label={`Exercise for ${x.name}`}
                        value={map[x.name] ?? x.exercise}
                        onChange={(e) =>
                          setMap({ ...map, [x.name]: (e.target as HTMLSelectElement).value })
                        }
                      >
                        {x.exercise.startsWith('custom:') && (
                          <option value={x.exercise}>Keep as your own</option>
                        )}
                        {exercises.map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.name}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{x.sets}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {preview.warnings.map((w) => (
              <p key={w} class="small note">
                {w}
              </p>
            ))}
            <p data-testid="preview-changes">{summary(preview)}</p>
            {preview.skipped.length > 0 && (
              <p class="small muted">{preview.skipped.length} rows are not sets and are skipped.</p>
            )}
            <button class="primary wide" onClick={() => void send(file, false)}>
              Import {preview.sets} sets
            </button>
          </div>
        )}
        {done && (
          <p role="status" data-testid="imported">
            Imported: {summary(done)}
          </p>
        )}
      </section>

      <section class="card" aria-labelledby="exp-h">
        <h2 id="exp-h">Export</h2>
        <p class="small muted">Everything you logged, yours to keep or take elsewhere.</p>
        <div class="buttons">
          <a class="button secondary" href="/api/v1/export?format=json" download>
            Backup (JSON)
          </a>
          <a class="button secondary" href="/api/v1/export?format=strong-csv" download>
            Strong CSV
          </a>
          <a class="button secondary" href="/api/v1/export?format=hevy-csv" download>
            Hevy CSV
          </a>
          <a class="button secondary" href="/api/v1/export?format=ics" download>
            Calendar (.ics)
          </a>
        </div>
      </section>
    </section>
  );
}
