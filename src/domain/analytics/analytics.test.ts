import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import { lifter, only, simulate } from '../fixtures.js';
import type { LoggedSession, LoggedSet } from '../log.js';
import { generate } from '../program/generate.js';
import * as Today from '../today.js';
import * as Adherence from './adherence.js';
import * as Measurements from './measurements.js';
import * as Progress from './progress.js';
import * as Projection from './projection.js';
import * as Stalls from './stalls.js';
import * as Symmetry from './symmetry.js';
import * as Volume from './volume.js';

const lb = (value: number) => ({ value, unit: 'lb' as const });

function set(
  exercise: LoggedSet['exercise'],
  load: number,
  reps: number,
  extra: Partial<LoggedSet> = {},
): LoggedSet {
  return {
    exercise,
    load: lb(load),
    reps,
    side: null,
    holdSeconds: null,
    clean: true,
    band: null,
    rpe: null,
    felt: null,
    warmup: false,
    ...extra,
  };
}

describe('progress and PRs', () => {
  const log: LoggedSession[] = [
    {
      date: '2026-01-05',
      dayId: null,
      sets: [
        set('barbell-hip-thrust', 45, 10, { warmup: true }),
        set('barbell-hip-thrust', 135, 10),
        set('barbell-hip-thrust', 135, 8),
      ],
    },
    {
      date: '2026-01-07',
      dayId: null,
      sets: [set('barbell-hip-thrust', 155, 6), set('barbell-hip-thrust', 135, 12)],
    },
    { date: '2026-01-09', dayId: null, sets: [set('barbell-hip-thrust', 145, 8)] },
  ];

  it('finds each session’s top set and best e1RM (Epley)', () => {
    // 135 x 10 -> 180.0; 155 x 6 -> 186.0, 135 x 12 -> 189.0; 145 x 8 -> 183.67.
    const bests = Progress.sessionBests(log, 'barbell-hip-thrust', 'lb');
    expect(bests.map((b) => [b.date, b.top.load.value, b.top.reps, b.e1rm, b.sets])).toEqual([
      ['2026-01-05', 135, 10, 180, 2],
      ['2026-01-07', 155, 6, 189, 2],
      ['2026-01-09', 145, 8, expect.closeTo(183.67, 2), 1],
    ]);
  });

  it('lists rep PRs per load and e1RM PRs with their dates', () => {
    const p = Progress.prs(log, 'barbell-hip-thrust', 'lb');
    expect(p.reps).toEqual([
      { load: 135, reps: 12, date: '2026-01-07' },
      { load: 145, reps: 8, date: '2026-01-09' },
      { load: 155, reps: 6, date: '2026-01-07' },
    ]);
    expect(p.e1rm.map((x) => [x.date, x.e1rm])).toEqual([
      ['2026-01-05', 180],
      ['2026-01-07', 189],
    ]);
  });
});

describe('weekly volume', () => {
  it('counts hard sets and tonnage, unilateral sets per side, glutes apart from squats', () => {
    const log: LoggedSession[] = [
      {
        date: '2026-01-05',
        dayId: null,
        sets: [
          set('banded-hip-thrust', 0, 15, { warmup: true }),
          set('barbell-hip-thrust', 100, 10),
          set('barbell-hip-thrust', 100, 10),
          set('barbell-hip-thrust', 100, 10),
          set('single-leg-hip-thrust', 20, 10, { side: 'left' }),
          set('single-leg-hip-thrust', 20, 10, { side: 'right' }),
        ],
      },
      {
        date: '2026-01-07',
        dayId: null,
        sets: [set('back-squat', 200, 5), set('back-squat', 200, 5), set('back-squat', 200, 5)],
      },
      { date: '2026-01-12', dayId: null, sets: [set('barbell-hip-thrust', 110, 10)] },
    ];
    const [w1, w2] = Volume.weekly(log, 'lb');
    // Glutes: 3 x 100 x 10 + 2 x 20 x 10 = 3400 lb over 5 sets; the warm-up is not counted.
    expect(w1).toEqual({
      week: '2026-01-05',
      glutes: { sets: 5, tonnage: 3400 },
      byExercise: {
        'barbell-hip-thrust': { sets: 3, tonnage: 3000 },
        'single-leg-hip-thrust': { sets: 2, tonnage: 400 },
        'back-squat': { sets: 3, tonnage: 3000 },
      },
    });
    expect(w2?.glutes).toEqual({ sets: 1, tonnage: 1100 });
  });
});

describe('adherence', () => {
  it('counts planned against done per week and block, extra sets never hiding missed ones', () => {
    const profile = lifter({
      goal: 'glutes',
      sessionsPerWeek: 2,
      working: { exercise: 'barbell-hip-thrust', load: lb(135), reps: 8 },
    });
    const plan = generate(profile, '2026-01-05');
    // Week 1: Mon and Thu planned, each 3 activation + 3 main + 2x2 single-leg = 10 sets.
    const log: LoggedSession[] = [
      {
        date: '2026-01-05',
        dayId: 'w1d1',
        sets: [
          ...Array.from({ length: 3 }, () => set('banded-hip-thrust', 0, 15)),
          ...Array.from({ length: 5 }, () => set('barbell-hip-thrust', 135, 8)),
        ],
      },
    ];
    const a = Adherence.adherence(plan, log, '2026-01-11');
    expect(a.weeks).toEqual([
      { week: 1, plannedSessions: 2, doneSessions: 1, plannedSets: 20, doneSets: 6 },
    ]);
    expect(a.blocks).toEqual([
      {
        block: 1,
        name: 'Foundation',
        plannedSessions: 2,
        doneSessions: 1,
        plannedSets: 20,
        doneSets: 6,
      },
    ]);
  });
});

describe('the reference trajectory, projected', () => {
  const profile = lifter({
    goal: 'accessory',
    working: { exercise: 'barbell-hip-thrust', load: lb(95), reps: 12 },
  });
  const plan = generate(profile, '2026-01-05', { blocks: 7 });
  const log = simulate(plan, profile, 26 * 3);

  it('after 8 weeks, projects 185 lb for 3x10 near week 25, at about the seed’s pace', () => {
    const eightWeeks = log.filter((s) => s.date < '2026-03-02');
    const p = Projection.project(
      eightWeeks,
      'barbell-hip-thrust',
      { load: lb(185), reps: 10, sets: 3 },
      '2026-03-01',
    );
    if (p.kind !== 'projected') throw new Error(p.kind);
    // Loads rise 10 lb every 3 weeks: 3.33 lb a week against the reference's 90/26 = 3.46.
    expect(p.perWeek).toBeGreaterThan(3);
    expect(p.perWeek).toBeLessThan(3.9);
    expect(p.referencePerWeek).toBeCloseTo(3.4615, 3);
    // The simulated lifter reaches 185 x 10 in week 25 (Wed 24 Jun); the projection should
    // land within three weeks of it, and the range should contain it.
    expect(
      Math.abs(new Date(p.date).getTime() - new Date('2026-06-24').getTime()) / 86_400_000,
    ).toBeLessThanOrEqual(21);
    expect(p.earliest <= '2026-06-24').toBe(true);
    expect(p.latest === null || p.latest >= '2026-06-24').toBe(true);
  });

  it('reports the date the target was reached', () => {
    expect(
      Projection.project(
        log,
        'barbell-hip-thrust',
        { load: lb(185), reps: 10, sets: 3 },
        '2026-07-05',
      ),
    ).toEqual({ kind: 'reached', date: '2026-06-24' });
  });

  it('needs a few sessions before projecting, and says when there is no rise', () => {
    expect(
      Projection.project(
        log.slice(0, 2),
        'barbell-hip-thrust',
        { load: lb(185), reps: 10, sets: 3 },
        '2026-01-08',
      ).kind,
    ).toBe('not-enough-data');
    const flat: LoggedSession[] = [0, 2, 4, 7].map((d) => ({
      date: addDays('2026-01-05', d),
      dayId: null,
      sets: Array(3).fill(set('barbell-hip-thrust', 135, 10)),
    }));
    expect(
      Projection.project(
        flat,
        'barbell-hip-thrust',
        { load: lb(185), reps: 10, sets: 3 },
        '2026-01-12',
      ).kind,
    ).toBe('not-rising');
  });
});

describe('an asymmetric lifter whose gap closes (R5)', () => {
  // Right side does 10 reps; the left starts at 8 and gains a rep every two weeks.
  const log: LoggedSession[] = Array.from({ length: 6 }, (_, i) => ({
    date: addDays('2026-01-05', i * 7),
    dayId: null,
    sets: [
      set('single-leg-hip-thrust', 0, 8 + Math.floor(i / 2), { side: 'left' }),
      set('single-leg-hip-thrust', 0, 10, { side: 'right' }),
    ],
  }));

  it('tracks the LSI, sees the gap close, and stops flagging under 10%', () => {
    const t = Symmetry.trend(log, 'single-leg-hip-thrust');
    expect(t.points.map((p) => [p.lsi, p.weaker])).toEqual([
      [80, 'left'],
      [80, 'left'],
      [90, 'left'],
      [90, 'left'],
      [100, null],
      [100, null],
    ]);
    expect(t.closing).toBe(true);
    expect(t.gapSlopePerWeek).toBeLessThan(0);
    expect(t.flagged).toBe(false);
    const early = Symmetry.trend(log.slice(0, 2), 'single-leg-hip-thrust');
    expect(early).toMatchObject({
      flagged: true,
      closing: false,
      latest: { weaker: 'left', gapPercent: 20 },
    });
  });

  it('lets the weaker side lead while the gap is over the threshold', () => {
    const profile = lifter({
      goal: 'glutes',
      working: { exercise: 'barbell-hip-thrust', load: lb(135), reps: 8 },
    });
    const plan = generate(profile, '2026-01-05');
    const day = plan.days.find((d) => d.date === '2026-01-14');
    if (!day) throw new Error('no day');
    const items = Today.session(
      { plans: only(plan), profile, sessions: log.slice(0, 2), date: day.date },
      day,
    );
    const single = items.find((i) => i.slot.exercise === 'single-leg-hip-thrust');
    expect(single?.sides).toEqual({ first: 'left', extraSet: 'left', gapPercent: 20 });
    const last = log[log.length - 1]?.date ?? '';
    const dayAfter = plan.days.find((d) => d.date > last && d.slots.some((x) => x.perSide));
    if (!dayAfter) throw new Error('no day after the log');
    const later = Today.session(
      { plans: only(plan), profile, sessions: log, date: dayAfter.date },
      dayAfter,
    );
    expect(
      later.find((i) => i.slot.exercise === 'single-leg-hip-thrust')?.sides?.extraSet,
    ).toBeNull();
  });
});

describe('measurements (R9)', () => {
  it('reports change per month and whether it beats tape error', () => {
    // 100 -> 103 cm over 90 days: +1 cm a month; SRD = 1.96 x 1.414 x 1% x 101.5 = 2.81 cm.
    const t = Measurements.trend([
      { date: '2026-04-01', value: 103 },
      { date: '2026-01-01', value: 100 },
      { date: '2026-02-01', value: 101 },
    ]);
    expect(t.change).toBe(3);
    expect(t.perMonth).toBeCloseTo(1, 6);
    expect(t.smallestRealDifference).toBeCloseTo(2.813, 3);
    expect(t.real).toBe(true);
    expect(
      Measurements.trend([
        { date: '2026-01-01', value: 100 },
        { date: '2026-02-01', value: 102 },
      ]).real,
    ).toBe(false);
    expect(Measurements.trend([{ date: '2026-01-01', value: 100 }]).change).toBeNull();
  });
});

describe('stalls', () => {
  it('names an exercise stuck at one load for four weeks, not one that is rising', () => {
    const stuck: LoggedSession[] = Array.from({ length: 12 }, (_, i) => ({
      date: addDays('2026-01-05', i * 3),
      dayId: null,
      sets: [
        set('barbell-hip-thrust', i < 2 ? 125 + i * 10 : 135, 8),
        set('back-squat', 185 + i * 5, 5),
      ],
    }));
    expect(Stalls.stalls(stuck, ['barbell-hip-thrust', 'back-squat'], '2026-02-09')).toEqual([
      {
        exercise: 'barbell-hip-thrust',
        load: lb(135),
        since: '2026-01-08',
        weeks: 4,
        sessionsSince: 10,
      },
    ]);
  });
});
