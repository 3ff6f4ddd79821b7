/**
 * Today: the session from warm-up to the last set. One tap logs a set as prescribed; the
 * load and reps adjust in place; single-leg work goes side by side, weaker side first. The
 * hold timer counts the top hold, the rest timer starts when a set is logged.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { get, uuid } from '../api';
import * as Outbox from '../outbox';
import type { Item, StoredSession, Today } from '../types';
import { day as dayName, load as loadText } from '../ui/format';
import { HoldTimer, RestTimer } from '../ui/timers';
import { usePending } from '../ui/SyncBadge';
import * as M from './today-model';

interface Next {
  day: { date: string; title: string } | null;
  items: Item[];
}

const FELT = ['glutes', 'hamstrings', 'quads', 'lower-back'] as const;

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

function ExerciseCard(props: {
  item: Item;
  date: string;
  unit: 'lb' | 'kg';
  logged: M.Logged;
  onLog: (b: ReturnType<typeof M.body>) => void;
}) {
  const { item } = props;
  const p = item.prescription;
  const [choice, setChoice] = useState<M.Choice>(M.defaultChoice(item));
  const [adjust, setAdjust] = useState(false);
  const rows = M.rows(item, props.logged);
  const warmDone = M.warmupsDone(item, props.logged);
  const step = props.unit === 'lb' ? 5 : 2.5;
  const id = item.slot.track.replace(/[^a-z0-9]+/gi, '-');
  const calibrate = p.load === null;
  const allDone = rows.every((r) => r.done);
  // What each set is done with, in a lifter's words.
  const what =
    choice.load > 0
      ? `${choice.load} ${props.unit}`
      : calibrate
        ? 'load to find'
        : p.band
          ? `${p.band} band`
          : 'bodyweight';
  const cues = item.footCueFirst
    ? [...item.exercise.cues.feet, ...item.exercise.cues.setup, ...item.exercise.cues.drive]
    : [...item.exercise.cues.setup, ...item.exercise.cues.drive, ...item.exercise.cues.feet];

  return (
    <article class={`card exercise ${allDone ? 'done' : ''}`} aria-labelledby={`${id}-h`}>
      <header>
        <h2 id={`${id}-h`}>
          {item.exercise.name}
          {item.slot.role === 'activation' && <span class="tag">activation</span>}
        </h2>
        <p class="big">
          {p.sets}×{p.reps}
          {p.perSide ? ' per side' : ''} ·{' '}
          {p.band && p.load?.value === 0 ? `${p.band} band` : loadText(p.load)}
          {p.holdSeconds > 0 ? ` · ${p.holdSeconds}-s hold` : ''}
        </p>
        <p class="small why">{p.reason}</p>
        {item.plates && item.plates.perSide.length > 0 && (
          <p class="plates" aria-label={`Plates per side: ${item.plates.perSide.join(', ')}`}>
            <span class="small muted">Per side</span>{' '}
            {item.plates.perSide.map((w, i) => (
              <span key={i} class="plate">
                {w}
              </span>
            ))}
          </p>
        )}
        {item.sides && (
          <p class="small">
            Start with the <strong>{item.sides.first}</strong> side
            {item.sides.extraSet ? `; one extra set for the ${item.sides.extraSet} side` : ''}
            {item.sides.gapPercent !== null ? ` (gap ${Math.round(item.sides.gapPercent)}%)` : ''}.
          </p>
        )}
      </header>

      {item.warmup.length > 0 && (
        <div class="warmup">
          <h3>Warm-up</h3>
          <ol class="plain">
            {item.warmup.map((w, i) => (
              <li key={i} class={i < warmDone ? 'row done' : 'row'}>
                <span>
                  {w.reps} × {loadText(w.load)}
                  {w.plates && w.plates.perSide.length > 0 && (
                    <span class="small muted"> · {w.plates.perSide.join(' + ')} a side</span>
                  )}
                </span>
                <button
                  class="secondary"
                  disabled={i < warmDone}
                  aria-label={
                    i < warmDone
                      ? `✓ Logged warm-up ${i + 1}`
                      : `Log warm-up ${i + 1}: ${w.reps} at ${loadText(w.load)}`
                  }
                  onClick={() =>
                    props.onLog(
                      M.body(item, props.date, props.unit, choice, null, uuid(), {
                        load: w.load.value,
                        reps: w.reps,
                      }),
                    )
                  }
                >
                  {i < warmDone ? '✓' : 'Log'}
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}

      {(p.holdSeconds > 0 || item.exercise.hipThrust) && (
        <HoldTimer seconds={p.holdSeconds > 0 ? p.holdSeconds : 2} />
      )}

      <ol class="plain sets">
        {rows.map((r) => (
          <li key={r.key} class={r.done ? 'row done' : 'row'}>
            <span>
              {r.side ? `${r.side === 'left' ? 'Left' : 'Right'} ${r.n}` : `Set ${r.n}`}
              <span class="muted small">
                {' '}
                · {choice.reps} × {what}
              </span>
            </span>
            <button
              class="primary"
              disabled={
                r.done || (calibrate && choice.load === 0 && item.exercise.implement !== 'band')
              }
              aria-label={`${r.done ? '✓ Logged' : 'Log set'}: ${item.exercise.name} ${r.side ? `${r.side} ` : ''}${r.n}`}
              onClick={() =>
                props.onLog(M.body(item, props.date, props.unit, choice, r.side, uuid()))
              }
            >
              {r.done ? '✓ Logged' : 'Log set'}
            </button>
          </li>
        ))}
      </ol>

      <details
        open={adjust || calibrate}
        onToggle={(e) => setAdjust((e.target as HTMLDetailsElement).open)}
      >
        <summary>Adjust load, reps, form</summary>
        <div class="adjust">
          <Stepper
            label={`Load (${props.unit})`}
            value={choice.load}
            step={step}
            onChange={(load) => setChoice({ ...choice, load })}
          />
          <Stepper
            label="Reps"
            value={choice.reps}
            step={1}
            onChange={(reps) => setChoice({ ...choice, reps: Math.max(1, reps) })}
          />
          <label class="toggle">
            <input
              type="checkbox"
              checked={choice.clean}
              onChange={(e) =>
                setChoice({ ...choice, clean: (e.target as HTMLInputElement).checked })
              }
            />
            Clean form (full lockout, neutral pelvis, top hold)
          </label>
          {item.exercise.hipThrust && (
            <label>
              Felt it in
              <select
                value={choice.felt ?? ''}
                onChange={(e) =>
                  setChoice({ ...choice, felt: (e.target as HTMLSelectElement).value || null })
                }
              >
                <option value="">Not noted</option>
                {FELT.map((f) => (
                  <option key={f} value={f}>
                    {f.replace('-', ' ')}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </details>

      <details class="cues">
        <summary>Cues</summary>
        <ul>
          {cues.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </details>
    </article>
  );
}

function Stepper(props: {
  label: string;
  value: number;
  step: number;
  onChange: (v: number) => void;
}) {
  const id = useId();
  return (
    <div class="stepper">
      <label for={id}>{props.label}</label>
      <div>
        <button
          class="secondary"
          aria-label={`${props.label} down`}
          onClick={() => props.onChange(Math.max(0, props.value - props.step))}
        >
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={0}
          step={props.step}
          value={props.value}
          onInput={(e) => props.onChange(Number((e.target as HTMLInputElement).value) || 0)}
        />
        <button
          class="secondary"
          aria-label={`${props.label} up`}
          onClick={() => props.onChange(props.value + props.step)}
        >
          +
        </button>
      </div>
    </div>
  );
}
