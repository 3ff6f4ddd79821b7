/**
 * The two timers of a session: the top hold of a rep (R6: hold the top 1-2 s) and the rest
 * after a set. Each ends with a beep and a buzz where the device allows.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

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

/** Counts down `seconds` once started, showing tenths; calls `onDone` at zero. */
function useCountdown(onDone: () => void) {
  const [left, setLeft] = useState<number | null>(null);
  const end = useRef(0);
  useEffect(() => {
    if (left === null) return;
    const id = setInterval(() => {
      const rest = Math.max(0, end.current - performance.now()) / 1000;
      setLeft(rest);
      if (rest <= 0) {
        clearInterval(id);
        setLeft(null);
        onDone();
      }
    }, 100);
    return () => clearInterval(id);
  }, [left === null]);
  const start = (seconds: number) => {
    end.current = performance.now() + seconds * 1000;
    setLeft(seconds);
  };
  return { left, start, stop: () => setLeft(null) };
}

export function HoldTimer(props: { seconds: number }) {
  const [done, setDone] = useState(0);
  const t = useCountdown(() => {
    signal();
    setDone((n) => n + 1);
  });
  return (
    <div class="hold">
      <button
        class={t.left === null ? 'secondary' : 'secondary running'}
        onClick={() => (t.left === null ? t.start(props.seconds) : t.stop())}
        aria-live="polite"
      >
        {t.left === null ? `Top hold · ${props.seconds} s` : `Hold… ${t.left.toFixed(1)} s`}
      </button>
      {done > 0 && (
        <span class="muted small" data-testid="holds">
          {done} hold{done === 1 ? '' : 's'} timed
        </span>
      )}
    </div>
  );
}

/** The rest timer: a bar at the bottom while it runs. */
export function RestTimer(props: {
  startedAt: number | null;
  seconds: number;
  onSkip: () => void;
}) {
  const [now, setNow] = useState(performance.now());
  const signalled = useRef<number | null>(null);
  useEffect(() => {
    if (props.startedAt === null) return;
    const id = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(id);
  }, [props.startedAt]);
  if (props.startedAt === null) return null;
  const left = Math.max(0, props.seconds - (now - props.startedAt) / 1000);
  if (left === 0 && signalled.current !== props.startedAt) {
    signalled.current = props.startedAt;
    signal();
  }
  const total = Math.ceil(left);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return (
    <div class="rest" role="timer" aria-label="Rest timer">
      <span>
        {left > 0 ? (
          <>
            Rest <strong>{`${m}:${String(s).padStart(2, '0')}`}</strong>
          </>
        ) : (
          <strong>Rest over: next set</strong>
        )}
      </span>
      <button class="secondary" onClick={props.onSkip}>
        {left > 0 ? 'Skip' : 'Close'}
      </button>
    </div>
  );
}
