/**
 * Today: the session from warm-up to the last set. One tap logs a set as prescribed; the
 * load and reps adjust in place; single-leg work goes side by side, weaker side first. The
 * hold timer counts the top hold, the rest timer starts when a set is logged. Each card
 * shows what is logged against what this session asks; once no session of the plan is
 * left, the screen says so and points to the Plan screen for the next one.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, get } from '../api';
import * as Outbox from '../outbox';
import type { Item, PlanDay, PlanRead, Proposal, StoredSession, Today } from '../types';
import { day as dayName, loadOrBand, recordText } from '../ui/format';
import * as Rest from '../ui/rest';
import { usePending } from '../ui/SyncBadge';
import { ExerciseCard } from './ExerciseCard';
import * as M from './today-model';
import { Gear, Glance, PlanOver } from './today-parts';

interface Next {
  day: { date: string; title: string } | null;
  items: Item[];
}

/** A read of /api/v1/today: the session or rest day, and the date it is for. */
type Shown = Today & { date: string };
type Training = Extract<Shown, { kind: 'training' }>;

/**
 * A session trained on a rest day instead of its own (the sets are logged on `on`). The
 * server reads a started session as done on another day, so the page keeps the session as
 * it was read before its first set, and with it what each set asks. Kept with the page's
 * other reads, so a reload resumes it and a logout forgets it.
 */
const MOVED = 'thrust.read:moved';
interface Moved {
  readonly on: string;
  readonly view: Training;
}
const moved = {
  read(): Moved | null {
    try {
      return JSON.parse(localStorage.getItem(MOVED) ?? 'null') as Moved | null;
    } catch {
      return null;
    }
  },
  save(m: Moved) {
    try {
      localStorage.setItem(MOVED, JSON.stringify(m));
    } catch {
      // Storage full or disabled: the moved session lasts until a reload.
    }
  },
  clear() {
    localStorage.removeItem(MOVED);
  },
};

const refusedIds = () => new Set(Outbox.failures().flatMap((f) => f.body.sets.map((s) => s.id)));

export function TodayView() {
  const [view, setView] = useState<Shown | null>(null);
  /** The date sets are logged on: today, also for a session moved here. */
  const [on, setOn] = useState<string | null>(null);
  const [isMoved, setIsMoved] = useState(false);
  /** The day's sets as the server last listed them. */
  const [stored, setStored] = useState<M.DaySet[]>([]);
  /** Sets logged on this page that no read of the server has listed yet. */
  const [mine, setMine] = useState<M.DaySet[]>([]);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [next, setNext] = useState<Next | null>(null);
  /** The set just logged (it can be undone), or what an undo did, on the card of `track`. */
  const [notice, setNotice] = useState<{ track: string; id: string | null; text: string } | null>(
    null,
  );
  const waiting = usePending();
  /** The lifter's unit, for records the server reports in it. */
  const unitRef = useRef('lb');
  // A set that beats a record says so on its card once the server has it.
  useEffect(
    () =>
      Outbox.onRecords((ids, records) =>
        setNotice((n) =>
          n?.id && ids.includes(n.id)
            ? {
                ...n,
                text: `${n.text}. ${records.map((r) => recordText(r, unitRef.current)).join(' ')}`,
              }
            : n,
        ),
      ),
    [],
  );

  const refresh = async () => {
    try {
      const t = await get<Shown>('/api/v1/today');
      // Whether the plan is over: read beside the session, never holding it up.
      const plan = get<PlanRead>('/api/v1/plan').then(
        (p) => p.proposal,
        () => null,
      );
      const m = moved.read();
      let shown: Shown = t;
      let wasMoved = false;
      if (m && m.on === t.date && t.kind === 'rest') {
        const again = await get<Shown>(`/api/v1/today?date=${m.view.day.date}`);
        // Before its first set the server still offers the session; after, the page's copy.
        shown = again.kind === 'training' ? again : m.view;
        if (again.kind === 'training') moved.save({ on: m.on, view: again });
        wasMoved = true;
      } else if (t.kind === 'training' && t.day.date !== t.date) {
        // Once its first set is in, the server itself answers with the moved session.
        wasMoved = true;
        if (m) moved.clear();
      } else if (m) moved.clear();
      if (shown.kind === 'training') {
        void plan.then(setProposal);
        // The day's sets and the session after it, read at once and shown with the session.
        const d = new Date(`${shown.day.date}T12:00:00Z`);
        d.setUTCDate(d.getUTCDate() + 1);
        const [s, after] = await Promise.all([
          get<{ sessions: StoredSession[] }>(`/api/v1/sessions?since=${t.date}`),
          get<Next>(`/api/v1/next?date=${d.toISOString().slice(0, 10)}`),
        ]);
        const day = s.sessions.filter((x) => x.date === t.date).flatMap((x) => x.sets);
        const seen = new Set(day.map((x) => x.id));
        setStored(day);
        setMine((l) => l.filter((x) => !seen.has(x.id)));
        setNext(after);
      } else setProposal(await plan); // a rest day or the plan's end says what comes next
      setView(shown);
      setOn(t.date);
      setIsMoved(wasMoved);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  useEffect(() => {
    void refresh();
    // A set the server refused is not logged: it leaves the card (the badge says why).
    return Outbox.subscribe(() => {
      const bad = refusedIds();
      if (bad.size > 0) setMine((l) => l.filter((x) => !bad.has(x.id)));
    });
  }, []);
  // When the last waiting set reaches the server, read the log and the next session again.
  useEffect(() => {
    if (waiting === 0 && view) void refresh();
  }, [waiting === 0]);

  const moveHere = async (ahead: PlanDay, date: string) => {
    try {
      const v = await get<Shown>(`/api/v1/today?date=${ahead.date}`);
      if (v.kind === 'training') moved.save({ on: date, view: v });
      await refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  if (error && !view) return <p role="alert">{error}</p>;
  if (!view || !on) return <p class="muted">Loading today…</p>;
  if (view.kind === 'rest') {
    const ahead = view.next;
    return (
      <section>
        <h1>Rest day</h1>
        {view.doneOn && (
          <p data-testid="done-on">Today’s session was done on {dayName(view.doneOn)}.</p>
        )}
        {ahead ? (
          <p>
            Next: {ahead.title}, {dayName(ahead.date)}.
          </p>
        ) : (
          <PlanOver proposal={proposal} />
        )}
        {ahead && (
          <button class="secondary wide" onClick={() => void moveHere(ahead, view.date)}>
            Train it today instead
          </button>
        )}
      </section>
    );
  }
  if (view.kind === 'plan-over')
    return (
      <section>
        <h1>Plan complete</h1>
        <p>
          Every day of this plan is behind you
          {view.lastDay ? `; the last was ${dayName(view.lastDay.date)}` : ''}.
        </p>
        <PlanOver proposal={proposal} />
      </section>
    );

  const today = view;
  const refused = refusedIds();
  const waitingHere = Outbox.pending()
    .filter((b) => b.date === on)
    .flatMap(M.fromBody);
  const all = M.merge(stored, waitingHere, mine).filter((x) => !refused.has(x.id));
  const unit = today.items.find((i) => i.prescription.load)?.prescription.load?.unit ?? 'lb';
  unitRef.current = unit;
  const nothingYet = all.length === 0;

  const log = (item: Item, b: ReturnType<typeof M.body>, label: string, rest: boolean) => {
    const now = [...all, ...M.fromBody(b)];
    // The session's last set ends it: no rest after it (a rest still running stops).
    const over = today.items.every(
      (i) => M.progress(M.rows(i, M.setsOf(i, today.day.slots, now).work)).complete,
    );
    if (over) Rest.stop();
    else if (rest) Rest.start(M.restSeconds(item, today.day.kind));
    setMine((l) => [...l, ...M.fromBody(b)]);
    const set = b.sets[0];
    if (set)
      setNotice({
        track: item.slot.track,
        id: set.id,
        text: `Logged ${label}: ${set.reps} × ${loadOrBand(set.load, set.band)}`,
      });
    void Outbox.add(b);
  };

  /** Take back the set just logged: from the outbox if it is still there, else from the server. */
  const undo = async (item: Item, id: string) => {
    try {
      if ((await Outbox.withdraw(id)) === 'sent')
        await api('DELETE', `/api/v1/sets/${id}`).catch((e: unknown) => {
          // Already gone (removed from History, say): nothing left to undo.
          if (!(e instanceof ApiError && e.problem.status === 404)) throw e;
        });
      setMine((l) => l.filter((x) => x.id !== id));
      setStored((l) => l.filter((x) => x.id !== id));
      Rest.stop();
      const text = notice?.text.replace(/^Logged /, '') ?? 'the set';
      setNotice({ track: item.slot.track, id: null, text: `Undone: ${text} is removed.` });
      void refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section>
      <h1>{today.day.title}</h1>
      <p class="muted">
        {dayName(today.day.date)} · week {today.day.week} · <a href="#/history">History</a>
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {isMoved && (
        <div class="note">
          <p class="flush">Moved: these sets are logged on {dayName(on)}, today.</p>
          {nothingYet && (
            <button
              class="link"
              onClick={() => {
                moved.clear();
                void refresh();
              }}
            >
              Keep today a rest day
            </button>
          )}
        </div>
      )}
      {proposal && (
        <p class="note" data-testid="last-session">
          This is the last session of the plan. When it is done,{' '}
          <a href="#/plan">start the next plan</a> on the Plan screen.
        </p>
      )}
      {today.day.tests.length > 0 && (
        <p class="note">
          Start with the {today.day.tests.join(' and ').replace('vertical-jump', 'vertical jump')}{' '}
          test, fresh, before any lifting (R11). Record it on Measure.
        </p>
      )}
      <Glance items={today.items} />
      <Gear items={today.day.gear} date={today.day.date} />
      {today.items.map((item) => (
        <ExerciseCard
          key={item.slot.track}
          item={item}
          slots={today.day.slots}
          date={on}
          unit={unit}
          logged={all}
          onLog={(b, label, rest) => log(item, b, label, rest)}
          notice={notice?.track === item.slot.track ? notice : null}
          onUndo={(id) => undo(item, id)}
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
                  {loadOrBand(i.prescription.load, i.prescription.band)}
                  <br />
                  <span class="small muted">{i.prescription.reason}</span>
                </li>
              ))}
          </ul>
        </section>
      )}
    </section>
  );
}
