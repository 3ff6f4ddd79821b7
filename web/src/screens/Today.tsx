/**
 * Today: the session from warm-up to the last set. One tap logs a set as prescribed; the
 * load and reps adjust in place; single-leg work goes side by side, weaker side first. The
 * hold timer counts the top hold, the rest timer starts when a set is logged.
 */
import { useEffect, useState } from 'preact/hooks';
import { get } from '../api';
import * as Outbox from '../outbox';
import type { Item, StoredSession, Today } from '../types';
import { day as dayName, load as loadText } from '../ui/format';
import { RestTimer } from '../ui/timers';
import { usePending } from '../ui/SyncBadge';
import { ExerciseCard } from './ExerciseCard';
import * as M from './today-model';

interface Next {
  day: { date: string; title: string } | null;
  items: Item[];
}

/** The session shown, and the day its sets are logged on (today, even for a moved session). */
type Shown = Today & { date: string };

export function TodayView() {
  const [today, setToday] = useState<Shown | null>(null);
  /** Set when the lifter trains the next session on a rest day: the day it is logged on. */
  const [moved, setMoved] = useState<string | null>(null);
  const [logged, setLogged] = useState<M.Logged>([]);
  const [error, setError] = useState<string | null>(null);
  const [rest, setRest] = useState<{ at: number; seconds: number } | null>(null);
  const [next, setNext] = useState<Next | null>(null);
  const waiting = usePending();

  const date = today?.kind === 'training' ? (moved ?? today.day.date) : null;

  const refresh = async (ahead?: { date: string; on: string }) => {
    try {
      const t = await get<Shown>(`/api/v1/today${ahead ? `?date=${ahead.date}` : ''}`);
      const on = ahead?.on ?? moved ?? t.date;
      setToday(t);
      if (t.kind !== 'training') return;
      const s = await get<{ sessions: StoredSession[] }>(`/api/v1/sessions?since=${on}`);
      setLogged(s.sessions.filter((x) => x.date === on).flatMap((x) => x.sets));
      const d = new Date(`${t.day.date}T12:00:00Z`);
      d.setUTCDate(d.getUTCDate() + 1);
      setNext(await get<Next>(`/api/v1/next?date=${d.toISOString().slice(0, 10)}`));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  useEffect(() => {
    void refresh();
  }, []);
  // When the last waiting set reaches the server, read the log and the next session again.
  useEffect(() => {
    if (waiting === 0 && today)
      void refresh(
        moved && today.kind === 'training' ? { date: today.day.date, on: moved } : undefined,
      );
  }, [waiting === 0]);

  if (error && !today) return <p role="alert">{error}</p>;
  if (!today) return <p class="muted">Loading today…</p>;
  if (today.kind === 'rest') {
    const ahead = today.next;
    return (
      <section>
        <h1>Rest day</h1>
        <p>{ahead ? `Next: ${ahead.title}, ${dayName(ahead.date)}.` : 'No session ahead.'}</p>
        {ahead && (
          <button
            class="secondary wide"
            onClick={() => {
              setMoved(today.date);
              void refresh({ date: ahead.date, on: today.date });
            }}
          >
            Train it today instead
          </button>
        )}
      </section>
    );
  }
  if (today.kind === 'plan-over')
    return (
      <section>
        <h1>Plan complete</h1>
        <p>Every day of this plan is behind you. Start a new one from the Plan screen.</p>
      </section>
    );

  const pendingToday = Outbox.pending()
    .filter((b) => b.date === date)
    .flatMap((b) => b.sets.map((s) => ({ ...s, exercise: b.exercise })));
  const all: M.Logged = [...logged, ...pendingToday];
  const unit = today.items.find((i) => i.prescription.load)?.prescription.load?.unit ?? 'lb';

  const log = (item: Item, b: ReturnType<typeof M.body>) => {
    setRest({ at: performance.now(), seconds: M.restSeconds(item, today.day.kind) });
    setLogged((l) => [...l]); // re-render with the set waiting
    void Outbox.add(b);
  };

  return (
    <section>
      <h1>{today.day.title}</h1>
      <p class="muted">
        {dayName(today.day.date)} · week {today.day.week}
      </p>
      {moved && moved !== today.day.date && (
        <p class="note">Moved: these sets are logged on {dayName(moved)}, today.</p>
      )}
      {today.day.tests.length > 0 && (
        <p class="note">
          Start with the {today.day.tests.join(' and ').replace('vertical-jump', 'vertical jump')}{' '}
          test, fresh, before any lifting (R11). Record it on Measure.
        </p>
      )}
      <Gear items={today.day.gear} />
      {today.items.map((item) => (
        <ExerciseCard
          key={item.slot.track}
          item={item}
          date={date ?? today.day.date}
          unit={unit}
          logged={all}
          onLog={(b) => log(item, b)}
        />
      ))}
      {next?.day && (
        <section class="card next" aria-labelledby="next-h">
          <h2 id="next-h">Next: {next.day.title}</h2>
          <p class="muted">{dayName(next.day.date)}</p>
          <ul class="plain">
            {next.items
              .filter((i) => i.slot.role === 'main' || i.slot.role === 'accessory')
              .slice(0, 3)
              .map((i) => (
                <li key={i.slot.track} data-testid={`next-${i.exercise.id}`}>
                  <strong>{i.exercise.name}</strong>: {i.prescription.sets}×{i.prescription.reps} at{' '}
                  {loadText(i.prescription.load)}
                  <br />
                  <span class="small muted">{i.prescription.reason}</span>
                </li>
              ))}
          </ul>
        </section>
      )}
      <RestTimer
        startedAt={rest?.at ?? null}
        seconds={rest?.seconds ?? 0}
        onSkip={() => setRest(null)}
      />
    </section>
  );
}

function Gear(props: { items: readonly { gear: string; why: string; owned: boolean }[] }) {
  const owned = props.items.filter((g) => g.owned);
  const missing = props.items.filter((g) => !g.owned);
  const [have, setHave] = useState<Set<string>>(new Set());
  if (props.items.length === 0) return null;
  return (
    <details class="card" open>
      <summary>
        <h2 class="inline">Equipment</h2>{' '}
        <span class="muted small">
          {have.size}/{owned.length} ready
        </span>
      </summary>
      <ul class="plain checklist">
        {owned.map((g) => (
          <li key={g.gear}>
            <label>
              <input
                type="checkbox"
                checked={have.has(g.gear)}
                onChange={() => {
                  const n = new Set(have);
                  if (n.has(g.gear)) n.delete(g.gear);
                  else n.add(g.gear);
                  setHave(n);
                }}
              />
              <span>
                <strong>{g.gear.replace(/-/g, ' ')}</strong>
                <span class="small muted"> · {g.why}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {missing.length > 0 && (
        <p class="small" data-testid="not-owned">
          <strong>Not in your kit:</strong>{' '}
          {missing.map((g) => `${g.gear.replace(/-/g, ' ')} (${g.why})`).join('; ')}
        </p>
      )}
    </details>
  );
}
