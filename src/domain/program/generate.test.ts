import { describe, expect, it } from 'vitest';
import { fullGym, type Inventory } from '../equipment.js';
import { lifter } from '../fixtures.js';
import { generate } from './generate.js';
import type { PlanDay } from './plan.js';

const main = (d: PlanDay) => d.slots.find((s) => s.role === 'main');
const week = (days: readonly PlanDay[], w: number) => days.filter((d) => d.week === w);

describe('a glutes-first plan (R2)', () => {
  it.each([2, 3] as const)(
    'covers heavy and metabolic rep ranges every week at %d sessions',
    (n) => {
      const plan = generate(lifter({ goal: 'glutes', sessionsPerWeek: n }), '2026-11-23');
      expect(plan.days).toHaveLength(12 * n);
      for (let w = 1; w <= 12; w++) {
        const ranges = week(plan.days, w).map((d) => main(d)?.reps);
        expect(ranges).toContainEqual({ min: 6, max: 10 });
        expect(ranges).toContainEqual({ min: 15, max: 25 });
        if (n === 3) expect(ranges).toContainEqual({ min: 8, max: 15 });
      }
    },
  );

  it('keeps work sets within 3-4 and adds the fourth heavy set after the first block', () => {
    const plan = generate(lifter({ goal: 'glutes' }), '2026-11-23');
    const heavy = plan.days.filter((d) => d.kind === 'heavy').map((d) => main(d)?.sets);
    expect(heavy.slice(0, 4)).toEqual([3, 3, 3, 3]);
    expect(heavy.slice(4)).toEqual(Array(8).fill(4));
    for (const d of plan.days) expect(main(d)?.sets).toBeGreaterThanOrEqual(3);
  });

  it('tracks heavy and metabolic work separately', () => {
    const plan = generate(lifter({ goal: 'glutes' }), '2026-11-23');
    const tracks = new Set(plan.days.map((d) => main(d)?.track));
    expect(tracks).toEqual(
      new Set([
        'barbell-hip-thrust/heavy',
        'barbell-hip-thrust/volume',
        'barbell-hip-thrust/metabolic',
      ]),
    );
  });

  it('falls back to dumbbell hip thrusts without a barbell', () => {
    const base = lifter();
    const plan = generate(
      lifter({ inventory: { ...base.inventory, barbell: null } }),
      '2026-11-23',
    );
    expect(main(plan.days[0] as PlanDay)?.exercise).toBe('dumbbell-hip-thrust');
  });
});

describe('every plan', () => {
  const plans = (['glutes', 'accessory', 'athletic'] as const).flatMap((goal) =>
    ([2, 3] as const).map((n) =>
      generate(lifter({ goal, sessionsPerWeek: n, compounds: true }), '2026-11-25'),
    ),
  );

  it('opens every session with banded hip thrusts, 3x15 with a 2-s hold (R4)', () => {
    for (const d of plans.flatMap((p) => p.days)) {
      expect(d.slots[0]).toMatchObject({
        exercise: 'banded-hip-thrust',
        sets: 3,
        reps: { min: 15, max: 15 },
        holdSeconds: 2,
      });
    }
  });

  it('puts single-leg work after the bilateral hip thrust (R5)', () => {
    for (const d of plans.flatMap((p) => p.days)) {
      const i = d.slots.findIndex((s) => s.exercise === 'single-leg-hip-thrust');
      if (i >= 0) {
        expect(i).toBeGreaterThan(d.slots.findIndex((s) => s.role === 'main'));
        expect(d.slots[i]?.perSide).toBe(true);
      }
    }
  });

  it('falls on the lifter’s weekdays, starting on or after the start date', () => {
    for (const p of plans) {
      expect(p.days[0]?.date).toBe(p.weekdays.length === 2 ? '2026-11-26' : '2026-11-25');
      expect(new Set(p.days.map((d) => d.id)).size).toBe(p.days.length);
    }
  });
});

describe('an accessory plan (R3)', () => {
  it('places 3x10-12 hip thrusts with a 2-s hold after the squat or deadlift', () => {
    const plan = generate(lifter({ goal: 'accessory', compounds: true }), '2026-11-23');
    const [squat, dead] = plan.days;
    expect(squat?.slots.map((s) => s.exercise)).toEqual([
      'banded-hip-thrust',
      'back-squat',
      'barbell-hip-thrust',
      'single-leg-hip-thrust',
    ]);
    expect(dead?.slots[1]?.exercise).toBe('deadlift');
    expect(main(squat as PlanDay)).toMatchObject({
      sets: 3,
      reps: { min: 10, max: 12 },
      holdSeconds: 2,
    });
  });

  it('lists knee sleeves and a belt on squat days (R10)', () => {
    const plan = generate(lifter({ goal: 'accessory', compounds: true }), '2026-11-23');
    const gear = plan.days[0]?.gear.map((g) => g.gear);
    expect(gear).toEqual(
      expect.arrayContaining(['knee-sleeves', 'belt', 'hip-circle-band', 'bar-pad', 'flat-bench']),
    );
    expect(plan.days[1]?.gear.map((g) => g.gear)).not.toContain('knee-sleeves');
  });
});

describe('an athletic plan (R1, R11)', () => {
  it('tests sprint and jump at the start of every block and in the last week', () => {
    const plan = generate(lifter({ goal: 'athletic' }), '2026-11-23');
    const tested = plan.days.filter((d) => d.tests.length > 0).map((d) => d.id);
    expect(tested).toEqual(['w1d1', 'w5d1', 'w9d1', 'w12d1']);
    expect(plan.days[0]?.tests).toEqual(['sprint', 'vertical-jump']);
  });
});

describe('gear per session (R10)', () => {
  it('puts belt and knee sleeves on heavy days, marks what is not owned', () => {
    const base = lifter();
    const plan = generate(
      lifter({ inventory: { ...base.inventory, gear: ['flat-bench', 'hip-circle-band'] } }),
      '2026-11-23',
    );
    const heavy = plan.days.find((d) => d.kind === 'heavy');
    const metabolic = plan.days.find((d) => d.kind === 'metabolic');
    expect(heavy?.gear.find((g) => g.gear === 'belt')).toMatchObject({ owned: false });
    expect(heavy?.gear.find((g) => g.gear === 'hip-circle-band')).toMatchObject({ owned: true });
    expect(heavy?.gear.map((g) => g.gear)).toContain('knee-sleeves');
    expect(metabolic?.gear.map((g) => g.gear)).not.toContain('belt');
  });
});

describe('gear: needed or optional, with the reason (R10, EVIDENCE.md)', () => {
  const req = (plan: ReturnType<typeof generate>, kind: string) =>
    Object.fromEntries(
      (plan.days.find((d) => d.kind === kind)?.gear ?? []).map((g) => [g.gear, g.required]),
    );

  it('needs a bench and a pad; belt, sleeves and the warm-up band are optional', () => {
    const heavy = req(generate(lifter(), '2026-11-23'), 'heavy');
    expect(heavy).toEqual({
      'flat-bench': true,
      'bar-pad': true,
      'hip-circle-band': false,
      belt: false,
      'knee-sleeves': false,
    });
    const belt = generate(lifter(), '2026-11-23').days[0]?.gear.find((g) => g.gear === 'belt');
    expect(belt?.why).toMatch(/^Optional: .*no study has tested belts on the hip thrust/);
  });

  it('needs the band when the band is the load, and no bar pad', () => {
    const bands = lifter({
      goal: 'athletic',
      inventory: { barbell: null, dumbbells: null, cable: false, bands: ['light'], gear: [] },
    });
    const power = req(generate(bands, '2026-11-23'), 'power');
    expect(power['hip-circle-band']).toBe(true);
    expect(power['bar-pad']).toBeUndefined();
  });
});

describe('a lifter with no band (R4 without the band)', () => {
  const noBands = (over: Partial<Inventory> = {}) => ({ ...fullGym('lb'), bands: [], ...over });
  const exercises = (plan: ReturnType<typeof generate>) =>
    new Set(plan.days.flatMap((d) => d.slots.map((s) => s.exercise)));
  const plansFor = (inventory: Inventory) =>
    (['glutes', 'accessory', 'athletic'] as const).flatMap((goal) =>
      ([2, 3] as const).flatMap((n) =>
        [true, false].map((compounds) =>
          generate(lifter({ goal, sessionsPerWeek: n, compounds, inventory }), '2026-11-23'),
        ),
      ),
    );

  it('is prescribed no banded exercise and no band in any goal, and starts with the main work', () => {
    for (const plan of plansFor(noBands())) {
      expect(exercises(plan)).not.toContain('banded-hip-thrust');
      for (const d of plan.days) {
        expect(d.slots.map((s) => s.role)).not.toContain('activation');
        expect(d.gear.map((g) => g.gear)).not.toContain('hip-circle-band');
        expect(d.slots[0]?.role).toMatch(/^(compound|main)$/);
      }
    }
  });

  it('hip thrusts with dumbbells without a barbell, and with no band no matter the goal', () => {
    for (const plan of plansFor(noBands({ barbell: null })))
      expect([...exercises(plan)].filter((e) => e.includes('hip-thrust')).sort()).toEqual([
        'dumbbell-hip-thrust',
        'single-leg-hip-thrust',
      ]);
  });

  it('with nothing to load, makes the single-leg hip thrust the main lift, each side by reps and hold', () => {
    const bare = noBands({ barbell: null, dumbbells: null, cable: false });
    for (const plan of plansFor(bare)) {
      expect([...exercises(plan)].filter((e) => e.includes('hip-thrust'))).toEqual([
        'single-leg-hip-thrust',
      ]);
      for (const d of plan.days) {
        expect(main(d)).toMatchObject({
          exercise: 'single-leg-hip-thrust',
          perSide: true,
          progression: 'reps-hold',
        });
        // Once per session: not again as the accessory.
        expect(d.slots.filter((s) => s.exercise === 'single-leg-hip-thrust')).toHaveLength(1);
        expect(d.gear.map((g) => g.gear)).not.toContain('bar-pad');
      }
    }
  });

  it('a bands-only lifter hip thrusts with the band, and the band opens the session', () => {
    const bands = {
      barbell: null,
      dumbbells: null,
      cable: false,
      bands: ['light', 'medium'],
      gear: [],
    } as const;
    const plan = generate(
      lifter({ inventory: { ...bands, bands: [...bands.bands], gear: [] } }),
      '2026-11-23',
    );
    const day = plan.days[0] as PlanDay;
    expect(day.slots.map((s) => s.exercise)).toEqual([
      'banded-hip-thrust',
      'banded-hip-thrust',
      'single-leg-hip-thrust',
    ]);
    expect(main(day)?.progression).toBe('reps-hold');
  });
});
