/** One contract suite, run against every Store adapter (SQLite, PostgreSQL). */
import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Program } from '../domain/index.js';
import { lifter } from '../domain/fixtures.js';
import * as S from '../schemas/index.js';
import { ENGINES, type Setup } from './engines.testkit.js';
import { suiteStore } from './store.testkit.js';
import { LATEST } from './migrations/index.js';
import type { NewSet, Store } from './port.js';
import { newSet } from './sets.testkit.js';

const WRITER = fileURLToPath(new URL('./writer.testkit.ts', import.meta.url));

function set(overrides: Partial<NewSet> = {}): NewSet {
  return newSet({ holdSeconds: 2, rpe: 8, loggedAt: new Date().toISOString(), ...overrides });
}

describe.each(ENGINES)('Store contract on $name', (engine) => {
  let env: Setup;
  let store: Store;
  suiteStore(engine, (e, s) => {
    env = e;
    store = s;
  });

  it('gives each user name one stable id', async () => {
    const a = await store.user('ana');
    expect(await store.user('ana')).toBe(a);
    expect(await store.user('ben')).not.toBe(a);
  });

  it('round-trips a profile and a plan', async () => {
    const u = await store.user('profile-user');
    expect(await store.getProfile(u)).toBeNull();
    const profile = lifter({
      units: 'kg',
      working: { exercise: 'barbell-hip-thrust', load: { value: 42.5, unit: 'kg' }, reps: 12 },
    });
    await store.saveProfile(u, profile);
    expect(await store.getProfile(u)).toEqual(profile);
    const plan = Program.generate(profile, '2026-11-23');
    await store.savePlan(u, plan);
    const second = Program.generate({ ...profile, sessionsPerWeek: 2 }, '2026-11-30');
    await store.savePlan(u, second);
    expect((await store.activePlan(u))?.plan).toEqual(second);
    expect(await store.activePlan(await store.user('nobody'))).toBeNull();
    // A plan reads back key for key as written, so an export of it reads the same after a
    // restore (which checks it against the schema, in the schema's key order).
    expect(JSON.stringify((await store.activePlan(u))?.plan)).toBe(
      JSON.stringify(S.plan.parse(JSON.parse(JSON.stringify(second)))),
    );
  });

  it('says which plan row is not a plan, rather than reading it as one', async () => {
    const u = await store.user('broken-plan');
    await store.saveProfile(u, lifter());
    const saved = await store.savePlan(u, Program.generate(lifter(), '2026-11-23'));
    await env.raw(`update plans set data = '{"days": 3}' where id = '${saved.id}'`);
    const other = await env.open();
    if (!other.ok) throw new Error(JSON.stringify(other.error));
    try {
      await expect(other.value.activePlan(u)).rejects.toThrow(
        `plan ${saved.id}: the stored data is not a plan`,
      );
    } finally {
      await other.value.close();
    }
  });

  it('keeps the plan a session was logged under and the track a set answers', async () => {
    const u = await store.user('plan-life');
    const profile = lifter();
    await store.saveProfile(u, profile);
    const first = await store.savePlan(u, Program.generate(profile, '2026-01-05'));
    await store.logSets(u, { date: '2026-01-05', dayId: 'w1d1', planId: first.id }, [
      set({ exercise: 'banded-hip-thrust', load: { value: 0, unit: 'lb' }, track: 'activation' }),
      set({ track: 'barbell-hip-thrust/heavy' }),
    ]);
    const second = await store.savePlan(u, Program.generate(profile, '2026-04-06'));
    await store.logSets(u, { date: '2026-04-06', dayId: 'w1d1', planId: second.id }, [set()]);
    // An imported session gets no plan; logging onto it later files it under the plan then.
    await store.importSets(u, [{ date: '2026-04-08', sets: [set()] }]);
    const sessions = await store.sessions(u);
    expect(sessions.map((s) => [s.date, s.planId, s.dayId])).toEqual([
      ['2026-01-05', first.id, 'w1d1'],
      ['2026-04-06', second.id, 'w1d1'],
      ['2026-04-08', null, null],
    ]);
    expect(sessions[0]?.sets.map((x) => x.track)).toEqual([
      'activation',
      'barbell-hip-thrust/heavy',
    ]);
    expect(sessions[1]?.sets.map((x) => x.track)).toEqual([null]);
    await store.logSets(u, { date: '2026-04-08', dayId: 'w1d2', planId: second.id }, [set()]);
    expect(await store.sessionDays(u, '2026-04-06', '2026-04-08')).toEqual([
      { date: '2026-04-06', dayId: 'w1d1', planId: second.id },
      { date: '2026-04-08', dayId: 'w1d2', planId: second.id },
    ]);
    expect((await store.plans(u)).map((p) => p.id)).toEqual([first.id, second.id]);
  });

  it('logs sets into the day’s session, in order, keeping loads exactly as entered', async () => {
    const u = await store.user('logger');
    await store.logSets(u, { date: '2026-11-23', dayId: 'w1d1' }, [
      set(),
      set({ load: { value: 42.5, unit: 'kg' } }),
    ]);
    await store.logSets(u, { date: '2026-11-23', dayId: 'w1d1' }, [
      set({
        load: { value: 74.99999999999999, unit: 'lb' },
        side: 'left',
        felt: 'hamstrings',
        clean: false,
      }),
    ]);
    await store.logSets(u, { date: '2026-11-25', dayId: null }, [
      set({ warmup: true, note: 'bar only, "easy", 1,2' }),
    ]);
    const sessions = await store.sessions(u);
    expect(sessions.map((s) => [s.date, s.dayId, s.sets.map((x) => x.seq)])).toEqual([
      ['2026-11-23', 'w1d1', [1, 2, 3]],
      ['2026-11-25', null, [1]],
    ]);
    const [a, b, c] = sessions[0]?.sets ?? [];
    expect(a).toMatchObject({
      load: { value: 95, unit: 'lb' },
      reps: 12,
      clean: true,
      holdSeconds: 2,
      rpe: 8,
      side: null,
    });
    expect(b?.load).toEqual({ value: 42.5, unit: 'kg' });
    expect(c).toMatchObject({
      load: { value: 74.99999999999999, unit: 'lb' },
      side: 'left',
      felt: 'hamstrings',
      clean: false,
    });
    expect(sessions[1]?.sets[0]).toMatchObject({ warmup: true, note: 'bar only, "easy", 1,2' });
    expect((await store.sessions(u, '2026-11-24')).map((s) => s.date)).toEqual(['2026-11-25']);
  });

  it('stores a set id once, however often it is sent', async () => {
    const u = await store.user('idempotent');
    const s = set();
    await store.logSets(u, { date: '2026-11-23', dayId: null }, [s]);
    const again = await store.logSets(u, { date: '2026-11-23', dayId: null }, [s]);
    expect(again[0]?.id).toBe(s.id);
    expect((await store.sessions(u))[0]?.sets).toHaveLength(1);
  });

  it('stores all of a batch or none of it', async () => {
    const u = await store.user('atomic');
    await expect(
      store.logSets(u, { date: '2026-11-23', dayId: null }, [set(), set({ reps: Number.NaN })]),
    ).rejects.toThrow();
    expect(await store.sessions(u)).toEqual([]);
  });

  it('edits and deletes a set; an emptied session goes too', async () => {
    const u = await store.user('editor');
    const [s1, s2] = await store.logSets(u, { date: '2026-11-23', dayId: null }, [set(), set()]);
    expect(
      await store.updateSet(u, s1?.id ?? '', {
        reps: 9,
        clean: false,
        load: { value: 100, unit: 'lb' },
      }),
    ).toMatchObject({ reps: 9, clean: false, load: { value: 100, unit: 'lb' } });
    expect(await store.deleteSet(u, s2?.id ?? '')).toBe(true);
    expect(await store.deleteSet(u, s2?.id ?? '')).toBe(false);
    expect((await store.sessions(u))[0]?.sets.map((s) => s.reps)).toEqual([9]);
    await store.deleteSet(u, s1?.id ?? '');
    expect(await store.sessions(u)).toEqual([]);
  });

  it('keeps users apart: another user’s ids behave as missing', async () => {
    const owner = await store.user('owner');
    const other = await store.user('intruder');
    const [s] = await store.logSets(owner, { date: '2026-11-23', dayId: null }, [set()]);
    const id = s?.id ?? '';
    expect(await store.getSet(other, id)).toBeNull();
    expect(await store.updateSet(other, id, { reps: 1 })).toBeNull();
    expect(await store.deleteSet(other, id)).toBe(false);
    expect(await store.sessions(other)).toEqual([]);
    expect(await store.lastSet(other)).toBeNull();
    expect((await store.getSet(owner, id))?.reps).toBe(12);
  });

  it('finds the most recently logged set', async () => {
    const u = await store.user('undoer');
    await store.logSets(u, { date: '2026-11-25', dayId: null }, [
      set({ loggedAt: '2026-11-25T10:00:00.000Z', reps: 1 }),
    ]);
    await store.logSets(u, { date: '2026-11-23', dayId: null }, [
      set({ loggedAt: '2026-11-25T10:05:00.000Z', reps: 2 }),
    ]);
    expect((await store.lastSet(u))?.reps).toBe(2);
  });

  it('keeps measurements, performance tests and photos per user', async () => {
    const u = await store.user('measurer');
    await store.addMeasurement(u, {
      id: randomUUID(),
      date: '2026-11-01',
      kind: 'hip-circumference',
      value: 98.5,
      unit: 'cm',
      note: null,
    });
    await store.addMeasurement(u, {
      id: randomUUID(),
      date: '2026-10-01',
      kind: 'bodyweight',
      value: 150.2,
      unit: 'lb',
      note: 'morning',
    });
    await store.addTest(u, {
      id: randomUUID(),
      date: '2026-11-01',
      kind: 'sprint',
      value: 3.41,
      unit: 's',
      distanceM: 20,
      note: null,
    });
    await store.addPhoto(u, {
      id: randomUUID(),
      date: '2026-11-01',
      path: '/photos/a.jpg',
      note: null,
    });
    expect((await store.measurements(u)).map((m) => [m.date, m.kind, m.value, m.unit])).toEqual([
      ['2026-10-01', 'bodyweight', 150.2, 'lb'],
      ['2026-11-01', 'hip-circumference', 98.5, 'cm'],
    ]);
    expect(await store.measurements(u, 'bodyweight')).toHaveLength(1);
    expect(await store.tests(u)).toMatchObject([
      { kind: 'sprint', value: 3.41, unit: 's', distanceM: 20 },
    ]);
    expect(await store.photos(u)).toMatchObject([{ path: '/photos/a.jpg' }]);
    expect(await store.measurements(await store.user('someone-else'))).toEqual([]);
  });

  it('imports as a sync: edits update, deletions remove only that app’s sets, twins are not doubled', async () => {
    const u = await store.user('syncer');
    const lb = (value: number) => ({ value, unit: 'lb' as const });
    const strong = [
      set({ id: randomUUID(), load: lb(160), reps: 8 }),
      set({ id: randomUUID(), load: lb(160), reps: 8 }),
      set({ id: randomUUID(), load: lb(160), reps: 7 }),
    ];
    const day = (date: string, sets: NewSet[]) => ({ date, sets });
    // Logged here on the 3rd: one set the Strong file also has (135 lb x 10 is 61.23 kg).
    await store.logSets(u, { date: '2026-02-03', dayId: null }, [
      set({ load: { value: 61.23, unit: 'kg' }, reps: 10, rpe: null }),
    ]);
    const here = set({ load: lb(135), reps: 10, rpe: null });
    const first = await store.importSets(
      u,
      [day('2026-02-02', strong), day('2026-02-03', [here])],
      { source: 'strong', sync: true },
    );
    expect(first).toEqual({ added: 3, updated: 0, removed: 0, present: 0, elsewhere: 1 });
    // Hevy's export of the same day, other ids, is recognised set for set.
    const hevy = strong.map((x) => set({ ...x, id: randomUUID() }));
    expect(
      await store.importSets(u, [day('2026-02-02', hevy)], { source: 'hevy', sync: true }),
    ).toEqual({ added: 0, updated: 0, removed: 0, present: 0, elsewhere: 3 });
    // A newer Strong export: set 1 edited to 165 lb, set 3 deleted there; a dry run first.
    const newer = [
      day('2026-02-02', [{ ...strong[0], load: lb(165) } as NewSet, strong[1] as NewSet]),
    ];
    const counts = { added: 0, updated: 1, removed: 1, present: 1, elsewhere: 0 };
    expect(
      await store.importSets(u, newer, { source: 'strong', sync: true, dryRun: true }),
    ).toEqual(counts);
    expect((await store.sessions(u)).flatMap((x) => x.sets)).toHaveLength(4);
    expect(await store.importSets(u, newer, { source: 'strong', sync: true })).toEqual(counts);
    const after = await store.sessions(u);
    expect(after.map((x) => [x.date, x.sets.map((y) => `${y.load.value}x${y.reps}`)])).toEqual([
      ['2026-02-02', ['165x8', '160x8']],
      ['2026-02-03', ['61.23x10']],
    ]);
    // Without sync (or from another app) nothing is removed.
    expect(
      await store.importSets(u, [day('2026-02-02', [strong[0] as NewSet])], { source: 'strong' }),
    ).toMatchObject({ removed: 0, updated: 1 });
    // A newer export without the 2nd's sets (other ids there): they go; the day stays.
    const gone = await store.importSets(
      u,
      [day('2026-02-01', [set({ load: lb(95) })]), day('2026-02-02', [set({ load: lb(95) })])],
      { source: 'strong', sync: true },
    );
    expect(gone).toMatchObject({ added: 2, removed: 2 });
    expect((await store.sessions(u)).map((x) => [x.date, x.sets.length])).toEqual([
      ['2026-02-01', 1],
      ['2026-02-02', 1],
      ['2026-02-03', 1],
    ]);
  });

  it('imports in bulk: new ids added, known ids kept (or updated: moved to a new exercise), in one go', async () => {
    const u = await store.user('importer');
    await store.logSets(u, { date: '2026-01-02', dayId: null }, [set({ reps: 1 })]);
    const batch = Array.from({ length: 2500 }, (_, i) =>
      set({ reps: (i % 20) + 1, exercise: 'custom:leg-press' }),
    );
    const days = [
      { date: '2026-01-02', sets: batch.slice(0, 1000) },
      { date: '2026-01-03', sets: batch.slice(1000) },
    ];
    expect(await store.importSets(u, days)).toEqual({
      added: 2500,
      updated: 0,
      removed: 0,
      present: 0,
      elsewhere: 0,
    });
    const moved = days.map((d) => ({
      ...d,
      sets: d.sets.map((x) => ({ ...x, exercise: 'back-squat' as const })),
    }));
    expect(await store.importSets(u, moved)).toEqual({
      added: 0,
      updated: 2500,
      removed: 0,
      present: 0,
      elsewhere: 0,
    });
    const sessions = await store.sessions(u);
    expect(sessions.map((s) => [s.date, s.sets.length])).toEqual([
      ['2026-01-02', 1001],
      ['2026-01-03', 1500],
    ]);
    expect(sessions.flatMap((s) => s.sets).filter((x) => x.exercise === 'back-squat')).toHaveLength(
      2500,
    );
    expect(new Set(sessions[0]?.sets.map((x) => x.seq)).size).toBe(1001);
  });

  it('imports every field of a set as logged: the plan track, side, band, hold, RIR, where felt', async () => {
    const u = await store.user(`fields-${randomUUID()}`);
    const full = [
      set({
        exercise: 'banded-hip-thrust',
        load: { value: 0, unit: 'lb' },
        reps: 15,
        band: 'light',
        holdSeconds: 2,
        rpe: null,
        rir: 2,
        felt: 'glutes',
        note: 'knees out',
        track: 'activation',
        loggedAt: '2026-01-04T17:00:00.000Z',
      }),
      set({
        exercise: 'single-leg-hip-thrust',
        side: 'left',
        track: 'single-leg-hip-thrust',
        warmup: true,
        loggedAt: '2026-01-04T17:05:00.000Z',
      }),
      set({
        exercise: 'custom:plank',
        reps: 0,
        seconds: 60,
        track: null,
        loggedAt: '2026-01-04T17:10:00.000Z',
      }),
    ];
    await store.importSets(u, [{ date: '2026-01-04', sets: full }]);
    const [session] = await store.sessions(u);
    const stored = session?.sets.map(({ sessionId: _s, seq: _q, ...x }) => x);
    expect(stored).toEqual(full);
  });

  it('remembers name mappings per user', async () => {
    const u = await store.user('mapper');
    await store.saveMapping(u, 'glute bridge', 'barbell-hip-thrust');
    await store.saveMapping(u, 'glute bridge', 'single-leg-hip-thrust');
    expect(await store.mappings(u)).toEqual(new Map([['glute bridge', 'single-leg-hip-thrust']]));
    expect(await store.mappings(await store.user('someone'))).toEqual(new Map());
  });

  it('restores a day of more sets than one statement can carry', async () => {
    const u = await store.user('big-day');
    // 2,000 sets x 22 columns is more parameters than one SQLite statement takes.
    const sets = Array.from({ length: 2000 }, (_, i) => ({
      ...set({ reps: (i % 12) + 1 }),
      sessionId: 's-big',
      seq: i + 1,
      track: null,
    }));
    await store.restore(u, {
      profile: null,
      plans: [],
      sessions: [{ id: randomUUID(), date: '2026-03-03', planId: null, dayId: null, sets }],
      measurements: [],
      tests: [],
      photos: [],
      mappings: [],
    });
    expect((await store.sessions(u)).flatMap((x) => x.sets)).toHaveLength(2000);
  });

  it('restores a backup with its ids, and lists every plan', async () => {
    const from = await store.user('backup-source');
    const profile = lifter();
    await store.saveProfile(from, profile);
    await store.savePlan(from, Program.generate(profile, '2026-01-05'));
    await store.savePlan(from, Program.generate(profile, '2026-02-02'));
    await store.logSets(from, { date: '2026-01-05', dayId: 'w1d1' }, [
      set(),
      set({ side: 'left' }),
    ]);
    await store.addMeasurement(from, {
      id: randomUUID(),
      date: '2026-01-05',
      kind: 'hip-circumference',
      value: 99,
      unit: 'cm',
      note: null,
    });
    const backup = {
      profile: await store.getProfile(from),
      plans: await store.plans(from),
      sessions: await store.sessions(from),
      measurements: await store.measurements(from),
      tests: await store.tests(from),
      photos: await store.photos(from),
      mappings: [],
    };
    expect(backup.plans.map((p) => p.plan.start)).toEqual(['2026-01-05', '2026-02-02']);
    // Restoring into the same database needs fresh ids; a real restore goes to an empty one.
    const fresh = {
      ...backup,
      plans: backup.plans.map((p) => ({ ...p, id: randomUUID() })),
      sessions: backup.sessions.map((s) => {
        const id = randomUUID();
        return { ...s, id, sets: s.sets.map((x) => ({ ...x, id: randomUUID(), sessionId: id })) };
      }),
      measurements: backup.measurements.map((m) => ({ ...m, id: randomUUID() })),
    };
    const to = await store.user('backup-target');
    await store.restore(to, fresh);
    expect(await store.sessions(to)).toEqual(fresh.sessions);
    expect(await store.plans(to)).toEqual(fresh.plans);
    expect(await store.getProfile(to)).toEqual(profile);
    await expect(store.restore(to, fresh)).rejects.toThrow(/no data/);
  });

  it('loses no write when two processes log at once', async () => {
    const run = (tag: number) =>
      new Promise<string[]>((resolve, reject) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', WRITER, env.url, 'concurrent', '25', String(tag)],
          (e, stdout, stderr) =>
            e ? reject(new Error(stderr || e.message)) : resolve(stdout.trim().split('\n')),
        );
      });
    const acked = (await Promise.all([run(1), run(2)])).flat();
    expect(acked).toHaveLength(50);
    const stored = (await store.sessions(await store.user('concurrent')))[0]?.sets ?? [];
    expect(stored.map((s) => s.id).sort()).toEqual([...acked].sort());
    expect(new Set(stored.map((s) => s.seq)).size).toBe(50);
  });

  it('records its schema version, and refuses a newer database without touching it', async () => {
    const again = await env.open();
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    await again.value.close();
    await env.raw(`insert into thrust_schema (version, applied_at) values (99, 'future')`);
    const refused = await env.open();
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'database-too-new', found: 99, supported: LATEST },
    });
    await env.raw('delete from thrust_schema where version = 99');
  });
});
