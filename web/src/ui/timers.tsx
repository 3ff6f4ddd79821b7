/**
 * The two timers of a session: the top hold of a rep (R6: hold the top 1-2 s) and the rest
 * after a set. Each ends with a beep and a buzz where the device allows.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import * as Rest from './rest';

/** A short beep through Web Audio; silent where audio is not allowed yet. */
function beep(ms = 180, hz = 880) {
  try {
    const ctx = new AudioContext();
    const osc = ctx.createOscillator();
    osc.frequency.value = hz;
    osc.connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + ms / 1000);
    osc.onended = () => void ctx.close();
  } catch {
    // No audio on this device.
  }
}

export function signal() {
  beep();
  navigator.vibrate?.(200);
}

/** A quiet tick for each second of a hold. */
const tick = () => beep(60, 660);

type Phase = { rep: number; up: boolean; left: number } | null;

/** Seconds to lift into the top before each hold (a convention: a controlled rep takes about 2 s). */
const UP_SECONDS = 2;

/**
 * The top hold, hands-free for a whole set (R6): started once, it paces each rep, lift
 * then hold, with a tick at each second of hold and a beep and buzz when each hold ends.
 * Only the rep number is announced, not the seconds.
 */
export function HoldTimer(props: { seconds: number; reps: number }) {
  const [phase, setPhase] = useState<Phase>(null);
  const [sets, setSets] = useState(0);
  const began = useRef(0);
  /** The rep and second last sounded, so each sounds once. */
  const heard = useRef('');
  useEffect(() => {
    if (phase === null) return;
    const cycle = UP_SECONDS + props.seconds;
    const id = setInterval(() => {
      const t = (performance.now() - began.current) / 1000;
      const rep = Math.floor(t / cycle);
      if (rep >= props.reps) {
        clearInterval(id);
        signal();
        setPhase(null);
        setSets((n) => n + 1);
        return;
      }
      const into = t - rep * cycle;
      const up = into < UP_SECONDS;
      const left = up ? Math.ceil(UP_SECONDS - into) : Math.ceil(cycle - into);
      // A tick as the hold starts and at each second of it; the full signal as each hold ends.
      const mark = `${rep}:${up ? 'up' : Math.floor(into - UP_SECONDS)}`;
      if (mark !== heard.current) {
        if (rep > 0 && !heard.current.startsWith(`${rep}:`)) signal();
        else if (!up) tick();
        heard.current = mark;
      }
      setPhase((p) =>
        p && p.rep === rep && p.up === up && p.left === left ? p : { rep, up, left },
      );
    }, 100);
    return () => clearInterval(id);
  }, [phase === null]);
  const start = () => {
    began.current = performance.now();
    heard.current = '0:up';
    setPhase({ rep: 0, up: true, left: UP_SECONDS });
  };
  return (
    <div class="hold">
      <button
        class={phase === null ? 'secondary' : 'secondary running'}
        onClick={() => (phase === null ? start() : setPhase(null))}
      >
        {phase === null ? `Top hold · ${props.reps} × ${props.seconds} s` : 'Stop hold'}
      </button>
      {phase !== null && (
        <strong aria-hidden="true" data-testid="hold-clock">
          {phase.up ? `up ${phase.left}` : `hold ${phase.left}`}
        </strong>
      )}
      <span class="muted small" aria-live="polite" data-testid="holds">
        {phase !== null
          ? `Rep ${phase.rep + 1} of ${props.reps}`
          : sets > 0
            ? `${sets} set${sets === 1 ? '' : 's'} timed`
            : ''}
      </span>
    </div>
  );
}

/** Seconds left as m:ss. */
const clock = (left: number) => {
  const total = Math.ceil(left);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

/** The rest timer: a bar at the bottom while a rest runs, on every screen and across reloads. */
export function RestTimer() {
  const [rest, setRest] = useState<Rest.Rest | null>(Rest.current());
  const [now, setNow] = useState(Date.now());
  const signalled = useRef<number | null>(null);
  useEffect(() => Rest.subscribe(() => setRest(Rest.current())), []);
  useEffect(() => {
    if (rest === null) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [rest?.end]);
  if (rest === null) return null;
  const left = Math.max(0, (rest.end - now) / 1000);
  if (left === 0 && signalled.current !== rest.end) {
    signalled.current = rest.end;
    // A rest that ended long ago (the page was closed) is over without a sound.
    if (now - rest.end < 5000) signal();
  }
  // In a landmark of its own: it sits outside the screen's main content.
  return (
    <aside aria-label="Rest">
      <div class="rest" role="timer" aria-label="Rest timer">
        <span>
          {left > 0 ? (
            <>
              Rest <strong>{clock(left)}</strong>
            </>
          ) : (
            <strong>Rest over: next set</strong>
          )}
        </span>
        <button class="secondary" onClick={Rest.stop}>
          {left > 0 ? 'Skip' : 'Close'}
        </button>
      </div>
    </aside>
  );
}
