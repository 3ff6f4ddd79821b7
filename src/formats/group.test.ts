import { describe, expect, it } from 'vitest';
import { Grouper } from './group.js';

describe('numbering sets in workouts', () => {
  it('numbers an exercise that comes back as a new appearance, and a repeated set number too', () => {
    const g = new Grouper();
    const rows: [string, string, number | null][] = [
      ['A', 'Hip Thrust', 1],
      ['A', 'hip thrust!', 2],
      ['A', 'Squat', 1],
      ['A', 'Hip Thrust', 1],
      ['A', 'Hip Thrust', null],
      ['A', 'Hip Thrust', 1],
    ];
    expect(rows.map(([w, e, o]) => g.next(w, e, o))).toEqual([
      { occurrence: 0, index: 0 },
      { occurrence: 0, index: 1 },
      { occurrence: 0, index: 0 },
      { occurrence: 1, index: 0 },
      { occurrence: 1, index: 1 },
      { occurrence: 2, index: 0 },
    ]);
  });

  it('never gives two sets one place when a workout’s rows come back after another’s', () => {
    const g = new Grouper();
    const places = [
      g.next('A', 'Hip Thrust', 1),
      g.next('B', 'Hip Thrust', 1),
      g.next('A', 'Hip Thrust', 1),
      g.next('A', 'Hip Thrust', 2),
    ];
    expect(places).toEqual([
      { occurrence: 0, index: 0 },
      { occurrence: 0, index: 0 },
      { occurrence: 1, index: 0 },
      { occurrence: 1, index: 1 },
    ]);
  });
});
