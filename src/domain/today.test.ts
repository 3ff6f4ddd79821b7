import { describe, expect, it } from 'vitest';
import { lifter, loggedSet, only, simulate } from './fixtures.js';
import { generate } from './program/generate.js';
import * as Today from './today.js';

const profile = lifter({
  goal: 'glutes',
  working: { exercise: 'barbell-hip-thrust', load: { value: 135, unit: 'lb' }, reps: 8 },
});
const plan = generate(profile, '2026-11-23');

describe('today', () => {
  it('lays out a training day: activation, main lift with ramp and plates, then single-leg', () => {
    const t = Today.build({ plans: only(plan), profile, sessions: [], date: '2026-11-23' });
    if (t.kind !== 'training') throw new Error(t.kind);
    expect(t.items.map((i) => i.exercise.id)).toEqual([
      'banded-hip-thrust',
      'barbell-hip-thrust',
      'single-leg-hip-thrust',
    ]);
    const main = t.items[1];
    expect(main?.prescription).toMatchObject({
      load: { value: 135, unit: 'lb' },
      reps: 8,
      sets: 3,
    });
    expect(main?.plates?.perSide).toEqual([45]);
    expect(main?.warmup.map((w) => w.load.value)).toEqual([45, 55, 80, 105]);
    expect(main?.cues[0]).toMatch(/flat bench/);
    expect(t.items[0]?.warmup).toEqual([]);
  });

  it('on a rest day, says when the next session is', () => {
    const t = Today.build({ plans: only(plan), profile, sessions: [], date: '2026-11-24' });
    expect(t).toMatchObject({ kind: 'rest', next: { date: '2026-11-25', id: 'w1d2' } });
  });

  it('after the plan ends, says so', () => {
    expect(Today.build({ plans: only(plan), profile, sessions: [], date: '2027-06-01' }).kind).toBe(
      'plan-over',
    );
  });

  it('leads with the foot-position cue after a hip thrust felt in the hamstrings (R7)', () => {
    const log = simulate(plan, profile, 1).map((s) => ({
      ...s,
      sets: s.sets.map((x) =>
        x.exercise === 'single-leg-hip-thrust' ? { ...x, felt: 'hamstrings' as const } : x,
      ),
    }));
    const t = Today.build({ plans: only(plan), profile, sessions: log, date: '2026-11-25' });
    if (t.kind !== 'training') throw new Error(t.kind);
    const main = t.items.find((i) => i.slot.role === 'main');
    expect(main?.footCueFirst).toBe(true);
    expect(main?.cues[0]).toMatch(/Shins roughly vertical/);
  });
});

describe('a session moved to a rest day', () => {
  // Wednesday's session (w1d2) trained on Tuesday: one of its main-lift sets is in.
  const first = simulate(plan, profile, 1, undefined);
  const wed = plan.days[1];
  if (!wed) throw new Error('no w1d2');
  const rx = Today.session(
    { plans: only(plan), profile, sessions: first, date: '2026-11-24' },
    wed,
  ).find((i) => i.slot.role === 'main')?.prescription;
  if (!rx?.load) throw new Error('no main prescription');
  const moved = {
    date: '2026-11-24',
    planId: 'plan-1',
    dayId: 'w1d2',
    sets: [loggedSet({ load: rx.load, reps: rx.reps })],
  };
  const sessions = [...first, moved];

  it('is today’s session on the day it is trained, in progress', () => {
    const t = Today.build({ plans: only(plan), profile, sessions, date: '2026-11-24' });
    if (t.kind !== 'training') throw new Error(t.kind);
    expect(t.day.id).toBe('w1d2');
    const main = t.items.find((i) => i.slot.role === 'main');
    expect(main?.logged).toHaveLength(1);
    expect(main?.prescription).toMatchObject({ load: rx.load, reps: rx.reps });
    expect(main?.complete).toBe(false);
  });

  it('is not offered again on its own date', () => {
    const t = Today.build({ plans: only(plan), profile, sessions, date: '2026-11-25' });
    expect(t).toMatchObject({ kind: 'rest', doneOn: '2026-11-24', next: { id: 'w1d3' } });
  });
});

describe('history from before the plan (an earlier plan, an import)', () => {
  it('sets the starting load instead of being judged by the progression rule', () => {
    const p = lifter({
      goal: 'glutes',
      working: { exercise: 'barbell-hip-thrust', load: { value: 95, unit: 'lb' }, reps: 8 },
    });
    const plan = generate(p, '2026-11-23');
    const set = (value: number, reps: number, clean: boolean) =>
      loggedSet({ load: { value, unit: 'lb' }, reps, clean });
    const before = [
      // Older than the six weeks before the last session: no longer where the lifter is.
      { date: '2026-09-28', dayId: null, sets: [set(185, 8, false)] },
      { date: '2026-11-13', dayId: null, sets: [set(100, 20, false), set(100, 18, false)] },
      {
        date: '2026-11-16',
        dayId: null,
        sets: [set(135, 12, false), set(155, 8, false), set(145, 8, false)],
      },
      // The last session was a light metabolic day: it must not pull the heavy track down.
      { date: '2026-11-19', dayId: null, sets: [set(105, 20, false), set(105, 18, false)] },
    ];
    const t = Today.build({ plans: only(plan), profile: p, sessions: before, date: '2026-11-23' });
    if (t.kind !== 'training') throw new Error(t.kind);
    const main = t.items.find((i) => i.slot.role === 'main')?.prescription;
    // The best recent set in the heavy track's 6-10 range (155 x 8) beats the profile's
    // 95 x 8, the light 20-rep days and a heavier set from too long ago.
    expect(main).toMatchObject({ load: { value: 155, unit: 'lb' }, reps: 8, change: 'start' });
    expect(main?.reason).toBe(
      'Start from your recent 155 lb x 8 (convention: a known set is the start).',
    );
  });

  it('starts from the working set given at setup, not from a log years old', () => {
    const p = lifter({
      goal: 'glutes',
      working: { exercise: 'barbell-hip-thrust', load: { value: 95, unit: 'lb' }, reps: 8 },
    });
    const plan = generate(p, '2026-11-23');
    // An old FitNotes history, imported today: its last session is six years back.
    const old = [
      {
        date: '2020-03-02',
        dayId: null,
        sets: [loggedSet({ load: { value: 185, unit: 'lb' }, reps: 8 })],
      },
      {
        date: '2020-03-05',
        dayId: null,
        sets: [loggedSet({ load: { value: 195, unit: 'lb' }, reps: 6 })],
      },
    ];
    const t = Today.build({ plans: only(plan), profile: p, sessions: old, date: '2026-11-23' });
    if (t.kind !== 'training') throw new Error(t.kind);
    const main = t.items.find((i) => i.slot.role === 'main')?.prescription;
    expect(main).toMatchObject({ load: { value: 95, unit: 'lb' }, reps: 8, change: 'start' });
  });
});
