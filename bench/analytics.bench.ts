/**
 * Analytics over 10 years of history (3 sessions a week, about 47k sets), in process,
 * beside the time of the raw SQL that reads the same rows. Goal: analytics under 20 ms.
 *
 *   npx tsx bench/analytics.bench.ts
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Analytics, Program } from '../src/domain/index.js';
import { lifter } from '../src/domain/fixtures.js';
import { openSqlite } from '../src/store/sqlite/open.js';
import { generate } from './history.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function time<T>(runs: number, fn: () => T): { ms: number; fastest: number; value: T } {
  let value = fn();
  for (let i = 0; i < 20; i++) value = fn(); // warm-up runs (JIT), not timed
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = fn();
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), fastest: Math.min(...ms), value };
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-bench-'));
  const path = join(dir, 'thrust.db');
  try {
    const history = generate(10);
    const opened = await openSqlite(path);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const store = opened.value;
    const user = await store.user('bench');
    const profile = lifter({ goal: 'glutes', compounds: true });
    await store.saveProfile(user, profile);
    const plan = Program.generate(profile, '2016-01-04', { blocks: 130 });
    const t0 = performance.now();
    for (const s of history) await store.logSets(user, { date: s.date, dayId: s.dayId }, s.sets);
    const insertMs = performance.now() - t0;
    const sets = history.reduce((n, s) => n + s.sets.length, 0);

    const reads: number[] = [];
    let sessions = await store.sessions(user);
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      sessions = await store.sessions(user);
      reads.push(performance.now() - t);
    }
    await store.close();

    const raw = new Database(path, { readonly: true });
    const stmt = raw.prepare(
      'select s.*, x.date from sets s join sessions x on x.id = s.session_id where s.user_id = ? order by x.date, s.seq',
    );
    const rawRead = time(20, () => stmt.all(user).length);
    raw.close();

    const today = history[history.length - 1]?.date ?? '2026-01-01';
    const analytics = time(30, () => {
      const log = Analytics.Progress.history(sessions);
      const bests = Analytics.Progress.sessionBests(log, 'barbell-hip-thrust', 'lb');
      const prs = Analytics.Progress.prs(log, 'barbell-hip-thrust', 'lb');
      const weeks = Analytics.Volume.weekly(log, 'lb');
      const adherence = Analytics.Adherence.adherence(plan, sessions, today);
      const symmetry = Analytics.Symmetry.trend(log, 'single-leg-hip-thrust');
      const projection = Analytics.Projection.project(
        log,
        'barbell-hip-thrust',
        { load: { value: 500, unit: 'lb' }, reps: 10, sets: 3 },
        today,
      );
      const stalls = Analytics.Stalls.stalls(
        log,
        ['barbell-hip-thrust', 'back-squat', 'romanian-deadlift'],
        today,
      );
      return (
        bests.length +
        prs.reps.length +
        weeks.length +
        adherence.weeks.length +
        symmetry.points.length +
        (projection.kind === 'projected' ? 1 : 0) +
        stalls.length
      );
    });

    const figures = {
      sessions: history.length,
      sets,
      rawSqlReadMs: rawRead.ms,
      storeReadMs: median(reads),
      analyticsMs: analytics.ms,
      analyticsFastestMs: analytics.fastest,
      insertAllMs: insertMs,
    };
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = await run();
  console.log(`Analytics over 10 years: ${f.sessions} sessions, ${f.sets} sets`);
  console.log(
    `  raw SQL read of the rows (better-sqlite3):  ${f.rawSqlReadMs.toFixed(1)} ms   (baseline)`,
  );
  console.log(
    `  store read (Kysely + row validation):      ${f.storeReadMs.toFixed(1)} ms   (${(f.storeReadMs / f.rawSqlReadMs).toFixed(1)}x baseline)`,
  );
  console.log(
    `  analytics in process (all of stats):       ${f.analyticsMs.toFixed(1)} ms   (${(f.analyticsMs / f.rawSqlReadMs).toFixed(2)}x baseline; fastest ${f.analyticsFastestMs.toFixed(1)} ms; goal < 20 ms (median): ${f.analyticsMs < 20 ? 'met' : 'NOT met'})`,
  );
  console.log(
    `  logging every session (one transaction each): ${(f.insertAllMs / 1000).toFixed(1)} s`,
  );
}
