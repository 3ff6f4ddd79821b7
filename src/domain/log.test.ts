/** Which plan a session belongs to, which slot each set counts for, where a new track starts. */
import { describe, expect, it } from 'vitest';
import { lifter, loggedSet, only, simulate } from './fixtures.js';
import * as Log from './log.js';
import type { LoggedSet } from './log.js';
import { generate } from './program/generate.js';
import * as Today from './today.js';

const set = loggedSet;

describe('plans that follow one another', () => {
  const profile = lifter({
    working: { exercise: 'barbell-hip-thrust', load: { value: 95, unit: 'lb' }, reps: 12 },
  });
  const first = generate(profile, '2026-01-05');
  const log = simulate(first, profile, 36);
  const second = generate(profile, '2026-03-30');
  const plans = [
    { id: 'p1', plan: first },
    { id: 'p2', plan: second },
  ];
  const sessions = log.map((s) => ({ ...s, planId: 'p1' }));

  it('counts only its own sessions as done', () => {
    expect(Log.doneDays(plans, sessions, 'p1').size).toBe(36);
    expect(Log.doneDays(plans, sessions, 'p2').size).toBe(0);
    const t = Today.build({ plans, profile, sessions, date: '2026-03-30' });
    expect(t.kind).toBe('training');
  });

  it('files an imported session by its date, and history before every plan under none', () => {
    expect(Log.planOf(plans, { date: '2026-02-01', dayId: null, sets: [] })).toBe('p1');
    expect(Log.planOf(plans, { date: '2026-04-01', dayId: null, sets: [] })).toBe('p2');
    expect(Log.planOf(plans, { date: '2025-12-01', dayId: null, sets: [] })).toBeNull();
  });

  it('carries every track into the next plan as it stood', () => {
    const end = Today.prescribe(
      { plans: only(first, 'p1'), profile, sessions },
      slot(first, 'heavy'),
    );
    const start = Today.prescribe({ plans, profile, sessions }, slot(second, 'heavy'));
    expect(start.load).toEqual(end.load);
    expect(start.reps).toBe(end.reps);
    expect(start.lastIncrease).toBe(end.lastIncrease);
    expect(start.reason).toMatch(/^From your last plan: /);
  });
});

describe('crediting sets to slots', () => {
  const bands = lifter({
    goal: 'athletic',
    inventory: {
      barbell: null,
      dumbbells: null,
      cable: false,
      bands: ['light', 'medium', 'heavy'],
      gear: [],
    },
  });
  const plan = generate(bands, '2026-01-05');
  const day = plan.days[0];
  if (!day) throw new Error('no day');
  const band = (over: Partial<LoggedSet>) =>
    set({ exercise: 'banded-hip-thrust', load: { value: 0, unit: 'lb' }, band: 'light', ...over });

  it('sends a bands-only lifter’s unmarked working sets to the working slot, not the warm-up', () => {
    const credited = Log.creditSets(plan, {
      date: day.date,
      dayId: day.id,
      sets: [band({ reps: 15, track: 'activation' }), band({ reps: 6 }), band({ reps: 6 })],
    });
    const byTrack = new Map([...credited].map(([s, sets]) => [s.track, sets.map((x) => x.reps)]));
    expect(byTrack.get('activation')).toEqual([15]);
    expect(byTrack.get('banded-hip-thrust/power')).toEqual([6, 6]);
  });

  it('lets a bands-only athlete progress over six clean weeks', () => {
    const log = simulate(plan, bands, 18);
    const main = day.slots.find((s) => s.role === 'main');
    if (!main) throw new Error('no main slot');
    const p = Today.prescribe({ plans: only(plan), profile: bands, sessions: log }, main);
    const start = Today.prescribe({ plans: only(plan), profile: bands, sessions: [] }, main);
    const progress =
      p.reps > start.reps || p.holdSeconds > start.holdSeconds || p.band !== start.band;
    expect(progress).toBe(true);
  });

  it('credits warm-up sets to nothing', () => {
    const credited = Log.creditSets(plan, {
      date: day.date,
      dayId: day.id,
      sets: [band({ warmup: true })],
    });
    expect(credited.size).toBe(0);
  });
});

describe('where a new track starts from history', () => {
  const score = (s: LoggedSet) => s.load.value * (1 + s.reps / 30);
  const history = [
    { date: '2026-01-01', dayId: null, sets: [set({ load: { value: 200, unit: 'lb' }, reps: 8 })] },
    { date: '2026-03-02', dayId: null, sets: [set({ load: { value: 130, unit: 'lb' }, reps: 7 })] },
    {
      date: '2026-03-04',
      dayId: null,
      sets: [set({ load: { value: 100, unit: 'lb' }, reps: 15 })],
    },
  ];

  it('takes the best recent set in the rep range, never a lighter day type', () => {
    const heavy = Log.startingSet(history, 'barbell-hip-thrust', { min: 6, max: 10 }, score);
    expect(heavy).toMatchObject({ load: { value: 130 }, reps: 7 });
    const metabolic = Log.startingSet(history, 'barbell-hip-thrust', { min: 15, max: 25 }, score);
    expect(metabolic).toMatchObject({ load: { value: 100 }, reps: 15 });
  });

  it('falls back to the closest rep count when nothing recent is in range', () => {
    const s = Log.startingSet(history, 'barbell-hip-thrust', { min: 3, max: 5 }, score);
    expect(s).toMatchObject({ load: { value: 130 }, reps: 7 });
  });
});

function slot(plan: ReturnType<typeof generate>, kind: string) {
  const s = plan.days.flatMap((d) => d.slots).find((x) => x.track.endsWith(`/${kind}`));
  if (!s) throw new Error(`no ${kind} slot`);
  return s;
}

describe('where it was felt turns into a foot cue (R7)', () => {
  const thrusts = ['barbell-hip-thrust', 'single-leg-hip-thrust'] as const;
  const felt = (f: LoggedSet['felt'], over: Partial<LoggedSet> = {}) => set({ felt: f, ...over });
  const cue = (sets: LoggedSet[], later: LoggedSet[] = []) =>
    Log.footCue(
      [
        { date: '2026-01-05', dayId: null, sets },
        ...(later.length ? [{ date: '2026-01-07', dayId: null, sets: later }] : []),
      ],
      thrusts,
      '2026-01-09',
    );

  it('counts every noted set of the last session, not only the last one', () => {
    const c = cue([felt('hamstrings'), felt('hamstrings'), felt('glutes')]);
    expect(c).toMatchObject({ felt: 'hamstrings', sets: 2, noted: 3 });
    expect(c?.text).toMatch(/bring your feet a little closer to your hips/);
  });

  it('counts each side of single-leg work', () => {
    const side = (s: 'left' | 'right', f: LoggedSet['felt']) =>
      felt(f, { exercise: 'single-leg-hip-thrust', side: s, load: { value: 0, unit: 'lb' } });
    const c = cue([felt('glutes'), side('left', 'quads'), side('right', 'quads')]);
    expect(c).toMatchObject({ felt: 'quads', sets: 2, noted: 3 });
    expect(c?.text).toMatch(/move your feet a little further out/);
  });

  it('says nothing when the glutes did most of the work, or nothing was noted', () => {
    expect(cue([felt('glutes'), felt('hamstrings'), felt('glutes')])).toBeNull();
    expect(cue([felt(null), felt(null)])).toBeNull();
  });

  it('is cleared once a later session reports the glutes', () => {
    expect(cue([felt('hamstrings')], [felt('glutes'), felt('glutes')])).toBeNull();
    expect(cue([felt('hamstrings')], [felt(null)])).toMatchObject({ felt: 'hamstrings' });
  });

  it('ignores sessions on or after the day it is for', () => {
    const s = [{ date: '2026-01-09', dayId: null, sets: [felt('hamstrings')] }];
    expect(Log.footCue(s, thrusts, '2026-01-09')).toBeNull();
  });
});
