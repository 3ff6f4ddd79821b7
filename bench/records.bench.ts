/**
 * The records check each logged set pays (Store.recordsAround, then Records.beatenAround),
 * beside the whole-log definition it replaces (every session of the lift read into the
 * process, then Records.beaten), in one process at two lengths of history, on SQLite and on
 * PostgreSQL when a server is named. Sessions of five hip thrust sets on consecutive days,
 * ramping and repeating loads as lifters do; the new set joins the middle session.
 *
 *   npx tsx bench/records.bench.ts [runs]
 *   BENCH_DATABASE_URL=postgres://... (or TEST_DATABASE_URL) adds PostgreSQL
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Analytics, Catalogue, Dates } from '../src/domain/index.js';
import { freshDatabase } from '../src/store/engines.testkit.js';
import type { NewSet, OpenResult, Store } from '../src/store/port.js';
import { newSet } from '../src/store/sets.testkit.js';
import { openPostgres } from '../src/store/postgres/open.js';
import { openSqlite } from '../src/store/sqlite/open.js';
import * as Repeat from './repeat.js';

const HIP = 'barbell-hip-thrust';
const PER_SESSION = 5;

export interface RecordsFigures {
  readonly engine: string;
  readonly sets: number;
  /** ms for one records check from the summary, and from the whole log. */
  readonly summaryMs: Repeat.Spread;
  readonly wholeMs: Repeat.Spread;
}

const set = (day: number, i: number): NewSet =>
  newSet({
    exercise: HIP,
    load: { value: 135 + 10 * (day % 12) + (i === PER_SESSION - 1 ? 10 : 0), unit: 'lb' },
    reps: 8 + (i % 3),
    rpe: i === PER_SESSION - 1 ? 8.5 : null,
    warmup: i === 0,
    loggedAt: '2026-01-01T18:00:00.000Z',
  });

async function measure(store: Store, engine: string, sets: number, runs: number) {
  const user = await store.user(`records-${randomUUID()}`);
  const days = Math.ceil(sets / PER_SESSION);
  const history = Array.from({ length: days }, (_, d) => ({
    date: Dates.addDays('2020-01-01', d),
    sets: Array.from({ length: PER_SESSION }, (_, i) => set(d, i)),
  }));
  await store.importSets(user, history);
  const forms = Catalogue.storedForms(HIP);
  const date = Dates.addDays('2020-01-01', Math.floor(days / 2));
  const fresh = await store.logSets(user, { date, dayId: null }, [set(7, PER_SESSION - 1)]);
  const sessionId = fresh[0]?.sessionId ?? '';
  const ids = fresh.map((s) => s.id);
  const summary = async () =>
    Analytics.Records.beatenAround(await store.recordsAround(user, forms, sessionId, ids), 'lb');
  const whole = async () => {
    const after = await store.exerciseSessions(user, forms);
    const before = after.map((s) => ({ ...s, sets: s.sets.filter((x) => !ids.includes(x.id)) }));
    return Analytics.Records.beaten(before, after, HIP, 'lb');
  };
  if (JSON.stringify(await summary()) !== JSON.stringify(await whole()))
    throw new Error('the summary and the whole log disagree');
  const timed = async (fn: () => Promise<unknown>) => {
    for (let i = 0; i < 10; i++) await fn(); // warm-up (JIT, caches), not timed
    const ms: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      await fn();
      ms.push(performance.now() - t0);
    }
    return Repeat.spread(ms).median;
  };
  const rs = await Repeat.times(runs, async () => ({
    summary: await timed(summary),
    whole: await timed(whole),
  }));
  return {
    engine,
    sets: days * PER_SESSION,
    summaryMs: Repeat.of(rs, (r) => r.summary),
    wholeMs: Repeat.of(rs, (r) => r.whole),
  };
}

/** Every length of history on one opened store, which is closed after. */
async function each(opened: OpenResult, engine: string, lengths: number[], runs: number) {
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const out: RecordsFigures[] = [];
  try {
    for (const n of lengths) out.push(await measure(opened.value, engine, n, runs));
  } finally {
    await opened.value.close();
  }
  return out;
}

export async function run(runs = 3, lengths = [400, 3000]): Promise<RecordsFigures[]> {
  const out: RecordsFigures[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'thrust-records-'));
  try {
    out.push(...(await each(await openSqlite(join(dir, 'thrust.db')), 'SQLite', lengths, runs)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (base) {
    const db = await freshDatabase(base, 'thrust_records');
    try {
      const opened = await openPostgres(db.url, { max: 4 });
      out.push(...(await each(opened, 'PostgreSQL', lengths, runs)));
    } finally {
      await db.drop();
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? 3);
  const load = Repeat.showLoad();
  const figures = await run(runs);
  console.log(`\nRecords check per logged set, ${load}\n`);
  console.log('| engine | sets of the lift | from the summary | whole log | ratio |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const f of figures)
    console.log(
      `| ${f.engine} | ${f.sets.toLocaleString('en')} | ${Repeat.show(f.summaryMs, ' ms', 2)} | ${Repeat.show(f.wholeMs, ' ms', 2)} | ${(f.summaryMs.median / f.wholeMs.median).toFixed(2)} |`,
    );
}
