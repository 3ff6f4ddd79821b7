import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as E1rm from './e1rm.js';

/** Worked by hand from each formula (values to 2 decimals). */
describe('e1RM formulas', () => {
  it.each([
    ['epley', 185, 10, 246.67],
    ['brzycki', 185, 10, 246.67],
    ['lombardi', 185, 10, 232.9],
    ['mayhew', 185, 10, 242.23],
    ['oconner', 185, 10, 231.25],
    ['wathan', 185, 10, 249.28],
    ['lander', 185, 10, 248.03],
    ['epley', 100, 5, 116.67],
    ['brzycki', 100, 5, 112.5],
    ['lombardi', 100, 5, 117.46],
    ['mayhew', 100, 5, 119.01],
    ['oconner', 100, 5, 112.5],
    ['wathan', 100, 5, 116.58],
    ['lander', 100, 5, 113.71],
  ] as const)('%s: %d x %d -> %d', (formula, load, reps, expected) => {
    const r = E1rm.estimate(load, reps, formula);
    expect(r.ok && r.value).toBeCloseTo(expected, 2);
  });

  it('a single is its own 1RM', () => {
    for (const f of E1rm.FORMULA_IDS)
      expect(E1rm.estimate(140, 1, f)).toEqual({ ok: true, value: 140 });
  });

  it('refuses outside a formula’s rep range, naming it', () => {
    expect(E1rm.estimate(100, 11, 'brzycki')).toEqual({
      ok: false,
      error: { code: 'reps-out-of-range', reps: 11, maxReps: 10, formula: 'brzycki' },
    });
    expect(E1rm.estimate(100, 0).ok).toBe(false);
    expect(E1rm.estimate(100, 2.5).ok).toBe(false);
    expect(E1rm.estimate(-1, 5).ok).toBe(false);
  });

  it('inverts: the load for n reps at an e1RM gives back that e1RM', () => {
    const l = E1rm.loadFor(246.67, 10, 'epley');
    expect(l.ok && l.value).toBeCloseTo(185, 1);
  });

  it('picks a formula that covers the reps', () => {
    expect(E1rm.formulaFor(8)).toBe('epley');
    expect(E1rm.formulaFor(15)).toBe('mayhew');
    expect(E1rm.formulaFor(20)).toBeNull();
  });

  it('never falls as reps rise at a fixed load', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...E1rm.FORMULA_IDS),
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.integer({ min: 1, max: 14 }),
        (formula, load, reps) => {
          const a = E1rm.estimate(load, reps, formula);
          const b = E1rm.estimate(load, reps + 1, formula);
          if (a.ok && b.ok) expect(b.value).toBeGreaterThanOrEqual(a.value);
        },
      ),
    );
  });
});

describe('how much an estimate says', () => {
  it('adds reps in reserve from a logged RPE, and refuses easy sets', () => {
    expect(E1rm.effectiveReps(8, null)).toBe(8);
    expect(E1rm.effectiveReps(8, 10)).toBe(8);
    expect(E1rm.effectiveReps(8, 8)).toBe(10);
    expect(E1rm.effectiveReps(8, 7)).toBe(11);
    expect(E1rm.effectiveReps(8, 8.5)).toBe(10);
    expect(E1rm.effectiveReps(8, 6.5)).toBeNull();
  });

  it('gives every estimate a band of about +-10%', () => {
    // Hutchins & Gearhart 2010: total error 10.6-13.5% of the mean; 10% is the round figure shown.
    expect(E1rm.ERROR_FRACTION).toBe(0.1);
    const b = E1rm.band(200);
    expect(b.low).toBeCloseTo(180, 9);
    expect(b.high).toBeCloseTo(220, 9);
  });
});
