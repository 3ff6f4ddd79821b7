/** Data: import from Strong, Hevy or FitNotes with a preview first; export everything, FIT too. */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, get } from '../api';
import { summary } from '../../../src/formats/summary';
import type { ImportReport } from '../types';
import { Field } from '../ui/Field';
import { day as dayName } from '../ui/format';
import { FitDownloads } from './data-fit';

interface Picked {
  name: string;
  /** The file as picked: its bytes, decoded by the server (UTF-8, UTF-16 or Windows-1252). */
  file: Blob;
}

type Units = '' | 'lb' | 'kg';
type Order = '' | 'dmy' | 'mdy';

/** The server's words for the command line, as the choices on this page. */
function onPage(message: string): string {
  return message
    .replace(/--units lb or --units kg/g, 'lb or kg under "Weights in the file"')
    .replace(/--units (lb|kg)/g, '"$1" under "Weights in the file"')
    .replace(
      /with --date-order (dmy|mdy)/g,
      (_m, o: string) =>
        `with ${o === 'dmy' ? '"Day first"' : '"Month first"'} under "Dates in the file"`,
    );
}

export function Data() {
  const [file, setFile] = useState<Picked | null>(null);
  const [units, setUnits] = useState<Units>('');
  const [order, setOrder] = useState<Order>('');
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

  /** Preview (dryRun) or import `picked` with the choices as given (they may just have changed). */
  const send = async (
    picked: Picked,
    dryRun: boolean,
    choice: { units: Units; order: Order } = { units, order },
  ) => {
    setError(null);
    const q = new URLSearchParams({ filename: picked.name, dryRun: String(dryRun) });
    if (choice.units) q.set('units', choice.units);
    if (choice.order) q.set('dateOrder', choice.order);
    for (const [name, id] of Object.entries(map)) q.append('map', `${name}=${id}`);
    try {
      const r = await api<ImportReport>('POST', `/api/v1/import?${q}`, {
        raw: picked.file,
        type: 'text/csv',
      });
      if (dryRun) {
        setPreview(r);
        setDone(null);
      } else {
        setDone(r);
        setPreview(null);
      }
    } catch (e) {
      if (dryRun) setPreview(null);
      setError(e instanceof ApiError ? onPage(e.message) : 'No connection: try again when online.');
    }
  };

  return (
    <section>
      <h1>Your data</h1>
      <section class="card" aria-labelledby="imp-h">
        <h2 id="imp-h">Import</h2>
        <p class="small muted">
          A CSV export from Strong, Hevy or FitNotes. You see what would be added, updated or
          removed before anything is stored; importing a newer export of the same app brings its
          changes and adds nothing twice.
        </p>
        <Field label="Weights in the file" hint="Only needed if the file does not say.">
          {(id, by) => (
            <select
              id={id}
              aria-describedby={by}
              value={units}
              onChange={(e) => {
                const v = (e.target as HTMLSelectElement).value as Units;
                setUnits(v);
                // A choice made after the preview asked for it runs the preview again.
                if (file) void send(file, true, { units: v, order });
              }}
            >
              <option value="">As the file says</option>
              <option value="lb">lb</option>
              <option value="kg">kg</option>
            </select>
          )}
        </Field>
        <Field
          label="Dates in the file"
          hint="Only needed if the preview says they could be either."
        >
          {(id, by) => (
            <select
              id={id}
              aria-describedby={by}
              value={order}
              onChange={(e) => {
                const v = (e.target as HTMLSelectElement).value as Order;
                setOrder(v);
                if (file) void send(file, true, { units, order: v });
              }}
            >
              <option value="">As the file suggests</option>
              <option value="dmy">Day first (31/12)</option>
              <option value="mdy">Month first (12/31)</option>
            </select>
          )}
        </Field>
        <label class="upload secondary">
          Choose a CSV file
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const f = input.files?.[0];
              // Cleared, so that picking the same file again (a newer export) reads it again.
              input.value = '';
              if (!f) return;
              setDone(null);
              setMap({});
              const picked = { name: f.name, file: f };
              setFile(picked);
              void send(picked, true);
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
                {onPage(w)}
              </p>
            ))}
            <p data-testid="preview-changes">{summary(preview)}</p>
            {preview.skippedRows > 0 && (
              <p class="small muted">
                {preview.skippedRows}{' '}
                {preview.skippedRows === 1
                  ? 'row is not a set and is'
                  : 'rows are not sets and are'}{' '}
                skipped.
              </p>
            )}
            <button
              class="primary wide"
              disabled={preview.added + preview.updated + preview.removed === 0}
              onClick={() => void send(file, false)}
            >
              {preview.added + preview.updated + preview.removed === 0
                ? 'Nothing new to import'
                : `Import ${preview.sets} sets`}
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
        <FitDownloads />
      </section>
    </section>
  );
}
