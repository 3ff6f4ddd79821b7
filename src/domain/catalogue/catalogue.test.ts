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

  it.each([
    ['Bulgarian Split Squat', 'bulgarian-split-squat'],
    ['Romanian Deadlift (Dumbbell)', 'dumbbell-romanian-deadlift'],
    ['Single Leg Romanian Deadlift (Dumbbell)', 'single-leg-romanian-deadlift'],
    ['Front Squat (Barbell)', 'front-squat'],
    ['Goblet Squat', 'goblet-squat'],
    ['Box Squat (Barbell)', 'back-squat'],
    ['Sumo Deadlift', 'deadlift'],
    ['Trap Bar Deadlift', 'deadlift'],
    ['Step Up', 'step-up'],
    ['Walking Lunge (Dumbbell)', 'walking-lunge'],
    ['Reverse Lunge', 'reverse-lunge'],
    ['Glute Bridge (Barbell)', 'barbell-hip-thrust'],
    ['Single Leg Glute Bridge', 'single-leg-hip-thrust'],
    ['Cable Kickback', 'cable-glute-kickback'],
    ['Hip Abductor (Machine)', 'hip-abduction-machine'],
    ['Banded Hip Abduction', 'banded-hip-abduction'],
    ['45 degree back extension', 'back-extension'],
    ['Leg Press', 'leg-press'],
    ['Lying Leg Curl (Machine)', 'lying-leg-curl'],
    ['Seated Leg Curl (Machine)', 'seated-leg-curl'],
    ['Bench Press (Barbell)', 'bench-press'],
    ['Overhead Press (Barbell)', 'overhead-press'],
    ['Bent Over Row (Barbell)', 'barbell-row'],
    ['Seated Row (Cable)', 'seated-cable-row'],
    ['Pull Up', 'pull-up'],
    ['Lat Pulldown (Cable)', 'lat-pulldown'],
    ['Strict Military Press (Barbell)', 'overhead-press'],
    ['Stiff Leg Deadlift (Dumbbell)', 'dumbbell-romanian-deadlift'],
    ['Single Leg Bridge', 'single-leg-hip-thrust'],
  ])('knows a leg or upper-body day: "%s" is %s', (name, id) => {
    expect(Catalogue.find(name)?.id).toBe(id);
  });

  it('gives no two exercises the same name or alias, and each its equipment', () => {
    const owners = new Map<string, string>();
    for (const e of Catalogue.EXERCISES)
      for (const n of [e.id, e.name, ...e.aliases]) {
        const key = Catalogue.normalizeName(n);
        expect([n, owners.get(key) ?? e.id]).toEqual([n, e.id]);
        owners.set(key, e.id);
      }
    expect(Catalogue.get('leg-press').implement).toBe('machine');
    expect(Catalogue.get('lat-pulldown').implement).toBe('cable');
    expect(Catalogue.get('bulgarian-split-squat').laterality).toBe('alternating');
    expect(Catalogue.increment('machine', 'kg')).toEqual({ value: 2.5, unit: 'kg' });
  });

  it('reads a custom id the catalogue has since learned as that lift, and no other', () => {
    expect(Catalogue.canonical('custom:bulgarian-split-squat')).toBe('bulgarian-split-squat');
    expect(Catalogue.canonical('custom:romanian-deadlift-dumbbell')).toBe(
      'dumbbell-romanian-deadlift',
    );
    expect(Catalogue.canonical('custom:cossack-squat')).toBe('custom:cossack-squat');
    expect(Catalogue.canonical('deadlift')).toBe('deadlift');
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

  it('keeps custom ids of Latin names as they were, and the letters of every other script', () => {
    expect(Catalogue.customId('Leg Press (Machine)')).toBe('custom:leg-press-machine');
    expect(Catalogue.customId('Développé Couché (Barre)')).toBe('custom:developpe-couche-barre');
    expect(Catalogue.customId('Løft')).toBe('custom:lft');
    expect(Catalogue.customId('!!!')).toBe('custom:unnamed');
    expect(Catalogue.customId('Жим ногами (тренажёр)')).toBe('custom:жим-ногами-тренажёр');
    expect(Catalogue.customId('Жим ногами')).not.toBe(Catalogue.customId('Присед'));
    expect(Catalogue.customId('ヒップスラスト')).toBe('custom:ヒップスラスト');
    expect(Catalogue.customId('स्क्वाट')).toBe('custom:स्क्वाट');
    for (const id of ['custom:жим-ногами', 'custom:ヒップスラスト', 'custom:leg-press']) {
      expect(Catalogue.isCustomId(id)).toBe(true);
    }
    expect(Catalogue.isCustomId('custom:Leg-Press')).toBe(false);
    expect(Catalogue.isCustomId('custom:жим--ногами')).toBe(false);
    expect(Catalogue.nameOf('custom:жим-ногами')).toBe('Жим ногами');
    // The key names match by keeps letters of every script.
    expect(Catalogue.normalizeName(' Жим  ЛЁЖА! ')).toBe('жим лёжа');
  });

  it('steps loads by implement (R8)', () => {
    expect(Catalogue.increment('barbell', 'lb')).toEqual({ value: 10, unit: 'lb' });
    expect(Catalogue.increment('dumbbell', 'lb')).toEqual({ value: 5, unit: 'lb' });
    expect(Catalogue.increment('barbell', 'kg')).toEqual({ value: 5, unit: 'kg' });
    expect(Catalogue.increment('dumbbell', 'kg')).toEqual({ value: 2.5, unit: 'kg' });
    expect(Catalogue.increment('band', 'kg')).toBeNull();
  });
});
