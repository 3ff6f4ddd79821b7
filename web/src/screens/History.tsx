/**
 * History: every logged session, newest first, its sets grouped by exercise. Any set can be
 * corrected (load, reps, clean form) or removed; the server derives every prescription from
 * the log, so Today and next time follow the corrected log, as after `thrust edit`.
 */
import { useEffect, useState } from 'preact/hooks';
import { nameOf, type ExerciseRef } from '../../../src/domain/catalogue/index';
import { api, ApiError, get, Offline } from '../api';
import type { StoredSession, StoredSet } from '../types';
import { day as dayName, load as loadText } from '../ui/format';

/** Sessions shown at first, and added by each "older sessions". */
const PAGE = 10;

/** A set in a lifter's words: "Left · 10 × 95 lb", with warm-up and form noted. */
export function setText(s: StoredSet): string {
  const side = s.side ? `${s.side === 'left' ? 'Left' : 'Right'} · ` : '';
  const what = s.load.value > 0 ? loadText(s.load) : s.band ? `${s.band} band` : 'bodyweight';
  const notes = [s.warmup ? 'warm-up' : null, !s.warmup && !s.clean ? 'form not clean' : null]
    .filter(Boolean)
    .join(', ');
  return `${side}${s.reps} × ${what}${notes ? ` (${notes})` : ''}`;
}

/** The sets of a session by exercise, in the order each exercise was first logged. */
export function byExercise(sets: readonly StoredSet[]): [string, StoredSet[]][] {
  const groups = new Map<string, StoredSet[]>();
  for (const s of [...sets].sort((a, b) => a.seq - b.seq))
    groups.set(s.exercise, [...(groups.get(s.exercise) ?? []), s]);
  return [...groups];
}

const message = (e: unknown) =>
  e instanceof Offline
    ? 'No connection: corrections need the server. Try again when you are online.'
    : e instanceof Error
      ? e.message
      : String(e);

export function History() {
  const [sessions, setSessions] = useState<StoredSession[] | null>(null);
  /** The lifter's own exercises' names as written, from the server (custom id -> name). */
  const [own, setOwn] = useState<ReadonlyMap<string, string>>(new Map());
  const nameOfRef = (ref: string) => nameOf(ref as ExerciseRef, own);
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    try {
      const r = await get<{ sessions: StoredSession[]; names?: Record<string, string> }>(
        '/api/v1/sessions',
      );
      setOwn(new Map(Object.entries(r.names ?? {})));
      setSessions(r.sessions.filter((s) => s.sets.length > 0));
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => {
    void load();
  }, []);

  /** After a change: read the log again and say what happened where a screen reader hears it. */
  const changed = async (said: string, focusOn: string | null) => {
    setEditing(null);
    await load();
    setStatus(said);
    if (focusOn)
      requestAnimationFrame(() =>
        document.getElementById(focusOn)?.focus({ preventScroll: false }),
      );
  };

  if (error && !sessions) return <p role="alert">{error}</p>;
  if (!sessions) return <p class="muted">Loading history…</p>;
  return (
    <section>
      <h1 tabIndex={-1}>History</h1>
      <p class="muted small">
        Every set you logged, newest first. Correct or remove any of them: today’s session and every
        next load are worked out again from the corrected log.
      </p>
      <p class="small" role="status" data-testid="history-status">
        {status}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {sessions.length === 0 && <p>Nothing logged yet. Sets you log on Today appear here.</p>}
      {sessions.slice(0, shown).map((s) => (
        <section
          key={s.id}
          class="card history"
          aria-labelledby={`h-${s.id}`}
          data-testid="history-session"
        >
          <h2 id={`h-${s.id}`} tabIndex={-1}>
            {dayName(s.date)}
          </h2>
          {byExercise(s.sets).map(([exercise, sets]) => (
            <div key={exercise}>
              <h3>{nameOfRef(exercise)}</h3>
              <ol class="plain">
                {sets.map((x, i) =>
                  editing === x.id ? (
                    <li key={x.id} class="edit-set">
                      <EditSet
                        set={x}
                        label={`${nameOfRef(exercise)} set ${i + 1}`}
                        onCancel={() => {
                          setEditing(null);
                          requestAnimationFrame(() =>
                            document.getElementById(`e-${x.id}`)?.focus(),
                          );
                        }}
                        onSaved={(t) => void changed(t, `e-${x.id}`)}
                        onDeleted={(t) => void changed(t, `h-${s.id}`)}
                      />
                    </li>
                  ) : (
                    <li key={x.id} class="row" data-testid="history-set">
                      <span>
                        <span class="small muted">{i + 1}.</span> {setText(x)}
                      </span>
                      <button
                        id={`e-${x.id}`}
                        class="secondary"
                        aria-label={`Edit ${nameOfRef(exercise)} set ${i + 1}: ${setText(x)}`}
                        onClick={() => {
                          setStatus('');
                          setEditing(x.id);
                        }}
                      >
                        Edit
                      </button>
                    </li>
                  ),
                )}
              </ol>
            </div>
          ))}
        </section>
      ))}
      {sessions.length > shown && (
        <button class="secondary wide" onClick={() => setShown(shown + PAGE)}>
          Older sessions ({sessions.length - shown} more)
        </button>
      )}
    </section>
  );
}

/** One set's correction: load, reps and clean form; save, remove (asked twice) or cancel. */
function EditSet(props: {
  set: StoredSet;
  label: string;
  onCancel: () => void;
  onSaved: (said: string) => void;
  onDeleted: (said: string) => void;
}) {
  const s = props.set;
  const [loadValue, setLoad] = useState(String(s.load.value));
  const [reps, setReps] = useState(String(s.reps));
  const [clean, setClean] = useState(s.clean);
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `f-${s.id}`;
  useEffect(() => document.getElementById(`${id}-reps`)?.focus(), []);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(
        e instanceof ApiError ? (e.field('reps') ?? e.field('load') ?? e.message) : message(e),
      );
      setBusy(false);
    }
  };

  const save = () =>
    run(async () => {
      const patch = {
        load: { value: Number(loadValue), unit: s.load.unit },
        reps: Number(reps),
        ...(!s.warmup && { clean }),
      };
      const after = await api<StoredSet>('PATCH', `/api/v1/sets/${s.id}`, { body: patch });
      props.onSaved(`Saved: ${props.label} is now ${setText(after)}.`);
    });
  const remove = () =>
    run(async () => {
      await api('DELETE', `/api/v1/sets/${s.id}`);
      props.onDeleted(`Removed ${props.label} (${setText(s)}).`);
    });

  return (
    <form
      aria-label={`Correct ${props.label}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div class="pair">
        <div class="field">
          <label for={`${id}-load`}>Load ({s.load.unit})</label>
          <input
            id={`${id}-load`}
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            value={loadValue}
            onInput={(e) => setLoad((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-reps`}>Reps</label>
          <input
            id={`${id}-reps`}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={reps}
            onInput={(e) => setReps((e.target as HTMLInputElement).value)}
          />
        </div>
      </div>
      {!s.warmup && (
        <label class="toggle">
          <input
            type="checkbox"
            checked={clean}
            onChange={(e) => setClean((e.target as HTMLInputElement).checked)}
          />
          Clean form
        </label>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="buttons">
        <button class="primary" type="submit" disabled={busy}>
          Save
        </button>
        <button class="secondary" type="button" onClick={props.onCancel}>
          Cancel
        </button>
        {confirm ? (
          <button class="danger" type="button" disabled={busy} onClick={() => void remove()}>
            Yes, remove this set
          </button>
        ) : (
          <button class="secondary" type="button" onClick={() => setConfirm(true)}>
            Remove…
          </button>
        )}
      </div>
    </form>
  );
}
