/**
 * Cold start: the wall time of `thrust today` (a fresh process reading the SQLite file and
 * printing the session) against `node -e 0` measured the same way in the same run.
 * Goal (issue 18): at most 2.0 times `node -e 0`.
 *
 * Each round starts the two commands in turn (node, thrust, node, thrust, ...) so both see
 * the same load on the machine, and takes the ratio of their medians; the figure is the
 * median of the rounds, with min-max.
 *
 *   npx tsx bench/startup.bench.ts [rounds] [runs per round]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Repeat from './repeat.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');

export const GOAL = 2.0;

function wall(args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return performance.now() - t0;
}

export interface Startup {
  readonly todayMs: Repeat.Spread;
  readonly nodeMs: Repeat.Spread;
  readonly ratio: Repeat.Spread;
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
    // Two of each to warm the file cache, not counted.
    for (let i = 0; i < 2; i++) {
      wall(node, env);
      wall(today, env);
    }
    const each = Repeat.timesSync(rounds, () => {
      const pairs = Repeat.timesSync(perRound, () => ({
        node: wall(node, env),
        today: wall(today, env),
      }));
      return {
        node: Repeat.of(pairs, (p) => p.node).median,
        today: Repeat.of(pairs, (p) => p.today).median,
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
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const load = Repeat.showLoad();
  const r = run(Number(process.argv[2] ?? 5), Number(process.argv[3] ?? 7));
  console.log(
    `thrust today ${Repeat.show(r.todayMs, ' ms', 0)}, node -e 0 ${Repeat.show(r.nodeMs, ' ms', 0)}: ${Repeat.show(r.ratio, 'x', 2)} (goal <= ${GOAL.toFixed(1)}x); ${load} before, ${Repeat.showLoad()} after`,
  );
}
