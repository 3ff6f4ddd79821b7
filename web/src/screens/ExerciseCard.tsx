/**
 * One exercise of today's session: where to put the feet when the last session strayed
 * from the glutes (first, in view), what and why, plates, the warm-up ramp, the hold timer,
 * a row per set (per side for single-leg work, the weaker side first) holding what was
 * logged in it, one tap to log the next, and the adjustments. Next time's prescription
 * shows only once every set of this one is logged. An Evidence sheet says where each
 * number comes from: seed rule, study or convention.
 */
import { useRef, useState } from 'preact/hooks';
import { uuid } from '../api';
import type { Item, Slot } from '../types';
import { day, lastSets, load as loadText, loadOrBand } from '../ui/format';
import { HoldTimer } from '../ui/timers';
import { Plates, Stepper, WhySheet } from './card-parts';
import * as M from './today-model';

const FELT = ['glutes', 'hamstrings', 'quads', 'lower-back'] as const;

export function ExerciseCard(props: {
  item: Item;
  /** The slots of the day, to credit sets that name no track as the server does. */
  slots: readonly Slot[];
  date: string;
  unit: 'lb' | 'kg';
  logged: M.Logged;
  /** `rest`: whether a rest follows (not after a warm-up, nor between the sides of a pair). */
  onLog: (b: ReturnType<typeof M.body>, label: string, rest: boolean) => void;
  /** The set just logged on this card, while it can be undone; or what an undo did. */
  notice: { id: string | null; text: string } | null;
  onUndo: (id: string) => Promise<void>;
}) {
  const { item } = props;
  const p = item.prescription;
  // The adjustments are for the next set only, unless the lifter applies them to the rest.
  const [choice, setChoice] = useState<M.Choice>(M.defaultChoice(item, props.unit));
  const [forRest, setForRest] = useState(false);
  /** In calibration, whether the lifter has set the load they worked up to. */
  const [found, setFound] = useState(false);
  const [adjust, setAdjust] = useState(false);
  const card = useRef<HTMLElement>(null);
  const mine = M.setsOf(item, props.slots, props.logged);
  const rows = M.rows(item, mine.work);
  const tally = M.progress(rows);
  const warmDone = mine.warmups;
  const step = props.unit === 'lb' ? 5 : 2.5;
  const id = item.slot.track.replace(/[^a-z0-9]+/gi, '-');
  const calibrate = p.load === null;
  const nextRow = rows.find((r) => r.set === null);
  const waitForLoad = calibrate && !found && item.exercise.implement !== 'band';
  // What each set is done with, in a lifter's words.
  const plan = M.defaultChoice(item, props.unit);
  /** What a row will log: the adjustments on the next row (and on all, once applied to all). */
  const chosen = (r: M.Row) => (r === nextRow || forRest ? choice : plan);
  const what = (c: M.Choice) =>
    c.load > 0
      ? `${c.load} ${props.unit}`
      : calibrate
        ? 'load to find'
        : p.band
          ? `${p.band} band`
          : 'bodyweight';
  const cues = item.footCueFirst
    ? [...item.exercise.cues.feet, ...item.exercise.cues.setup, ...item.exercise.cues.drive]
    : [...item.exercise.cues.setup, ...item.exercise.cues.drive, ...item.exercise.cues.feet];
  const after = tally.complete ? item.after : null;

  /** Log a set, then hand focus to the next set's button (the pressed one goes away). */
  const log = (b: ReturnType<typeof M.body>, label: string, rest: boolean) => {
    props.onLog(b, label, rest);
    // A work set used the adjustments up: the next set starts from the prescription again
    // (a load being found in calibration stays).
    if (!b.sets[0]?.warmup && !forRest)
      setChoice(calibrate ? { ...plan, load: choice.load } : plan);
    // Focus moves on to what comes next here: the next warm-up, the next set, else the undo.
    const warmup = b.sets[0]?.warmup ?? false;
    requestAnimationFrame(() => {
      const c = card.current;
      const at = (q: string) => c?.querySelector<HTMLButtonElement>(q) ?? null;
      (
        (warmup ? at('.warmup button:not(:disabled)') : null) ??
        at('.sets button.primary:not(:disabled)') ??
        at('.undo button')
      )?.focus();
    });
  };
  /** Undo the set just logged; focus goes back to the row it freed. */
  const undo = async (setId: string) => {
    const warmup = props.notice?.text.startsWith('Logged Warm-up') ?? false;
    await props.onUndo(setId);
    requestAnimationFrame(() =>
      card.current
        ?.querySelector<HTMLButtonElement>(
          warmup ? '.warmup button:not(:disabled)' : '.sets button.primary:not(:disabled)',
        )
        ?.focus({ preventScroll: true }),
    );
  };

  return (
    <article
      ref={card}
      class={`card exercise ${tally.complete ? 'done' : ''}`}
      aria-labelledby={`${id}-h`}
    >
      <header>
        <h2 id={`${id}-h`}>
          {item.exercise.name}
          {item.slot.role === 'activation' && <span class="tag">activation</span>}
        </h2>
        {item.footCue && (
          <p class="note foot-cue" data-testid={`foot-cue-${id}`}>
            <strong>Feet first:</strong> {item.footCue.text}
          </p>
        )}
        <p class="tally small" aria-live="polite" data-testid={`tally-${id}`}>
          {tally.complete
            ? `✓ Done: all ${tally.of} sets`
            : `${tally.done} of ${tally.of} sets done`}
        </p>
        <p class="big">
          {p.sets}×{p.reps}
          {p.perSide ? ' per side' : ''} · {loadOrBand(p.load, p.band)}
          {p.holdSeconds > 0 ? ` · ${p.holdSeconds}-s hold` : ''}
        </p>
        {item.lastTime && (
          <p class="small last-time" data-testid={`last-time-${id}`}>
            Last time ({day(item.lastTime.date)}): {lastSets(item.lastTime.sets)}
          </p>
        )}
        <p class="small why">{p.reason}</p>
        {item.plates && item.plates.perSide.length > 0 && (
          <Plates perSide={item.plates.perSide} unit={item.plates.total.unit} />
        )}
        {item.sides && (
          <p class="small">
            Weaker side first: start with the <strong>{item.sides.first}</strong> side
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
                    log(
                      M.body(item, props.date, props.unit, choice, null, uuid(), {
                        load: w.load.value,
                        reps: w.reps,
                      }),
                      `Warm-up ${i + 1}`,
                      false,
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
        <HoldTimer
          seconds={p.holdSeconds > 0 ? p.holdSeconds : 2}
          reps={nextRow ? chosen(nextRow).reps : p.reps}
        />
      )}

      <ol class="plain sets">
        {rows.map((r) => {
          const label = rowLabel(r);
          const extraSet = !r.extra && r.side !== null && r.n > p.sets;
          if (r.set) {
            const short = r.extra ? [] : M.shortOf(item, r.set);
            return (
              <li
                key={r.key}
                class={`row done${short.length > 0 ? ' short' : ''}`}
                data-testid="set-row"
              >
                <span>
                  {label}
                  <span class="small">
                    {' '}
                    · {r.set.reps} × {setLoad(r.set, p.band)}
                  </span>
                  {short.length > 0 && <span class="shortfall">short: {short.join(', ')}</span>}
                </span>
                <span class="status">{r.extra ? '✓ logged, extra' : '✓ logged'}</span>
              </li>
            );
          }
          return (
            <li key={r.key} class={r === nextRow ? 'row next' : 'row'} data-testid="set-row">
              <span>
                {label}
                <span class="muted small">
                  {' '}
                  · {chosen(r).reps} × {what(chosen(r))}
                  {extraSet ? ' · extra set, weaker side' : ''}
                </span>
              </span>
              <button
                class="primary"
                disabled={waitForLoad}
                aria-describedby={waitForLoad ? `${id}-find` : undefined}
                aria-label={`Log set: ${item.exercise.name} ${r.side ? `${r.side} ` : ''}${r.n}`}
                onClick={() =>
                  log(
                    M.body(item, props.date, props.unit, chosen(r), r.side, uuid()),
                    label,
                    // One side of a pair done, the other still to do: straight on, no rest.
                    !rows.some((o) => o.side !== r.side && o.n === r.n && o.set === null),
                  )
                }
              >
                Log set
              </button>
            </li>
          );
        })}
      </ol>

      {waitForLoad && (
        <p class="small note" id={`${id}-find`}>
          Work up to a load you can lift for the reps with clean form, then set it under Load below:
          the sets log once it is set.
        </p>
      )}
      <div class="undo" role="status" data-testid={`undo-${id}`}>
        {props.notice && (
          <>
            <span>{props.notice.text}</span>
            {props.notice.id && (
              <button
                class="secondary"
                aria-label={`Undo: ${props.notice.text}`}
                onClick={() => void undo(props.notice?.id ?? '')}
              >
                Undo
              </button>
            )}
          </>
        )}
      </div>

      {after && (
        <p class="after" data-testid={`after-${id}`}>
          <strong>Next time:</strong> {after.sets}×{after.reps}
          {after.perSide ? ' per side' : ''} · {loadOrBand(after.load, after.band)}
          {after.holdSeconds > 0 ? ` · ${after.holdSeconds}-s hold` : ''}
          <br />
          <span class="small muted">{after.reason}</span>
        </p>
      )}

      <details
        open={adjust || calibrate}
        onToggle={(e) => setAdjust((e.target as HTMLDetailsElement).open)}
      >
        <summary>
          Adjust {nextRow && !forRest ? rowLabel(nextRow) : 'the remaining sets'}: load, reps, form
        </summary>
        <div class="adjust">
          <Stepper
            label={`Load (${props.unit})`}
            value={choice.load}
            step={step}
            onChange={(load) => {
              setFound(load > 0);
              setChoice({ ...choice, load });
            }}
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
            {item.exercise.hipThrust
              ? 'Clean form (full lockout, neutral pelvis, top hold)'
              : 'Clean form (full range, under control)'}
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
          <label class="toggle">
            <input
              type="checkbox"
              checked={forRest}
              onChange={(e) => setForRest((e.target as HTMLInputElement).checked)}
            />
            Apply to the remaining sets
          </label>
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

      <WhySheet item={item} unit={props.unit} id={id} />
    </article>
  );
}

/** "Set 2", or "Left 2" for a side of single-leg work. */
const rowLabel = (r: M.Row) =>
  r.side ? `${r.side === 'left' ? 'Left' : 'Right'} ${r.n}` : `Set ${r.n}`;

/** A logged set's load as the lifter reads it: the weight, else the band, else bodyweight. */
function setLoad(s: M.DaySet, band: string | null): string {
  return loadOrBand(s.load, s.band ?? band);
}
