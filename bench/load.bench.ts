/**
 * API load: 64 clients logging sets for 30 s against `thrust serve --multi-user` on SQLite
 * and on PostgreSQL, beside a hello-world Hono route measured in the same run. Afterwards the
 * sets stored must equal the requests acknowledged, exactly. Goal (issue 8): at least half the
 * hello-world rate.
 *
 *   npx tsx bench/load.bench.ts [--seconds 30] [--clients 64]
 *
 * PostgreSQL runs when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server (a fresh
 * database is made and dropped). Needs the build (`npm run build`): it runs bin/thrust.js.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { freshDatabase } from '../src/store/engines.testkit.js';
import { load, type LoadResult } from './load/client.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROOT = join(import.meta.dirname, '..');

export async function start(
  args: string[],
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, args, {
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

const setBody = (n: number) => {
  const day = new Date(Date.UTC(2025, 0, 1) + (n % 300) * 86_400_000).toISOString().slice(0, 10);
  return JSON.stringify({
    exercise: 'hip-thrust',
    date: day,
    sets: [
      { id: randomUUID(), load: { value: 95 + (n % 10) * 5, unit: 'lb' }, reps: 10, clean: true },
    ],
  });
};

export interface Row {
  name: string;
  result: LoadResult;
  stored: number | null;
  /** The same server at a fixed 1,000 requests a second, after the closed-loop run. */
  paced: LoadResult | null;
}

export interface Options {
  readonly seconds: number;
  readonly clients: number;
}

async function api(o: Options, env: Record<string, string>, name: string): Promise<Row> {
  const { url, child } = await start(
    ['bin/thrust.js', 'serve', '--multi-user', '--port', '0'],
    env,
  );
  try {
    const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
      const r = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      return { res: r, json: (await r.json()) as Record<string, string> };
    };
    const signup = await post('/api/v1/auth/signup', {
      email: 'load@example.com',
      password: 'load test password',
    });
    const cookie = (signup.res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const token = (
      await post(
        '/api/v1/tokens',
        { label: 'load' },
        { cookie, 'x-csrf-token': signup.json.csrf ?? '' },
      )
    ).json.token;
    const auth = { authorization: `Bearer ${token}` };
    await fetch(`${url}/api/v1/profile`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ units: 'lb', start: '2025-01-01' }),
    });
    const target = { url: `${url}/api/v1/sets`, clients: o.clients, headers: auth, body: setBody };
    const result = await load({ ...target, seconds: o.seconds });
    const paced = await load({ ...target, seconds: Math.min(10, o.seconds), rate: 1000 });
    const sessions = (await (await fetch(`${url}/api/v1/sessions`, { headers: auth })).json()) as {
      sessions: { sets: unknown[] }[];
    };
    const acknowledged = result.acknowledged + paced.acknowledged;
    const stored = sessions.sessions.reduce((n, s) => n + s.sets.length, 0);
    return { name, result: { ...result, acknowledged }, stored, paced };
  } finally {
    await stop(child);
  }
}

/** The baseline, then SQLite, then PostgreSQL when a server is named. */
export async function run(o: Options): Promise<Row[]> {
  const rows: Row[] = [];
  const hello = await start(['--import', 'tsx', 'bench/load/hello-server.ts'], {});
  try {
    rows.push({
      name: 'hello-world Hono route (baseline)',
      result: await load({
        url: `${hello.url}/hello`,
        clients: o.clients,
        seconds: o.seconds,
        body: setBody,
      }),
      stored: null,
      paced: null,
    });
  } finally {
    await stop(hello.child);
  }
  const dir = mkdtempSync(join(tmpdir(), 'thrust-load-'));
  try {
    rows.push(
      await api(o, { THRUST_DB: join(dir, 'load.db'), HOME: dir }, 'POST /api/v1/sets, SQLite'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (base) {
    const db = await freshDatabase(base, 'thrust_bench');
    try {
      rows.push(
        await api(o, { DATABASE_URL: db.url, HOME: tmpdir() }, 'POST /api/v1/sets, PostgreSQL'),
      );
    } finally {
      await db.drop();
    }
  }
  return rows;
}

/** True when every set acknowledged is stored, no more and no fewer. */
export const nothingLost = (rows: readonly Row[]) =>
  rows.every((r) => r.stored === null || r.stored === r.result.acknowledged);

if (import.meta.url === `file://${process.argv[1]}`) {
  const o = { seconds: arg('seconds', 30), clients: arg('clients', 64) };
  const rows = await run(o);
  const baseline = rows[0]?.result.perSecond ?? 1;
  console.log(
    `\nAPI load: ${o.clients} clients, ${o.seconds} s each, on loopback (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version})\n`,
  );
  console.log(
    '| target | req/s | ratio | p50 ms | p99 ms | p99 ms at 1k req/s | acknowledged | stored | failed |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const x = r.result;
    console.log(
      `| ${r.name} | ${x.perSecond.toFixed(0)} | ${(x.perSecond / baseline).toFixed(2)} | ${x.p50.toFixed(2)} | ${x.p99.toFixed(2)} | ${r.paced ? r.paced.p99.toFixed(2) : '-'} | ${x.acknowledged} | ${r.stored ?? '-'} | ${x.failed + (r.paced?.failed ?? 0)} |`,
    );
  }
  if (!process.env.BENCH_DATABASE_URL && !process.env.TEST_DATABASE_URL)
    console.log('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL.');
  const ok = nothingLost(rows);
  console.log(
    ok
      ? '\nStored equals acknowledged on every engine.'
      : '\nSTORED != ACKNOWLEDGED: sets were lost or doubled.',
  );
  if (!ok) process.exitCode = 1;
}
