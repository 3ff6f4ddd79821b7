/**
 * API load: clients logging sets against `thrust serve --multi-user` on SQLite and on
 * PostgreSQL, beside a hello-world Hono route measured in the same run. Each target gets a
 * closed-loop run (`--clients`, as fast as answers come) and then an open-loop run paced at
 * 1,000 requests a second (latency counted from when each request was due). After each run
 * the sets stored must equal the requests acknowledged, exactly.
 *
 * Fair by construction: the load client is a process of its own (bench/load/drive.ts), pinned
 * to another core than the server with taskset where there is more than one core; the
 * clients act as `--users` lifters, each with its own API token (one lifter would make every
 * write wait on one user's rows); and each row shows the CPU its server used, so a baseline
 * held back by its client (a server well under one core) is visible.
 *
 *   npx tsx bench/load.bench.ts [--seconds 15] [--clients 64] [--users 16] [--runs 3]
 *                               [--root DIR]  (another checkout's build, e.g. the one before)
 *
 * PostgreSQL runs when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server (a fresh
 * database is made and dropped). Needs the build (`npm run build`): it runs bin/thrust.js.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { freshDatabase } from '../src/store/engines.testkit.js';
import type { LoadResult } from './load/client.js';
import type { Driven, Job } from './load/drive.js';
import { lifters, storedSets } from './load/sql.js';
import * as Repeat from './repeat.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROOT = join(import.meta.dirname, '..');

/** Two cores or more: the server on core 0, the load client on core 1. */
const PINNED = cpus().length >= 2 && existsSync('/usr/bin/taskset');
const pin = (core: number, argv: string[]) =>
  PINNED
    ? (['/usr/bin/taskset', ['-c', String(core), ...argv]] as const)
    : ([argv[0] ?? '', argv.slice(1)] as const);

export async function start(
  args: string[],
  env: Record<string, string>,
  core: number | null = null,
): Promise<{ url: string; child: ChildProcess }> {
  const [cmd, argv] =
    core === null ? [process.execPath, args] : pin(core, [process.execPath, ...args]);
  const child = spawn(cmd, argv, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m =
        /"msg":"listening"[^\n]*"url":"([^"]+)"/.exec(out) ??
        /"url":"([^"]+)"[^\n]*"msg":"listening"/.exec(out);
      if (m?.[1]) {
        child.stdout?.off('data', onData);
        child.stdout?.resume(); // keep draining the request log
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  return { url, child };
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** CPU seconds a process has used (user + system), from /proc; NaN where there is none. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in USER_HZ
  } catch {
    return NaN;
  }
}

export interface Measured extends LoadResult {
  /** The server's CPU during the run, as a share of one core (1 = one core busy). */
  readonly serverCpu: number;
  /** The load client's CPU, as a share of one core. */
  readonly clientCpu: number;
  /**
   * The server's CPU per request, in ms: what a request costs the server whatever else the
   * machine is doing (a busy machine lowers req/s, not this much). PostgreSQL's own CPU is
   * not in it.
   */
  readonly serverMsPerRequest: number;
}

/** Drives `job` from a pinned process of its own, measuring the server's CPU meanwhile. */
async function drive(server: ChildProcess, job: Job): Promise<Measured> {
  const cpu0 = cpuSeconds(server.pid);
  const [cmd, argv] = pin(1, [
    process.execPath,
    '--import',
    'tsx',
    join(ROOT, 'bench/load/drive.ts'),
    JSON.stringify(job),
  ]);
  const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`load client exited ${code}`);
  const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Driven;
  const used = cpuSeconds(server.pid) - cpu0;
  return {
    ...r,
    serverCpu: used / r.seconds,
    clientCpu: r.clientCpuS / r.seconds,
    serverMsPerRequest: (used * 1000) / Math.max(1, r.requests),
  };
}

export interface Row {
  name: string;
  /** The closed-loop run. */
  result: Measured;
  /** Sets stored after both runs (null for the baseline), against acknowledged in both. */
  stored: number | null;
  acknowledged: number;
  /** The same server at a fixed 1,000 requests a second, after the closed-loop run. */
  paced: Measured | null;
}

export interface Options {
  readonly seconds: number;
  readonly clients: number;
  /** Lifters (each with its own token) the clients act as; default 16. */
  readonly users?: number;
  /** The checkout whose build is measured (default this one). */
  readonly root?: string;
}

async function api(o: Options, where: string, env: Record<string, string>, name: string) {
  const root = o.root ?? ROOT;
  const { url, child } = await start(
    [join(root, 'bin/thrust.js'), 'serve', '--multi-user', '--port', '0'],
    env,
    0,
  );
  try {
    const tokens = await lifters(where, o.users ?? 16);
    for (const token of tokens) {
      const r = await fetch(`${url}/api/v1/profile`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ units: 'lb', start: '2025-01-01' }),
      });
      if (!r.ok) throw new Error(`profile: ${r.status} ${await r.text()}`);
    }
    const job = { url: `${url}/api/v1/sets`, clients: o.clients, tokens };
    const result = await drive(child, { ...job, seconds: o.seconds });
    const paced = await drive(child, { ...job, seconds: Math.min(10, o.seconds), rate: 1000 });
    const stored = await storedSets(where);
    return { name, result, stored, acknowledged: result.acknowledged + paced.acknowledged, paced };
  } finally {
    await stop(child);
  }
}

/** The baseline, then SQLite, then PostgreSQL when a server is named. */
export async function run(o: Options): Promise<Row[]> {
  const rows: Row[] = [];
  const hello = await start(['--import', 'tsx', 'bench/load/hello-server.ts'], {}, 0);
  try {
    const job = { url: `${hello.url}/hello`, clients: o.clients, tokens: [] };
    rows.push({
      name: 'hello-world Hono route (baseline)',
      result: await drive(hello.child, { ...job, seconds: o.seconds }),
      stored: null,
      acknowledged: 0,
      paced: await drive(hello.child, { ...job, seconds: Math.min(10, o.seconds), rate: 1000 }),
    });
  } finally {
    await stop(hello.child);
  }
  const dir = mkdtempSync(join(tmpdir(), 'thrust-load-'));
  try {
    const file = join(dir, 'load.db');
    const env = { THRUST_DB: file, HOME: dir };
    rows.push(await api(o, file, env, 'POST /api/v1/sets, SQLite'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (base) {
    const db = await freshDatabase(base, 'thrust_bench');
    try {
      const env = { DATABASE_URL: db.url, HOME: tmpdir() };
      rows.push(await api(o, db.url, env, 'POST /api/v1/sets, PostgreSQL'));
    } finally {
      await db.drop();
    }
  }
  return rows;
}

/** True when every set acknowledged is stored, no more and no fewer, in every run. */
export const nothingLost = (rows: readonly Row[]) =>
  rows.every((r) => r.stored === null || r.stored === r.acknowledged);

const pct = (x: number) => `${Math.round(x * 100)}%`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const o = {
    seconds: arg('seconds', 15),
    clients: arg('clients', 64),
    users: arg('users', 16),
    ...(process.argv.includes('--root') && {
      root: process.argv[process.argv.indexOf('--root') + 1] ?? ROOT,
    }),
  };
  const loadBefore = Repeat.showLoad();
  const runs = await Repeat.times(arg('runs', 1), () => run(o));
  const first = runs[0] ?? [];
  console.log(
    `\nAPI load: ${o.clients} clients as ${o.users} lifters, ${o.seconds} s closed loop then 1,000 req/s paced, on loopback (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}); build: ${o.root ?? ROOT}`,
  );
  console.log(
    PINNED
      ? `Server pinned to core 0, load client to core 1 (taskset)${cpus().length === 2 ? '; with only 2 cores PostgreSQL shares them with both' : ''}.`
      : 'Not pinned: taskset or a second core is missing, so client and server share the cores.',
  );
  console.log(`${loadBefore} at the start, ${Repeat.showLoad()} at the end\n`);
  console.log(
    '| target | req/s | ratio to baseline | p50 ms | p99 ms | server CPU | server CPU ms a request | client CPU | p99 ms at 1k req/s (achieved req/s) | acknowledged = stored |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const [i, r] of first.entries()) {
    const of = (pick: (row: Row, rs: Row[]) => number) =>
      Repeat.spread(runs.map((rs) => pick(rs[i] as Row, rs)));
    const show = (s: Repeat.Spread, d: number) => Repeat.show(s, '', d).replace(/ \(1 run\)/, '');
    const rps = of((row) => row.result.perSecond);
    const ratio = of((row, rs) => row.result.perSecond / (rs[0]?.result.perSecond ?? 1));
    const paced = r.paced
      ? `${show(
          of((row) => row.paced?.p99 ?? NaN),
          1,
        )} (${show(
          of((row) => row.paced?.perSecond ?? NaN),
          0,
        )})`
      : '-';
    const acks = runs.map((rs) => rs[i] as Row);
    const kept =
      r.stored === null ? '-' : acks.map((row) => `${row.acknowledged} = ${row.stored}`).join(', ');
    console.log(
      `| ${r.name} | ${show(rps, 0)} | ${show(ratio, 2)} | ${show(
        of((row) => row.result.p50),
        2,
      )} | ${show(
        of((row) => row.result.p99),
        1,
      )} | ${pct(of((row) => row.result.serverCpu).median)} | ${show(
        of((row) => row.result.serverMsPerRequest),
        2,
      )} | ${pct(of((row) => row.result.clientCpu).median)} | ${paced} | ${kept} |`,
    );
  }
  if (!process.env.BENCH_DATABASE_URL && !process.env.TEST_DATABASE_URL)
    console.log('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL.');
  const ok = runs.every(nothingLost);
  console.log(
    ok
      ? '\nStored equals acknowledged in every run on every engine.'
      : '\nSTORED != ACKNOWLEDGED: sets were lost or doubled.',
  );
  if (!ok) process.exitCode = 1;
}
