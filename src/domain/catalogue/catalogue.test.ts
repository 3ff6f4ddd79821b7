import { describe, expect, it } from 'vitest';
import * as Catalogue from './index.js';

describe('exercise catalogue', () => {
  it.each([
    ['Hip Thrust (Barbell)', 'barbell-hip-thrust'],
    ['  barbell hip thrust ', 'barbell-hip-thrust'],
    ['Squat (Barbell)', 'back-squat'],
    ['RDL', 'romanian-deadlift'],
    ['Hip Thrust (Dumbbell)', 'dumbbell-hip-thrust'],
    ['single-leg-hip-thrust', 'single-leg-hip-thrust'],
  ])('maps "%s" to %s', (name, id) => {
    expect(Catalogue.find(name)?.id).toBe(id);
  });

  it('suggests near names for typos', () => {
    expect(Catalogue.find('hip thurst')).toBeUndefined();
    expect(Catalogue.suggest('hip thurst')[0]).toBe('barbell-hip-thrust');
    expect(Catalogue.suggest('deadlfit')).toContain('deadlift');
  });

  it('has every exercise the rules need, each fully described', () => {
    const ids = Catalogue.EXERCISES.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'barbell-hip-thrust',
        'banded-hip-thrust',
        'single-leg-hip-thrust',
        'dumbbell-hip-thrust',
        'back-squat',
        'deadlift',
        'romanian-deadlift',
        'cable-glute-kickback',
      ]),
    );
    for (const e of Catalogue.EXERCISES) {
      expect(e.cues.setup.length + e.cues.drive.length).toBeGreaterThan(0);
      if (e.hipThrust) expect(e.cues.feet.join(' ')).toMatch(/R7/);
    }
    expect(Catalogue.get('single-leg-hip-thrust').laterality).toBe('unilateral');
    expect(Catalogue.get('cable-glute-kickback').gear).toContain('ankle-straps');
  });

  it('steps loads by implement (R8)', () => {
    expect(Catalogue.increment('barbell', 'lb')).toEqual({ value: 10, unit: 'lb' });
    expect(Catalogue.increment('dumbbell', 'lb')).toEqual({ value: 5, unit: 'lb' });
    expect(Catalogue.increment('barbell', 'kg')).toEqual({ value: 5, unit: 'kg' });
    expect(Catalogue.increment('dumbbell', 'kg')).toEqual({ value: 2.5, unit: 'kg' });
    expect(Catalogue.increment('band', 'kg')).toBeNull();
  });
});
