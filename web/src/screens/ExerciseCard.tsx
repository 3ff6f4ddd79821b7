/**
 * One exercise of today's session: what and why, plates, the warm-up ramp, the hold timer,
 * a row per set (per side for single-leg work) with one tap to log it, and the adjustments.
 */
import { useId, useState } from 'preact/hooks';
import { uuid } from '../api';
import type { Item } from '../types';
import { load as loadText } from '../ui/format';
import { HoldTimer } from '../ui/timers';
import * as M from './today-model';

const FELT = ['glutes', 'hamstrings', 'quads', 'lower-back'] as const;

export function ExerciseCard(props: {
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
