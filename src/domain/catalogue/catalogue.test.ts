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
