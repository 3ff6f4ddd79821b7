/** `thrust stats [EXERCISE]`. */
import type { Command } from 'commander';
import * as Stats from '../../app/stats.js';
import { printJson, unwrap, withDeps, type GlobalOptions } from '../context.js';
import { EXIT, Exit } from '../exit.js';
import * as Render from '../render/stats.js';

function target(s: string | undefined): { load: number; reps: number } | undefined {
  if (s === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*x\s*(\d+)\s*$/i.exec(s);
  if (!m) throw new Exit(EXIT.data, `--target: "${s}" should be LOADxREPS, e.g. 185x10`);
  return { load: Number(m[1]), reps: Number(m[2]) };
}

export function register(program: Command, global: () => GlobalOptions): void {
  program
    .command('stats')
    .description(
      'Is it working? Adherence across plans, weekly glute hard sets, each track’s trend (heavy, volume and metabolic days apart) and PRs, the projection to a target, your gain beside the seed’s reference, left/right gap, hips, tests, stalls.',
    )
    .argument('[exercise]', 'one exercise in detail: every session, rep and e1RM PRs, weekly sets')
    .option('--since <date>', 'only sessions from this day on, YYYY-MM-DD')
    .option(
      '--target <set>',
      'the target for the projection as LOADxREPS (default the seed’s 185 lb, or 85 kg, for 3x10; your heaviest dumbbell when that is lighter)',
    )
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  thrust stats\n  thrust stats --target 225x10\n  thrust stats hip-thrust --since 2026-09-01 --json',
    )
    .action(
      async (name: string | undefined, f: { since?: string; target?: string; json?: boolean }) => {
        const opts = {
          ...(f.since !== undefined && { since: f.since }),
          ...(f.target !== undefined && { target: target(f.target) }),
        };
        await withDeps(global(), async (deps) => {
          if (name) {
            const x = unwrap(await Stats.exercise(deps, name, opts));
            return f.json ? printJson(x) : console.log(Render.exercise(x));
          }
          const o = unwrap(await Stats.overview(deps, opts));
          return f.json ? printJson(o) : console.log(Render.overview(o));
        });
      },
    );
}
