/**
 * A fair server: how fast `thrust serve` (SQLite, local mode) answers /api/v1/health while
 * one lifter imports a 30 MB Strong export, beside the same requests with nothing else
 * running, in the same run. Goal (issue 17): p99 under 100 ms during the import.
 *
 *   npx tsx bench/fair.bench.ts
 *
 * Needs the build (`npm run build`): it runs bin/thrust.js.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { strongCsv } from './import.bench.js';
import { start, stop } from './load.bench.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');

function send(url: URL, method: string, path: string, type?: string, body?: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: { host: url.host, ...(type && { 'content-type': type }) },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? NaN;
};

/** /health answer times, one request every 20 ms, while `busy` says so (or `n` of them). */
async function sample(url: URL, busy: () => boolean, n = Infinity): Promise<number[]> {
  const times: number[] = [];
  while (busy() && times.length < n) {
    const t = performance.now();
    const r = await send(url, 'GET', '/api/v1/health');
    if (r.status !== 200) throw new Error(`/health answered ${r.status}`);
    times.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return times;
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-fair-bench-'));
  const { url, child } = await start([BIN, 'serve', '--port', '0'], {
    HOME: dir,
    THRUST_DB: join(dir, 'thrust.db'),
  });
  try {
    const base = new URL(url);
    const idle = await sample(base, () => true, 200);
    // About 30 MB: 470,000 rows of a Strong export.
    const csv = strongCsv(470_000);
    let importing = true;
    const t = performance.now();
    const imported = send(base, 'POST', '/api/v1/import?filename=strong.csv', 'text/csv', csv);
    void imported.finally(() => (importing = false));
    const during = await sample(base, () => importing);
    const r = await imported;
    if (r.status !== 200) throw new Error(`import answered ${r.status}: ${r.text.slice(0, 200)}`);
    return {
      megabytes: Buffer.byteLength(csv) / 1024 / 1024,
      importS: (performance.now() - t) / 1000,
      requests: during.length,
      idleP99: percentile(idle, 0.99),
      p50: percentile(during, 0.5),
      p99: percentile(during, 0.99),
      max: Math.max(...during),
    };
  } finally {
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = await run();
  console.log(
    `/health during a ${f.megabytes.toFixed(0)} MB import (${f.importS.toFixed(1)} s, ${f.requests} requests): p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, max ${f.max.toFixed(1)} ms; idle p99 ${f.idleP99.toFixed(1)} ms`,
  );
}
