/**
 * Cold start: the wall time of `thrust today` (a fresh process reading the SQLite file and
 * printing the session) against `node -e 0` measured the same way in the same run.
 * Goal (issue 18): at most 2.0 times `node -e 0`.
 *
 * Each round starts the two commands in turn (node, thrust, node, thrust, ...) so both see
 * the same load on the machine, and takes the ratio of their medians; the figure is the
 * median of the rounds, with min-max.
 *
 * Beside it, the CPU time each process reports for itself: on a busy machine the wall time
 * mostly measures waiting for a core, the CPU time much less so. And the floor: the least any
 * `thrust today` on Node does (bench/startup-floor.mjs: load the SQLite addon, read and parse
 * the profile and the plan, print), measured the same way, so the part of the goal that is
 * out of any CLI's hands on this machine is shown beside it.
 *
 *   npx tsx bench/startup.bench.ts [rounds] [runs per round]
 *   THRUST_ROOT=/other/checkout npx tsx bench/startup.bench.ts   (another build)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Repeat from './repeat.js';

const BIN = join(process.env.THRUST_ROOT ?? join(import.meta.dirname, '..'), 'bin', 'thrust.js');
const FLOOR = join(import.meta.dirname, 'startup-floor.mjs');

// Preloaded into both commands: writes the process's own CPU time (user + system, µs) at
// exit, which a busy machine stretches far less than the wall time.
const CPU_AT_EXIT = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); writeSync(2, 'cpu:' + (u.user + u.system) + '\\n'); });",
)}`;

export const GOAL = 2.0;

/** Wall time of one run, and the CPU time the process reports for itself (both in ms). */
function once(
  args: string[],
  env: NodeJS.ProcessEnv,
  withCpu = false,
): { wall: number; cpu: number } {
  const argv = withCpu ? ['--import', CPU_AT_EXIT, ...args] : args;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
  const cpu = /cpu:(\d+)/.exec(r.stderr.toString())?.[1];
  return { wall, cpu: cpu ? Number(cpu) / 1000 : NaN };
}
const wall = (args: string[], env: NodeJS.ProcessEnv) => once(args, env).wall;

export interface Startup {
  readonly todayMs: Repeat.Spread;
  readonly nodeMs: Repeat.Spread;
  readonly ratio: Repeat.Spread;
  /** CPU time (user + system) of each, and their ratio: less moved by a busy machine. */
  readonly todayCpuMs: Repeat.Spread;
  readonly nodeCpuMs: Repeat.Spread;
  readonly cpuRatio: Repeat.Spread;
  /** The floor (startup-floor.mjs), and its ratio to `node -e 0`. */
  readonly floorMs: Repeat.Spread;
  readonly floorRatio: Repeat.Spread;
}

export function run(rounds = 5, perRound = 7): Startup {
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
    const node = ['-e', '0'];
    const today = [BIN, 'today'];
    const floor = [FLOOR, join(dir, 'data', 'thrust', 'thrust.db')];
    // Two of each to warm the file cache, not counted.
    for (let i = 0; i < 2; i++) {
      wall(node, env);
      wall(today, env);
      wall(floor, env);
    }
    const each = Repeat.timesSync(rounds, () => {
      const pairs = Repeat.timesSync(perRound, () => ({
        node: wall(node, env),
        today: wall(today, env),
        floor: wall(floor, env),
      }));
      const cpu = Repeat.timesSync(perRound, () => ({
        node: once(node, env, true).cpu,
        today: once(today, env, true).cpu,
      }));
      return {
        node: Repeat.of(pairs, (p) => p.node).median,
        today: Repeat.of(pairs, (p) => p.today).median,
        nodeCpu: Repeat.of(cpu, (p) => p.node).median,
        todayCpu: Repeat.of(cpu, (p) => p.today).median,
        floor: Repeat.of(pairs, (p) => p.floor).median,
      };
    });
    return {
      todayMs: Repeat.of(each, (r) => r.today),
      nodeMs: Repeat.of(each, (r) => r.node),
      ratio: Repeat.ratio(
        each,
        (r) => r.today,
        (r) => r.node,
      ),
      todayCpuMs: Repeat.of(each, (r) => r.todayCpu),
      nodeCpuMs: Repeat.of(each, (r) => r.nodeCpu),
      cpuRatio: Repeat.ratio(
        each,
        (r) => r.todayCpu,
        (r) => r.nodeCpu,
      ),
      floorMs: Repeat.of(each, (r) => r.floor),
      floorRatio: Repeat.ratio(
        each,
        (r) => r.floor,
        (r) => r.node,
      ),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const load = Repeat.showLoad();
  const r = run(Number(process.argv[2] ?? 5), Number(process.argv[3] ?? 7));
  console.log(
    `wall: thrust today ${Repeat.show(r.todayMs, ' ms', 0)}, node -e 0 ${Repeat.show(r.nodeMs, ' ms', 0)}: ${Repeat.show(r.ratio, 'x', 2)} (goal <= ${GOAL.toFixed(1)}x)\n` +
      `CPU:  thrust today ${Repeat.show(r.todayCpuMs, ' ms', 0)}, node -e 0 ${Repeat.show(r.nodeCpuMs, ' ms', 0)}: ${Repeat.show(r.cpuRatio, 'x', 2)}\n` +
      `floor (SQLite addon, read and parse profile and plan): ${Repeat.show(r.floorMs, ' ms', 0)}: ${Repeat.show(r.floorRatio, 'x', 2)} node -e 0\n` +
      `${load} before, ${Repeat.showLoad()} after`,
  );
}
