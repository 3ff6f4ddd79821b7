/** Migrations on a database that already holds data: 004 files old sessions under their plans. */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Program } from '../../domain/index.js';
import { lifter } from '../../domain/fixtures.js';
import { ENGINES } from '../engines.testkit.js';
import type { NewSet, Store } from '../port.js';

const set = (id: string): NewSet => ({
  id,
  exercise: 'barbell-hip-thrust',
  load: { value: 95, unit: 'lb' },
  reps: 12,
  side: null,
  holdSeconds: null,
  clean: true,
  band: null,
  rpe: null,
  rir: null,
  felt: null,
  note: null,
  warmup: false,
  loggedAt: '2026-01-05T18:00:00.000Z',
});

describe.each(ENGINES)('migration 004 on $name', (engine) => {
  it('files each plan-day session under the plan that was current when it was logged', async () => {
    const env = await engine.setup();
    const open = async (): Promise<Store> => {
      const r = await env.open();
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    };
    try {
      let store = await open();
      const u = await store.user('local');
      const profile = lifter();
      await store.saveProfile(u, profile);
      const first = await store.savePlan(u, Program.generate(profile, '2026-01-05'));
      await sleep(5);
      await store.logSets(u, { date: '2026-01-05', dayId: 'w1d1' }, [
        set('00000000-0000-4000-8000-000000000001'),
      ]);
      await store.importSets(u, [
        { date: '2025-12-01', sets: [set('00000000-0000-4000-8000-000000000002')] },
      ]);
      await sleep(5);
      const second = await store.savePlan(u, Program.generate(profile, '2026-04-06'));
      await sleep(5);
      await store.logSets(u, { date: '2026-04-06', dayId: 'w1d1' }, [
        set('00000000-0000-4000-8000-000000000003'),
      ]);
      await store.close();
      // Back to the schema before 004, as a database written by the previous version is.
      await env.raw('alter table sets drop column track');
      await env.raw('alter table sessions drop column plan_id');
      await env.raw('delete from thrust_schema where version = 4');
      store = await open();
      const sessions = await store.sessions(u);
      expect(sessions.map((s) => [s.date, s.dayId, s.planId])).toEqual([
        ['2025-12-01', null, null],
        ['2026-01-05', 'w1d1', first.id],
        ['2026-04-06', 'w1d1', second.id],
      ]);
      expect(sessions.flatMap((s) => s.sets.map((x) => x.track))).toEqual([null, null, null]);
      await store.close();
    } finally {
      await env.teardown();
    }
  });
});
