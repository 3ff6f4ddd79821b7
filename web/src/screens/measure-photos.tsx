/**
 * Progress photos on Measure: add one for a day (empty: today), remove one (its file goes
 * too, after a second tap), and put two chosen months side by side, the earlier on the left.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, get } from '../api';
import type { Photo } from '../types';
import { DateField } from '../ui/DateField';
import { Field } from '../ui/Field';
import { day as dayName, month } from '../ui/format';
import { offline, said } from '../ui/problems';
import './measure.css';

type Shown = Photo & { file: string | null };

/** "2026-11" of "2026-11-02": months sort as text. */
const monthOf = (iso: string) => iso.slice(0, 7);

export function Photos() {
  const [photos, setPhotos] = useState<Shown[]>([]);
  const [date, setDate] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [note, setNote] = useState('');
  /** The photo whose removal waits for a second tap. */
  const [removing, setRemoving] = useState<string | null>(null);
  const [pick, setPick] = useState<[string | null, string | null]>([null, null]);

  const load = async () => setPhotos((await get<{ photos: Shown[] }>('/api/v1/photos')).photos);
  useEffect(() => void load().catch(() => undefined), []);

  /** Send one change; what it did is said once the server has it. */
  const run = async (fn: () => Promise<string>) => {
    setError(null);
    setNote('');
    try {
      setNote(await fn());
      await load();
    } catch (e) {
      setError(e instanceof ApiError ? e : offline());
    }
  };

  const months = [...new Set(photos.map((p) => monthOf(p.date)))].sort();
  // By default the first month beside the last; a month gone (its photos removed) falls back.
  const left = pick[0] !== null && months.includes(pick[0]) ? pick[0] : (months[0] ?? null);
  const right = pick[1] !== null && months.includes(pick[1]) ? pick[1] : (months.at(-1) ?? null);
  const ofMonth = (m: string | null) => photos.filter((p) => monthOf(p.date) === m);

  const image = (p: Shown) =>
    p.file ? (
      <img src={p.file} alt={`Progress photo, ${dayName(p.date)}`} loading="lazy" />
    ) : (
      <span class="small muted">{p.path}</span>
    );

  return (
    <section class="card" aria-labelledby="p-h">
      <h2 id="p-h">Progress photos</h2>
      <p class="small muted">
        Monthly, same light and pose: side by side they show what the tape cannot.
      </p>
      <DateField label="Photo date" value={date} onInput={setDate} error={said(error, 'date')} />
      <label class="upload secondary">
        Add a photo
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,image/heic"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (!file) return;
            const q = new URLSearchParams({ name: file.name, ...(date && { date }) });
            void run(async () => {
              const added = await api<Photo>('POST', `/api/v1/photos?${q.toString()}`, {
                raw: file,
                type: file.type,
              });
              return `Added the photo of ${dayName(added.date)}.`;
            }).then(() => (input.value = ''));
          }}
        />
      </label>
      {error && !said(error, 'date') && (
        <p class="error" role="alert">
          {error.message}
        </p>
      )}
      <p role="status" class="small">
        {note}
      </p>

      {months.length >= 2 && (
        <section aria-labelledby="compare-h" class="compare">
          <h3 id="compare-h">Side by side</h3>
          <div class="pair">
            {([0, 1] as const).map((side) => (
              <Field key={side} label={side === 0 ? 'Left month' : 'Right month'}>
                {(id) => (
                  <select
                    id={id}
                    value={(side === 0 ? left : right) ?? ''}
                    onChange={(e) => {
                      const m = (e.target as HTMLSelectElement).value;
                      setPick(side === 0 ? [m, right] : [left, m]);
                    }}
                  >
                    {months.map((m) => (
                      <option key={m} value={m}>
                        {month(`${m}-01`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </div>
          <div class="side-by-side" data-testid="side-by-side">
            {[left, right].map((m, i) => (
              <figure key={`${i}-${m}`}>
                <figcaption>{m ? month(`${m}-01`) : ''}</figcaption>
                {ofMonth(m).map((p) => (
                  <div key={p.id}>{image(p)}</div>
                ))}
              </figure>
            ))}
          </div>
        </section>
      )}

      {months
        .slice()
        .reverse()
        .map((m) => (
          <figure key={m} class="month">
            <figcaption>{month(`${m}-01`)}</figcaption>
            <ul class="photos plain">
              {ofMonth(m).map((p) => (
                <li key={p.id}>
                  {image(p)}
                  {removing === p.id ? (
                    <span class="buttons">
                      <button
                        class="secondary"
                        onClick={() =>
                          void run(async () => {
                            await api('DELETE', `/api/v1/photos/${p.id}`);
                            setRemoving(null);
                            return `Removed the photo of ${dayName(p.date)}.`;
                          })
                        }
                      >
                        Remove it
                      </button>
                      <button class="link" onClick={() => setRemoving(null)}>
                        Keep
                      </button>
                    </span>
                  ) : (
                    <button
                      class="link"
                      aria-label={`Remove the photo of ${dayName(p.date)}`}
                      onClick={() => setRemoving(p.id)}
                    >
                      Remove
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </figure>
        ))}
    </section>
  );
}
