/**
 * Cold start: the wall time of `thrust today` (a fresh process reading the SQLite file and
 * printing the session) against `node -e 0` measured the same way in the same run.
 * Goal (issue 8): at most 2.5 times `node -e 0`.
 *
 *   npx tsx bench/startup.bench.ts [runs]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function wall(args: string[], env: NodeJS.ProcessEnv, runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
    if (i >= 2) ms.push(performance.now() - t0); // two runs to warm the file cache
  }
  return median(ms);
}

export function run(runs = 15): { todayMs: number; nodeMs: number; ratio: number } {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-startup-'));
  try {
    const env = {
      PATH: process.env.PATH,
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      THRUST_TODAY: '2026-11-02',
    };
    const init = spawnSync(process.execPath, [BIN, 'init', '--yes', '--working', '95x12'], { env });
    if (init.status !== 0) throw new Error(`init: ${init.stderr.toString()}`);
    const nodeMs = wall(['-e', '0'], env, runs);
    const todayMs = wall([BIN, 'today'], env, runs);
    return { todayMs, nodeMs, ratio: todayMs / nodeMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = run(Number(process.argv[2] ?? 15));
  console.log(
    `thrust today ${r.todayMs.toFixed(0)} ms, node -e 0 ${r.nodeMs.toFixed(0)} ms: ${r.ratio.toFixed(2)}x (goal <= 2.5x)`,
  );
}
