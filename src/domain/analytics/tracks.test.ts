/**
 * Progress per track: a simulated glutes lifter's heavy, volume and metabolic days as the
 * separate lines they are, stalls as the progression judges sessions, and projections for
 * every implement.
 */
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../dates.js';
import { fullGym } from '../equipment.js';
import { asPrescribed, lifter, only, simulate, type Performer } from '../fixtures.js';
import { DEFAULT_SETTINGS } from '../profile.js';
import { generate } from '../program/generate.js';
import * as Projection from './projection.js';
import * as Stalls from './stalls.js';
import * as Tracks from './tracks.js';

const lb = (value: number) => ({ value, unit: 'lb' as const });

const glutes = lifter({
  goal: 'glutes',
  working: { exercise: 'barbell-hip-thrust', load: lb(135), reps: 8 },
});
const plan = generate(glutes, '2026-01-05', { blocks: 7 });
const log = simulate(plan, glutes, 26 * 3);
const tracks = Tracks.collect(only(plan), log, glutes);
const byId = (id: string) => {
  const t = tracks.find((x) => x.id === id);
  if (!t) throw new Error(`no track ${id}`);
  return t;
};

describe('a simulated 26-week glutes lifter, track by track', () => {
  it('keeps heavy, volume and metabolic days apart, each from its own days', () => {
    expect(tracks.map((t) => t.id)).toEqual([
      'activation',
      'barbell-hip-thrust/heavy',
      'single-leg-hip-thrust',
      'barbell-hip-thrust/volume',
      'barbell-hip-thrust/metabolic',
      'cable-glute-kickback',
    ]);
    const heavy = byId('barbell-hip-thrust/heavy');
    // Heavy days are the Mondays: one session a week, 26 of them.
    expect(heavy.sessions).toHaveLength(26);
    expect(heavy.sessions.every((s) => daysBetween('2026-01-05', s.date) % 7 === 0)).toBe(true);
    expect(Tracks.label(heavy)).toBe('Barbell hip thrust, heavy days (6-10 reps)');
  });

  it('sees the heavy days’ e1RM rise, where one line of all the days mixes 8 and 20 reps', () => {
    const heavy = byId('barbell-hip-thrust/heavy');
    const pts = Tracks.points(heavy, 'lb', Tracks.formulaOf(heavy, 'epley'));
    const t = Tracks.trend(pts, Tracks.measureOf(heavy), 'lb', '2026-06-29');
    // The last 12 weeks, both ends in: 13 Mondays.
    expect(t).toMatchObject({ measure: 'e1rm', sessions: 13 });
    // 10 lb every 3 weeks at 6-10 reps: the e1RM gains 4-5 lb a week.
    expect(t?.perWeek).toBeGreaterThan(3.5);
    expect(t?.perWeek).toBeLessThan(5.5);
    // The metabolic days (15-25 reps) are past every e1RM formula: their line is the load.
    const metabolic = byId('barbell-hip-thrust/metabolic');
    expect(Tracks.measureOf(metabolic)).toBe('load');
    const mt = Tracks.trend(
      Tracks.points(metabolic, 'lb', Tracks.formulaOf(metabolic, 'epley')),
      'load',
      'lb',
      '2026-06-29',
    );
    expect(mt?.perWeek).toBeGreaterThan(2.5);
    // The single-leg track progresses in reps and hold, not load.
    expect(Tracks.measureOf(byId('single-leg-hip-thrust'))).toBe('reps-hold');
  });

  it('flags no stall while reps rise and the pace holds the load', () => {
    for (const t of tracks) expect(Stalls.ofTrack(t, 3, '2026-06-29')).toBeNull();
    const heavy = Tracks.progress(byId('barbell-hip-thrust/heavy'));
    expect(heavy.steps.failed).toBe(0);
    expect(heavy.steps.increase).toBeGreaterThan(7);
    expect(heavy.steps.reps).toBeGreaterThan(7);
  });

  it('projects 225 lb for 3x10 on each track an e1RM covers', () => {
    const target = { load: lb(225), reps: 10, sets: 3 };
    for (const id of ['barbell-hip-thrust/heavy', 'barbell-hip-thrust/volume']) {
      const t = byId(id);
      const p = Projection.projectTrack(
        { ...t, sessions: t.sessions.filter((s) => s.date <= '2026-04-01') },
        target,
        '2026-04-01',
        'epley',
      );
      expect(p.kind).toBe('projected');
    }
  });
});

describe('a slow pace: reps reach the top and wait for the load', () => {
  const slow = lifter({
    ...glutes,
    settings: { ...DEFAULT_SETTINGS, pace: { load: lb(10), weeks: 8, minWeeks: 8 } },
  });
  const slowPlan = generate(slow, '2026-01-05');
  const slowLog = simulate(slowPlan, slow, 30);
  const slowTracks = Tracks.collect(only(slowPlan), slowLog, slow);

  it('is not a stall, although the top load sat still for weeks', () => {
    const heavy = slowTracks.find((t) => t.id === 'barbell-hip-thrust/heavy');
    if (!heavy) throw new Error('no heavy track');
    const changes = heavy.sessions.map((s) => s.after?.change);
    expect(changes).toContain('hold-pace');
    expect(Stalls.ofTrack(heavy, 3, '2026-03-01')).toBeNull();
  });
});

describe('a lifter who falls short', () => {
  // From the fifth heavy day on, the last heavy set is two reps short.
  const short: Performer = (p, day, i) => {
    const done = asPrescribed(p, day, i);
    if (day.kind !== 'heavy' || p.exercise !== 'barbell-hip-thrust' || i < 12) return done;
    return done.map((s, k) => (k === done.length - 1 ? { ...s, reps: s.reps - 2 } : s));
  };
  const shortLog = simulate(plan, glutes, 27, short);
  // Nine weeks: the last heavy day logged is Mon 2 Mar.
  const shortTracks = Tracks.collect(only(plan), shortLog, glutes);
  const heavy = shortTracks.find((t) => t.id === 'barbell-hip-thrust/heavy');
  if (!heavy) throw new Error('no heavy track');

  it('judges each session against what it was prescribed, newest first (R8)', () => {
    const recent = Tracks.verdicts(heavy, 6);
    // Nine heavy Mondays: 5 Jan to 26 Jan met, 2 Feb on short by two reps on the last set.
    expect(recent.map((v) => [v.date, v.met])).toEqual([
      ['2026-03-02', false],
      ['2026-02-23', false],
      ['2026-02-16', false],
      ['2026-02-09', false],
      ['2026-02-02', false],
      ['2026-01-26', true],
    ]);
    const missed = recent[0];
    expect(missed?.prescribed).toMatch(/^\d+x\d+ at \d+ lb$/);
    expect(missed?.shortfalls.join('; ')).toMatch(/set \d+: \d+ of \d+ reps/);
    expect(recent[5]?.shortfalls).toEqual([]);
    // The volume days, done as prescribed throughout, were met every time.
    const volume = shortTracks.find((t) => t.id === 'barbell-hip-thrust/volume');
    expect(volume && Tracks.verdicts(volume, 50).every((v) => v.met)).toBe(true);
  });

  it('stalls after the setting’s count of failed sessions in a row, on that track only', () => {
    // Heavy days fall short from Mon 2 Feb (day 12 of the plan): 2 Feb and 9 Feb are
    // repeats, 16 Feb the third miss and the deload, 23 Feb and 2 Mar short again.
    expect(Stalls.ofTrack(heavy, 3, '2026-02-09')).toBeNull();
    const s = Stalls.ofTrack(heavy, 3, '2026-02-16');
    expect(s).toMatchObject({
      track: 'barbell-hip-thrust/heavy',
      since: '2026-02-02',
      sessionsSince: 3,
      weeks: 2,
      load: lb(155),
      prescribed: '4x6 at 155 lb',
    });
    // The deload does not end it: the lifter still falls short at the lighter load.
    expect(Stalls.ofTrack(heavy, 3, '2026-03-02')).toMatchObject({
      since: '2026-02-02',
      sessionsSince: 5,
      load: lb(135),
      prescribed: '4x6 at 135 lb',
    });
    // A lifter whose setting is 4 hears of it a session later.
    expect(Stalls.ofTrack(heavy, 4, '2026-02-16')).toBeNull();
    for (const t of shortTracks.filter((x) => x.id !== heavy.id))
      expect(Stalls.ofTrack(t, 3, '2026-03-02')).toBeNull();
  });
});

describe('every implement', () => {
  it('projects for a dumbbells-only lifter after 18 sessions', () => {
    const gym = fullGym('lb');
    const db = lifter({
      goal: 'glutes',
      inventory: { ...gym, barbell: null },
      working: { exercise: 'dumbbell-hip-thrust', load: lb(50), reps: 10 },
    });
    const dbPlan = generate(db, '2026-01-05', { blocks: 3 });
    const dbLog = simulate(dbPlan, db, 18);
    const dbTracks = Tracks.collect(only(dbPlan), dbLog, db);
    const today = dbLog.at(-1)?.date ?? '';
    const anchor = Projection.anchorTrack(dbTracks, 'dumbbell-hip-thrust');
    expect(anchor?.id).toBe('dumbbell-hip-thrust/volume');
    if (!anchor) throw new Error('no anchor');
    // The heaviest dumbbell (120 lb) for 3x10.
    const p = Projection.projectTrack(anchor, { load: lb(120), reps: 10, sets: 3 }, today, 'epley');
    if (p.kind !== 'projected') throw new Error(p.kind);
    expect(p.perWeek).toBeGreaterThan(0);
    expect(p.date > today).toBe(true);
    expect(Projection.reference(anchor, 'lb', today)?.gain).toBeGreaterThan(0);
  });

  it('says what progresses on a band-only track: reps, hold and band', () => {
    const gym = fullGym('lb');
    const band = lifter({ goal: 'glutes', inventory: { ...gym, barbell: null, dumbbells: null } });
    const bandPlan = generate(band, '2026-01-05', { blocks: 7 });
    const bandLog = simulate(bandPlan, band, 26 * 3);
    const bandTracks = Tracks.collect(only(bandPlan), bandLog, band);
    const main = bandTracks.find((t) => t.id === 'banded-hip-thrust/heavy');
    if (!main) throw new Error('no band track');
    expect(Tracks.measureOf(main)).toBe('reps-hold');
    expect(Projection.anchorTrack(bandTracks, 'banded-hip-thrust')).toBeNull();
    const p = Tracks.progress(main);
    expect(p.steps.reps).toBeGreaterThan(0);
    expect(p.steps.hold).toBeGreaterThan(0);
    expect(p.steps.band).toBeGreaterThan(0);
    expect(p.now?.band).not.toBe(p.first?.band);
  });
});
