import { describe, expect, it } from 'vitest';
import { Catalogue } from '../domain/index.js';
import { fromLibrary, hevyName, inLibrary, LIBRARY, strongName } from './library.js';

describe('the other apps’ exercise libraries', () => {
  it.each([
    ['Hip Thrust (Bodyweight)', 'banded-hip-thrust'],
    ['Hip Thrust (Machine)', 'barbell-hip-thrust'],
    ['Hip Thrust (Smith Machine)', 'barbell-hip-thrust'],
    ['Single Leg Hip Thrust (Dumbbell)', 'single-leg-hip-thrust'],
    ['Glute Bridge (Barbell)', 'barbell-hip-thrust'],
    ['One-legged Hip Thrust', 'single-leg-hip-thrust'],
    ['Glute Kickback (Machine)', 'cable-glute-kickback'],
    ['Sumo Deadlift', 'deadlift'],
    ['Stiff-Legged Deadlift', 'romanian-deadlift'],
    ['  squat (SMITH machine) ', 'back-squat'],
    ['Front Squat (Barbell)', 'front-squat'],
    ['Romanian Deadlift (Dumbbell)', 'dumbbell-romanian-deadlift'],
    ['Hip Abductor (Machine)', 'hip-abduction-machine'],
    ['Bulgarian Split Squat', 'bulgarian-split-squat'],
    ['Step-up', 'step-up'],
    ['Walking Lunge', 'walking-lunge'],
  ])('maps "%s" to %s', (name, id) => {
    expect(fromLibrary(name)).toBe(id);
  });

  it('keeps lifts whose loads do not compare as the lifter’s own', () => {
    for (const name of [
      'Squat (Dumbbell)',
      'Deadlift (Dumbbell)',
      'Lateral Band Walks',
      'Split Squat (Dumbbell)',
      'Lunge (Barbell)',
      'Single Leg Romanian Deadlift (Barbell)',
    ]) {
      expect(inLibrary(name)).toBe(true);
      expect(fromLibrary(name)).toBeNull();
    }
    expect(fromLibrary('Zercher Carry')).toBeNull();
  });

  it('agrees with the catalogue’s aliases, so every import resolves the same way', () => {
    for (const e of LIBRARY)
      expect([e.name, Catalogue.find(e.name)?.id ?? null]).toEqual([e.name, e.id]);
    expect(new Set(LIBRARY.map((e) => Catalogue.normalizeName(e.name))).size).toBe(LIBRARY.length);
  });

  it('names every catalogue exercise as Strong and Hevy do, and reads those names back', () => {
    expect(strongName('barbell-hip-thrust')).toBe('Hip Thrust (Barbell)');
    expect(hevyName('barbell-hip-thrust')).toBe('Hip Thrust (Barbell)');
    expect(hevyName('cable-glute-kickback')).toBe('Standing Cable Glute Kickbacks');
    // No such exercise in Strong: the catalogue's name, which Strong keeps as a custom one.
    expect(strongName('cable-glute-kickback')).toBe('Cable glute kickback');
    for (const e of Catalogue.EXERCISES) {
      expect(Catalogue.find(strongName(e.id))?.id).toBe(e.id);
      expect(Catalogue.find(hevyName(e.id))?.id).toBe(e.id);
    }
  });
});
