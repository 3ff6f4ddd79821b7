/**
 * PostgreSQL at gym scale: 1,000 lifters with 1,000 sets each in one database. The figure is
 * the per-user dashboard (the stats overview the web app's Progress screen shows: profile,
 * plan, whole log, measurements, analytics) p95 over random users, beside the p95 of the raw
 * SQL that reads one user's sets. Goal (issue 18): p95 under 10 ms.
 *
 *   BENCH_DATABASE_URL=postgres://... npx tsx bench/scale.bench.ts [users] [setsPerUser]
 *   BENCH_EXPLAIN=1 ...   also prints EXPLAIN (ANALYZE, BUFFERS) of the raw read
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import * as Stats from '../src/app/stats.js';
import { Program } from '../src/domain/index.js';
import { lifter } from '../src/domain/fixtures.js';
import { freshDatabase } from '../src/store/engines.testkit.js';
import { openPostgres } from '../src/store/postgres/open.js';
import { generate } from './history.js';

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

export interface ScaleFigures {
  readonly users: number;
  readonly sets: number;
  readonly seedS: number;
  readonly dashboardP95Ms: number;
  readonly rawReadP95Ms: number;
}

export async function run(base: string, users = 1000, perUser = 1000): Promise<ScaleFigures> {
  const db = await freshDatabase(base, 'thrust_scale');
  const opened = await openPostgres(db.url, { max: 8 });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const store = opened.value;
  try {
    // About 1,000 sets: the first sessions of a generated history, ids fresh per user.
    const template = generate(1);
    const history: typeof template = [];
    let count = 0;
    for (const s of template) {
      if (count >= perUser) break;
      const sets = s.sets.slice(0, perUser - count);
      history.push({ ...s, sets });
      count += sets.length;
    }
    const profile = lifter({ goal: 'glutes', compounds: true });
    const plan = Program.generate(profile, template[0]?.date ?? '2016-01-04', { blocks: 4 });
    const ids: string[] = [];
    const t0 = performance.now();
    for (let i = 0; i < users; i++) {
      const user = await store.user(`lifter-${i}`);
      ids.push(user);
      await store.saveProfile(user, profile);
      await store.savePlan(user, plan);
      await store.importSets(
        user,
        history.map((s) => ({
          date: s.date,
          sets: s.sets.map((x) => ({ ...x, id: randomUUID() })),
        })),
      );
    }
    const seedS = (performance.now() - t0) / 1000;

    const raw = new pg.Client({ connectionString: db.url });
    await raw.connect();
    const pick = () => ids[Math.floor(Math.random() * ids.length)] ?? '';
    const today = history.at(-1)?.date ?? '2016-04-01';
    const now = () => new Date(`${today}T18:00:00`);
    const dashboard: number[] = [];
    const rawRead: number[] = [];
    for (let i = 0; i < 220; i++) {
      const user = pick();
      let t = performance.now();
      await raw.query(
        'select s.*, x.date from sets s join sessions x on x.id = s.session_id where s.user_id = $1 and x.user_id = $1 order by x.date, s.seq',
        [user],
      );
      if (i >= 20) rawRead.push(performance.now() - t);
      t = performance.now();
      const r = await Stats.overview({ store, user, now, newId: randomUUID });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      if (i >= 20) dashboard.push(performance.now() - t); // the first 20 warm up
    }
    if (process.env.BENCH_EXPLAIN) {
      const plan = await raw.query<{ 'QUERY PLAN': string }>(
        'explain (analyze, buffers) select s.*, x.date from sets s join sessions x on x.id = s.session_id where s.user_id = $1 and x.user_id = $1 order by x.date, s.seq',
        [pick()],
      );
      console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
    await raw.end();
    return {
      users,
      sets: users * count,
      seedS,
      dashboardP95Ms: p95(dashboard),
      rawReadP95Ms: p95(rawRead),
    };
  } finally {
    await store.close();
    await db.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!base) {
    console.log('Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server.');
    process.exit(0);
  }
  const f = await run(base, Number(process.argv[2] ?? 1000), Number(process.argv[3] ?? 1000));
  console.log(
    `PostgreSQL, ${f.users} users, ${f.sets.toLocaleString('en')} sets (seeded in ${f.seedS.toFixed(0)} s): dashboard p95 ${f.dashboardP95Ms.toFixed(1)} ms, raw read of one user's sets p95 ${f.rawReadP95Ms.toFixed(1)} ms (goal < 10 ms)`,
  );
}
