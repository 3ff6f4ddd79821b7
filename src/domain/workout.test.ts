import { describe, expect, it } from 'vitest';
import * as Records from './analytics/records.js';
import { lifter, loggedSet, only } from './fixtures.js';
import type { LoggedSession } from './log.js';
import { generate } from './program/generate.js';
import * as Today from './today.js';
import * as Workout from './workout.js';

const lb = (value: number) => ({ value, unit: 'lb' as const });

describe('last time', () => {
  const sessions: LoggedSession[] = [
    { date: '2026-11-16', dayId: null, sets: [loggedSet({ load: lb(85), reps: 12 })] },
    {
      date: '2026-11-18',
      dayId: null,
      sets: [
        loggedSet({ exercise: 'banded-hip-thrust', load: lb(0), track: 'activation' }),
        loggedSet({ load: lb(45), reps: 10, warmup: true }),
        loggedSet({ load: lb(95), reps: 12 }),
        loggedSet({ load: lb(95), reps: 11, clean: false }),
      ],
    },
    { date: '2026-11-23', dayId: null, sets: [loggedSet({ load: lb(105), reps: 10 })] },
  ];

  it('is the work sets of the last session before the day, warm-ups left out', () => {
    expect(Workout.lastTime(sessions, 'barbell-hip-thrust', '2026-11-23')).toEqual({
      date: '2026-11-18',
      sets: [
        { load: lb(95), reps: 12, side: null, band: null, clean: true },
        { load: lb(95), reps: 11, side: null, band: null, clean: false },
      ],
    });
    expect(Workout.lastTime(sessions, 'barbell-hip-thrust', '2026-11-16')).toBeNull();
    expect(Workout.lastTime(sessions, 'custom:cossack-squat', '2026-12-01')).toBeNull();
  });

  it('tells the banded warm-up from the banded working sets', () => {
    expect(Workout.lastTime(sessions, 'banded-hip-thrust', '2026-11-23')).toBeNull();
    expect(Workout.lastTime(sessions, 'banded-hip-thrust', '2026-11-23', true)?.date).toBe(
      '2026-11-18',
    );
  });

  it('sits beside each prescription of today', () => {
    const profile = lifter({ goal: 'glutes' });
    const plan = generate(profile, '2026-11-16');
    const t = Today.build({ plans: only(plan), profile, sessions, date: '2026-11-23' });
    if (t.kind !== 'training') throw new Error(t.kind);
    const main = t.items.find((i) => i.exercise.id === 'barbell-hip-thrust');
    expect(main?.lastTime?.date).toBe('2026-11-18');
    const activation = t.items.find((i) => i.slot.role === 'activation');
    expect(activation?.lastTime?.date).toBe('2026-11-18');
  });
});

describe('a session’s span', () => {
  it('runs from the first set logged to the last, in whole minutes', () => {
    expect(
      Workout.span([
        { loggedAt: '2026-11-23T18:40:10.000Z' },
        { loggedAt: '2026-11-23T18:02:00.000Z' },
        { loggedAt: '2026-11-23T19:10:40.000Z' },
      ]),
    ).toEqual({ start: '2026-11-23T18:02:00.000Z', end: '2026-11-23T19:10:40.000Z', minutes: 69 });
    expect(Workout.span([])).toBeNull();
  });
});

describe('records a new set beats', () => {
  const day = (date: string, ...sets: Parameters<typeof loggedSet>[0][]): LoggedSession => ({
    date,
    dayId: null,
    sets: sets.map((s) => loggedSet(s)),
  });
  const before = [day('2026-11-16', { load: lb(95), reps: 8 }, { load: lb(75), reps: 10 })];

  it.each([
    ['a heavier set', { load: lb(105), reps: 8 }, ['load', 'e1rm']],
    ['more reps at the top load', { load: lb(95), reps: 9 }, ['load', 'e1rm']],
    ['more reps at a lighter load', { load: lb(75), reps: 11 }, ['reps']],
    ['less than before', { load: lb(95), reps: 6 }, []],
  ])('%s', (_, set, kinds) => {
    const after = [...before, day('2026-11-18', set)];
    const got = Records.beaten(before, after, 'barbell-hip-thrust', 'lb');
    expect(got.map((r) => r.kind)).toEqual(kinds);
  });

  it('is silent the first time a lift is logged: that is the baseline', () => {
    const after = [day('2026-11-18', { exercise: 'custom:cossack-squat', load: lb(40), reps: 8 })];
    expect(Records.beaten([], after, 'custom:cossack-squat', 'lb')).toEqual([]);
  });
});
