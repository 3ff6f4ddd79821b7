/**
 * A generated training history for benchmarks: `years` of three sessions a week, about 30
 * sets a session (activation, squat with ramp, hip thrust with ramp, single-leg and kickbacks
 * per side, RDL), loads rising with plateaus. Deterministic: the same seed, the same log.
 */
import type { NewSet } from '../src/store/port.js';
import { Dates } from '../src/domain/index.js';

/** mulberry32: a small seeded PRNG, so every run benchmarks the same history. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedSession {
  readonly date: string;
  readonly dayId: string | null;
  readonly sets: NewSet[];
}

export function generate(years: number, start = '2016-01-04', seed = 42): GeneratedSession[] {
  const rand = prng(seed);
  const sessions: GeneratedSession[] = [];
  let n = 0;
  for (let week = 0; week < years * 52; week++) {
    for (const offset of [0, 2, 4]) {
      const date = Dates.addDays(start, week * 7 + offset);
      const trend = 95 + Math.min(week * 1.2, 300) - (week % 16 === 15 ? 20 : 0);
      const thrust = Math.round(trend / 5) * 5;
      const squat = Math.round((135 + Math.min(week, 200)) / 5) * 5;
      const at = `${date}T18:00:00.000Z`;
      const set = (
        exercise: NewSet['exercise'],
        load: number,
        reps: number,
        extra: Partial<NewSet> = {},
      ): NewSet => ({
        id: `00000000-0000-4000-8000-${String(n++).padStart(12, '0')}`,
        exercise,
        load: { value: load, unit: 'lb' },
        reps,
        side: null,
        holdSeconds: null,
        clean: rand() > 0.1,
        band: null,
        rpe: null,
        rir: null,
        felt: null,
        note: null,
        warmup: false,
        loggedAt: at,
        ...extra,
      });
      const sets: NewSet[] = [];
      for (let i = 0; i < 3; i++)
        sets.push(set('banded-hip-thrust', 0, 15, { band: 'light', holdSeconds: 2 }));
      sets.push(
        set('back-squat', 45, 10, { warmup: true }),
        set('back-squat', Math.round(squat * 0.6), 5, { warmup: true }),
      );
      for (let i = 0; i < 3; i++) sets.push(set('back-squat', squat, 5 + Math.floor(rand() * 3)));
      for (const f of [0, 0.5, 0.75])
        sets.push(
          set('barbell-hip-thrust', Math.max(45, Math.round((thrust * f) / 5) * 5), 8, {
            warmup: true,
          }),
        );
      for (let i = 0; i < 4; i++)
        sets.push(
          set('barbell-hip-thrust', thrust, 8 + Math.floor(rand() * 5), { holdSeconds: 2 }),
        );
      for (const side of ['left', 'right'] as const) {
        for (let i = 0; i < 3; i++)
          sets.push(
            set(
              'single-leg-hip-thrust',
              0,
              10 + Math.floor(rand() * 4) - (side === 'left' ? 1 : 0),
              { side },
            ),
          );
        for (let i = 0; i < 3; i++)
          sets.push(set('cable-glute-kickback', 30, 12 + Math.floor(rand() * 4), { side }));
      }
      for (let i = 0; i < 3; i++)
        sets.push(set('romanian-deadlift', Math.round((squat * 0.7) / 5) * 5, 10));
      sessions.push({ date, dayId: null, sets });
    }
  }
  return sessions;
}
