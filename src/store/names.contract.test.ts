/**
 * The Store contract for the names of a lifter's own exercises, on every adapter (SQLite,
 * PostgreSQL): kept as first written, per lifter, and carried by a restore.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from './engines.testkit.js';
import { suiteStore } from './store.testkit.js';
import type { Store } from './port.js';

describe.each(ENGINES)('names of own exercises on $name', (engine) => {
  let store: Store;
  suiteStore(engine, (_, s) => {
    store = s;
  });

  it('keeps the first spelling of each, for its lifter only', async () => {
    const a = await store.user('names-a');
    const b = await store.user('names-b');
    await store.nameExercises(a, [
      { exercise: 'custom:elevation-de-hanche', name: 'Élévation de hanche' },
      { exercise: 'custom:cable-pull-through', name: 'Cable Pull-Through' },
    ]);
    // A later spelling, and the same id twice in one call, leave the first.
    await store.nameExercises(a, [
      { exercise: 'custom:elevation-de-hanche', name: 'elevation de hanche' },
      { exercise: 'custom:frog-pump', name: 'Frog Pump' },
      { exercise: 'custom:frog-pump', name: 'frog pump' },
    ]);
    expect(Object.fromEntries(await store.exerciseNames(a))).toEqual({
      'custom:elevation-de-hanche': 'Élévation de hanche',
      'custom:cable-pull-through': 'Cable Pull-Through',
      'custom:frog-pump': 'Frog Pump',
    });
    expect((await store.exerciseNames(b)).size).toBe(0);
    await store.nameExercises(b, []);
    expect((await store.exerciseNames(b)).size).toBe(0);
  });

  it('restores them from a backup', async () => {
    const u = await store.user('names-restored');
    await store.restore(u, {
      profile: null,
      plans: [],
      sessions: [],
      measurements: [],
      tests: [],
      photos: [],
      mappings: [],
      exerciseNames: [{ exercise: 'custom:жим-ногами', name: 'Жим ногами' }],
    });
    expect(Object.fromEntries(await store.exerciseNames(u))).toEqual({
      'custom:жим-ногами': 'Жим ногами',
    });
  });
});
