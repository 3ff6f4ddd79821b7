import { describe, expect, it } from 'vitest';
import * as A from './answers.js';

describe('init answers, read from a flag or a prompt', () => {
  it.each([
    ['95x12', 'lb', { load: 95, reps: 12 }],
    [' 60 x 10 ', 'kg', { load: 60, reps: 10 }],
    ['95lbx12', 'lb', { load: 95, reps: 12 }],
    ['', 'lb', null],
    ["don't know", 'lb', null],
    ['unknown', 'kg', null],
  ] as const)('working set %j (%s) is %j', (s, unit, value) => {
    expect(A.workingSet(s, unit)).toEqual({ ok: true, value });
  });

  it.each([
    ['95', 'lb', '"95" is a load without reps: write LOADxREPS, e.g. 95x12 (95 lb for 12 reps)'],
    ['60', 'kg', '"60" is a load without reps: write LOADxREPS, e.g. 40x12 (40 kg for 12 reps)'],
    ['heavy', 'lb', '"heavy" is not a set: write LOADxREPS in lb, e.g. 95x12'],
    ['0x10', 'lb', 'the load 0 lb should be above 0 and at most 1500 lb'],
    ['95x0', 'lb', '0 reps: a working set is 1 to 50 reps'],
    ['95x80', 'lb', '80 reps: a working set is 1 to 50 reps'],
  ] as const)('working set %j (%s) is refused: %s', (s, unit, why) => {
    const r = A.workingSet(s, unit);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.why).toContain(why);
  });

  it.each([
    [A.barWeight('45', 'lb'), 45],
    [A.barWeight('15 kg', 'kg'), 15],
    [
      A.plateList('45x6, 2.5x2', 'lb'),
      [
        { weight: 45, pairs: 6 },
        { weight: 2.5, pairs: 2 },
      ],
    ],
    [A.dumbbellRange('5-50/5', 'lb'), { min: 5, max: 50, step: 5 }],
    [A.dumbbellRange('none', 'lb'), null],
    [A.dumbbellRange('', 'lb'), null],
    [A.bandList('light,Medium,light'), ['light', 'medium']],
    [A.bandList('none'), []],
    [A.gearList('belt, flat-bench'), ['belt', 'flat-bench']],
  ])('reads %j as %j', (r, value) => {
    expect(r).toEqual({ ok: true, value });
  });

  it.each([
    [A.barWeight('', 'lb'), `"" is not a weight: give the bar's weight in lb, e.g. 45`],
    [A.barWeight('200', 'kg'), 'a bar of 200 kg: give its weight in kg, above 0 and at most 100'],
    [A.plateList('45x6,25', 'lb'), '"25" is not a plate: write WEIGHTxPAIRS in lb'],
    [A.plateList('45x0', 'lb'), '"45x0": 1 to 20 pairs of a plate'],
    [A.plateList('200x1', 'kg'), '"200x1": a plate weighs above 0 and at most 100 kg'],
    [A.dumbbellRange('50-5/5', 'lb'), 'the heaviest dumbbell must be at least the lightest'],
    [A.dumbbellRange('5-50/0', 'lb'), 'the step between dumbbells must be above 0'],
    [
      A.dumbbellRange('5 to 50', 'kg'),
      'is not a range: write LIGHTEST-HEAVIEST/STEP in kg, e.g. 2-24/2',
    ],
    [A.bandList('purple'), '"purple" is not a band level: use light, medium, heavy or none'],
    [A.gearList('chalk'), '"chalk" is not gear Thrust knows'],
  ])('refuses with %j', (r, why) => {
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.why).toContain(why);
  });

  it('a prompt shows the reason as a sentence; a flag names itself and exits 3', () => {
    const validate = A.prompt((s) => A.workingSet(s, 'lb'));
    expect(validate('95x12')).toBeUndefined();
    expect(validate(undefined)).toBeUndefined();
    expect(validate('95')).toMatch(/^"95" is a load without reps/);
    expect(A.prompt((s) => A.barWeight(s, 'lb'))('0')).toMatch(/^A bar of 0 lb/);
    expect(() => A.fromFlag('--working', A.workingSet('95', 'lb'))).toThrow(
      /^--working: "95" is a load without reps/,
    );
  });
});
