/**
 * The Data screen's Garmin downloads: a logged session as a FIT activity (for Garmin
 * Connect) and the next session as a FIT workout (for a watch). The server writes the files;
 * the page only links to them.
 */
import { useEffect, useState } from 'preact/hooks';
import { get } from '../api';
import type { StoredSession } from '../types';
import { Field } from '../ui/Field';
import { day as dayName } from '../ui/format';

export function FitDownloads() {
  const [days, setDays] = useState<string[] | null>(null);
  const [picked, setPicked] = useState('');

  useEffect(() => {
    get<{ sessions: StoredSession[] }>('/api/v1/sessions').then(
      (r) => {
        const list = r.sessions.filter((s) => s.sets.length > 0).map((s) => s.date);
        setDays(list);
        setPicked(list[0] ?? '');
      },
      () => setDays([]),
    );
  }, []);

  return (
    <div class="fit">
      <h3>Garmin (FIT)</h3>
      <p class="small muted">
        A session as a strength-training activity for Garmin Connect (Import Data), each set with
        its reps, load and exercise; and your next session as a workout for a Garmin watch (copy it
        to the watch’s GARMIN/NewFiles folder).
      </p>
      {days && days.length > 0 ? (
        <Field label="Session">
          {(id) => (
            <select id={id} value={picked} onChange={(e) => setPicked(e.currentTarget.value)}>
              {days.map((d) => (
                <option key={d} value={d}>
                  {dayName(d)} ({d})
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        days && <p class="small">Log a session to download it as a FIT activity.</p>
      )}
      <div class="buttons">
        {picked && (
          <a
            class="button secondary"
            href={`/api/v1/sessions/${picked}/fit`}
            download={`thrust-${picked}.fit`}
          >
            Activity (.fit)
          </a>
        )}
        <a class="button secondary" href="/api/v1/workout.fit" download>
          Next workout (.fit)
        </a>
      </div>
    </div>
  );
}
