/**
 * The Store contract for whole sessions, run against every adapter (SQLite, PostgreSQL):
 * one exercise's sessions, moving a session to another day, deleting one with its sets.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from './engines.testkit.js';
import { suiteStore } from './store.testkit.js';
import type { Store } from './port.js';
import { newSet } from './sets.testkit.js';

const set = newSet;

describe.each(ENGINES)('Store contract for whole sessions on $name', (engine) => {
  let store: Store;
  suiteStore(engine, (_, s) => {
    store = s;
  });

  it('gives one exercise’s sessions with only its sets, old custom ids included when asked', async () => {
    const u = await store.user('leg-day');
    await store.logSets(u, { date: '2026-03-02', dayId: 'w1d1' }, [
      set({ exercise: 'back-squat', load: { value: 135, unit: 'lb' }, reps: 5 }),
      set(),
      set({ exercise: 'custom:bulgarian-split-squat', load: { value: 25, unit: 'lb' } }),
    ]);
    await store.logSets(u, { date: '2026-03-05', dayId: null }, [
      set({ exercise: 'bulgarian-split-squat', load: { value: 30, unit: 'lb' }, reps: 10 }),
    ]);
    const squats = await store.exerciseSessions(u, ['back-squat']);
    expect(squats.map((s) => [s.date, s.dayId, s.sets.map((x) => x.load.value)])).toEqual([
      ['2026-03-02', 'w1d1', [135]],
    ]);
    const split = await store.exerciseSessions(u, [
      'bulgarian-split-squat',
      'custom:bulgarian-split-squat',
    ]);
    // A custom id the catalogue has since learned reads back as the catalogue lift.
    expect(split.map((s) => [s.date, s.sets.map((x) => [x.exercise, x.load.value])])).toEqual([
      ['2026-03-02', [['bulgarian-split-squat', 25]]],
      ['2026-03-05', [['bulgarian-split-squat', 30]]],
    ]);
    expect(await store.exerciseSessions(u, [])).toEqual([]);
    expect(await store.exerciseSessions(await store.user('stranger'), ['back-squat'])).toEqual([]);
  });

  it('moves a whole session to a free day, and refuses a day that has one', async () => {
    const u = await store.user('mover');
    await store.logSets(u, { date: '2026-04-06', dayId: 'w1d1' }, [set(), set()]);
    await store.logSets(u, { date: '2026-04-08', dayId: 'w1d2' }, [set()]);
    expect(await store.moveSession(u, '2026-04-06', '2026-04-08', null)).toBe('taken');
    expect(await store.moveSession(u, '2026-04-01', '2026-04-02', null)).toBe('missing');
    expect(await store.moveSession(u, '2026-04-06', '2026-04-07', 'w1d1')).toBe('moved');
    const after = await store.sessions(u);
    expect(after.map((s) => [s.date, s.dayId, s.sets.length])).toEqual([
      ['2026-04-07', 'w1d1', 2],
      ['2026-04-08', 'w1d2', 1],
    ]);
    // Another lifter's session on that day is no obstacle, and theirs never moves.
    const other = await store.user('other-mover');
    await store.logSets(other, { date: '2026-04-09', dayId: null }, [set()]);
    expect(await store.moveSession(other, '2026-04-07', '2026-04-10', null)).toBe('missing');
    expect(await store.moveSession(u, '2026-04-07', '2026-04-09', null)).toBe('moved');
    expect((await store.sessions(other)).map((s) => s.date)).toEqual(['2026-04-09']);
    // Sets logged on the new day join the moved session.
    await store.logSets(u, { date: '2026-04-09', dayId: null }, [set({ reps: 8 })]);
    const moved = (await store.sessions(u)).find((s) => s.date === '2026-04-09');
    expect(moved?.sets.map((s) => [s.reps, s.seq])).toEqual([
      [12, 1],
      [12, 2],
      [8, 3],
    ]);
  });

  it('deletes a whole session with its sets, only the lifter’s own', async () => {
    const u = await store.user('deleter');
    const [a, b] = await store.logSets(u, { date: '2026-05-04', dayId: 'w1d1' }, [set(), set()]);
    await store.logSets(u, { date: '2026-05-06', dayId: null }, [set()]);
    expect(await store.deleteSession(await store.user('thief'), '2026-05-04')).toBeNull();
    const gone = await store.deleteSession(u, '2026-05-04');
    expect(gone?.sets.map((s) => s.id)).toEqual([a?.id, b?.id]);
    expect(gone?.dayId).toBe('w1d1');
    expect(await store.getSet(u, a?.id ?? '')).toBeNull();
    expect((await store.sessions(u)).map((s) => s.date)).toEqual(['2026-05-06']);
    expect(await store.deleteSession(u, '2026-05-04')).toBeNull();
    // The day is free again: a new session there starts from set 1.
    const [again] = await store.logSets(u, { date: '2026-05-04', dayId: null }, [set()]);
    expect(again?.seq).toBe(1);
  });
});
