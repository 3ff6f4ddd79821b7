/** `thrust today`, `next`, `log`, `edit`, `undo`, `history` (and `session`, session.ts). */
import type { Command } from 'commander';
import { Option } from 'commander';
import { today as todayOf, type Deps } from '../../app/deps.js';
import * as Training from '../../app/training.js';
import { Dates, Log, type Units } from '../../domain/index.js';
import { printJson, unwrap, withDeps, type GlobalOptions } from '../context.js';
import { EXIT, Exit } from '../exit.js';
import { checkLoads } from '../loads.js';
import * as Notation from '../notation.js';
import * as Render from '../render/index.js';
import * as Why from '../render/today.js';
import * as SessionCmd from './session.js';

interface LogFlags {
  left?: boolean;
  right?: boolean;
  both?: boolean;
  clean?: boolean;
  felt?: string;
  rpe?: string;
  rir?: string;
  hold?: string;
  band?: string;
  note?: string;
  warmup?: boolean;
  activation?: boolean;
  custom?: boolean;
  date?: string;
  json?: boolean;
}

function number(flag: string, s: string | undefined): number | null {
  if (s === undefined) return null;
  const n = Number(s);
  if (s.trim() === '' || !Number.isFinite(n))
    throw new Exit(EXIT.data, `${flag}: "${s}" is not a number`);
  return n;
}

function sides(f: LogFlags): (('left' | 'right') | null)[] {
  if (f.both || (f.left && f.right)) return ['left', 'right'];
  if (f.left) return ['left'];
  if (f.right) return ['right'];
  return [null];
}

async function unitsOf(deps: Deps): Promise<Units.Unit> {
  return (await deps.store.getProfile(deps.user))?.units ?? 'lb';
}

/** Resolve the short id shown by `thrust history` to a full set id. */
async function resolveId(deps: Deps, prefix: string): Promise<string> {
  if (prefix.length >= 36) return prefix;
  const ids = (await deps.store.sessions(deps.user))
    .flatMap((s) => s.sets.map((x) => x.id))
    .filter((id) => id.startsWith(prefix));
  if (ids.length === 1 && ids[0]) return ids[0];
  if (ids.length === 0)
    throw new Exit(EXIT.data, `No set with id ${prefix}. \`thrust history\` shows set ids.`);
  throw new Exit(EXIT.data, `"${prefix}" matches ${ids.length} sets; give more of the id.`);
}

export function register(program: Command, global: () => GlobalOptions): void {
  program
    .command('today')
    .description(
      'What to lift today: warm-up, ramp sets with plates, work sets, holds, last time, cues, gear, and why each load.',
    )
    .option('--date <date>', 'show another day, YYYY-MM-DD')
    .option(
      '--why',
      'where each number comes from: the seed rule, study or convention behind every set, rep, hold and load',
    )
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  thrust today\n  thrust today --date 2026-12-02\n  thrust today --why',
    )
    .action(async (opts: { date?: string; why?: boolean; json?: boolean }) => {
      await withDeps(global(), async (deps) => {
        const { today, snapshot } = unwrap(await Training.todayView(deps, opts.date));
        const profile = snapshot.profile;
        if (opts.why) {
          if (opts.json) return printJson({ ...today, why: Why.whyOf(today, profile) });
          return console.log(Why.why(today, profile));
        }
        if (opts.json) return printJson(today);
        console.log(Render.today(today, profile.units));
      });
    });

  program
    .command('next')
    .description('The next session not yet logged, with the loads the log now calls for.')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  thrust next')
    .action(async (opts: { json?: boolean }) => {
      await withDeps(global(), async (deps) => {
        const n = unwrap(await Training.next(deps));
        if (opts.json) return printJson(n);
        if (!n.day)
          return console.log(
            'No sessions left in this plan. `thrust plan --new` starts the next one.',
          );
        const unit = await unitsOf(deps);
        console.log(
          `Next: ${Dates.formatShort(n.day.date)} (${n.day.date}) · week ${n.day.week} · ${n.day.title}\n`,
        );
        for (const [i, it] of n.items.entries())
          console.log([...Render.item(it, i + 1, unit).slice(0, 3), ''].join('\n'));
      });
    });

  program
    .command('log')
    .description(
      'Log sets: `thrust log EXERCISE SETS...` (e.g. 3x12@95), or with no arguments walk today’s session set by set.',
    )
    .argument(
      '[exercise]',
      'exercise id, name or alias, e.g. hip-thrust, single-leg-hip-thrust, "Squat (Barbell)"',
    )
    .argument('[sets...]', Notation.NOTATION_HELP)
    .option(
      '--clean',
      'every rep had full range and a real squeeze at the top (needed for a load increase, R8)',
    )
    .option('--left', 'single-leg work: the left side')
    .option('--right', 'single-leg work: the right side')
    .option('--both', 'single-leg work: the same sets on each side')
    .option('--hold <seconds>', 'seconds held at the top')
    .addOption(new Option('--felt <where>', 'where you felt it').choices([...Log.FELT]))
    .option(
      '--rpe <n>',
      'rate of perceived exertion on the 1-10 scale (10 = no rep left; 8 = about 2 left)',
    )
    .option('--rir <n>', 'reps in reserve, 0-10')
    .addOption(new Option('--band <level>', 'band level').choices(['light', 'medium', 'heavy']))
    .option('--note <text>', 'a note on these sets')
    .option('--warmup', 'warm-up sets: kept in the log, never counted for progression')
    .option(
      '--activation',
      'the banded activation warm-up (R4): credited to it, not to the working sets of the same exercise',
    )
    .option(
      '--custom',
      'a lift the catalogue lacks: log it as your own exercise (charted in history and stats, never prescribed)',
    )
    .option('--date <date>', 'the day it was lifted, YYYY-MM-DD (default today; not in the future)')
    .option('--json', 'print the stored sets and any records beaten as JSON')
    .addHelpText(
      'after',
      `
Examples:
  thrust log hip-thrust 3x12@95 --clean
  thrust log hip-thrust 12@95 11@95 10@95 --clean --felt hamstrings
  thrust log single-leg-hip-thrust 2x10 --left --clean
  thrust log squat 3x5@225 --rpe 8 --date 2026-11-23
  thrust log banded-hip-thrust 3x15 --activation --clean
  thrust log "Bulgarian Split Squat" 3x10@30 --clean
  thrust log "Cossack Squat" 3x8@40 --custom       your own exercise
  thrust log                                  walk today's session set by set

A set that beats a record (the heaviest set, the estimated 1RM, or the most reps at a
load) says so. \`thrust exercises\` lists the catalogue.`,
    )
    .action(async (exercise: string | undefined, setTexts: string[], f: LogFlags) => {
      await withDeps(global(), async (deps) => {
        if (!exercise) {
          if (!process.stdin.isTTY)
            throw new Exit(
              EXIT.usage,
              'log: name an exercise and sets, e.g. thrust log hip-thrust 3x12@95 --clean (the interactive mode needs a terminal)',
            );
          // The walk's module loads only when a walk starts, not on every start of the CLI.
          const { interactive } = await import('./walk.js');
          return interactive(deps, f.date ?? todayOf(deps));
        }
        if (setTexts.length === 0)
          throw new Exit(
            EXIT.usage,
            `log: give the sets after the exercise, as ${Notation.NOTATION_HELP}`,
          );
        const unit = await unitsOf(deps);
        const common = {
          clean: f.clean ?? false,
          holdSeconds: number('--hold', f.hold),
          felt: (f.felt ?? null) as Log.Felt | null,
          rpe: number('--rpe', f.rpe),
          rir: number('--rir', f.rir),
          band: (f.band ?? null) as 'light' | 'medium' | 'heavy' | null,
          note: f.note ?? null,
          warmup: f.warmup ?? false,
          track: f.activation ? 'activation' : null,
        };
        const sets = setTexts.flatMap((text, i) => {
          const parsed = Notation.parse(text, unit);
          if (!parsed.ok) throw new Exit(EXIT.data, `sets[${i}]: ${parsed.error}`);
          return sides(f).flatMap((side) =>
            parsed.value.reps.map((reps) => ({ ...common, load: parsed.value.load, reps, side })),
          );
        });
        checkLoads(
          exercise,
          sets.map((s) => s.load),
        );
        const r = unwrap(
          await Training.log(deps, {
            exercise,
            ...(f.date !== undefined && { date: f.date }),
            ...(f.custom && { custom: true }),
            sets,
          }),
        );
        if (f.json) return printJson(r);
        console.log(Render.Sets.logged(r, unit, await deps.store.exerciseNames(deps.user)));
      });
    });

  program
    .command('edit')
    .description(
      'Correct a logged set (id from `thrust history`); the next prescription follows the corrected log.',
    )
    .argument('<id>', 'set id, or its first characters')
    .option('--load <load>', 'e.g. 100 or 45kg')
    .option('--reps <n>', 'reps done')
    .option('--clean', 'mark clean form')
    .option('--no-clean', 'mark not clean')
    .option('--left', 'left side')
    .option('--right', 'right side')
    .option('--hold <seconds>', 'seconds held at the top')
    .addOption(new Option('--felt <where>', 'where you felt it').choices([...Log.FELT]))
    .option('--rpe <n>', 'rate of perceived exertion on the 1-10 scale (10 = no rep left)')
    .option('--note <text>', 'note')
    .option('--json', 'print the set as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  thrust edit 3f2a9c1b --reps 10\n  thrust edit 3f2a9c1b --load 95 --clean',
    )
    .action(
      async (
        id: string,
        f: {
          load?: string;
          reps?: string;
          clean?: boolean;
          left?: boolean;
          right?: boolean;
          hold?: string;
          felt?: string;
          rpe?: string;
          note?: string;
          json?: boolean;
        },
      ) => {
        await withDeps(global(), async (deps) => {
          const unit = await unitsOf(deps);
          let load: Units.Load | undefined;
          if (f.load !== undefined) {
            const parsed = Notation.parse(`1@${f.load}`, unit);
            if (!parsed.ok)
              throw new Exit(
                EXIT.data,
                `--load: "${f.load}" should be a number with an optional unit, e.g. 100 or 45kg`,
              );
            load = parsed.value.load;
          }
          const patch = {
            ...(load && { load }),
            ...(f.reps !== undefined && { reps: number('--reps', f.reps) ?? 0 }),
            ...(f.clean !== undefined && { clean: f.clean }),
            ...(f.left && { side: 'left' as const }),
            ...(f.right && { side: 'right' as const }),
            ...(f.hold !== undefined && { holdSeconds: number('--hold', f.hold) }),
            ...(f.felt !== undefined && { felt: f.felt as Log.Felt }),
            ...(f.rpe !== undefined && { rpe: number('--rpe', f.rpe) }),
            ...(f.note !== undefined && { note: f.note }),
          };
          if (Object.keys(patch).length === 0)
            throw new Exit(
              EXIT.usage,
              'edit: nothing to change: give at least one of --load, --reps, --clean or --no-clean, --left or --right, --hold, --felt, --rpe, --note',
            );
          const set = unwrap(await Training.edit(deps, await resolveId(deps, id), patch));
          if (f.json) return printJson(set);
          console.log(
            `Corrected: ${Render.Sets.set(set, unit, await deps.store.exerciseNames(deps.user))}`,
          );
        });
      },
    );

  program
    .command('undo')
    .description('Remove the most recently logged set (or the set with the given id).')
    .argument('[id]', 'set id, or its first characters')
    .option('--json', 'print the removed set as JSON')
    .addHelpText('after', '\nExamples:\n  thrust undo\n  thrust undo 3f2a9c1b')
    .action(async (id: string | undefined, f: { json?: boolean }) => {
      await withDeps(global(), async (deps) => {
        const set = unwrap(await Training.undo(deps, id ? await resolveId(deps, id) : undefined));
        if (f.json) return printJson(set);
        console.log(
          `Removed: ${Render.Sets.set(set, await unitsOf(deps), await deps.store.exerciseNames(deps.user))}`,
        );
      });
    });

  program
    .command('history')
    .description(
      'Logged sessions, newest first: when each started and ended (from its first and last set), and set ids for `edit` and `undo`.',
    )
    .argument('[exercise]', 'only this exercise')
    .option('--since <date>', 'from this day on, YYYY-MM-DD')
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  thrust history\n  thrust history hip-thrust --since 2026-10-01',
    )
    .action(async (exercise: string | undefined, f: { since?: string; json?: boolean }) => {
      await withDeps(global(), async (deps) => {
        const sessions = unwrap(
          await Training.history(deps, {
            ...(exercise !== undefined && { exercise }),
            ...(f.since !== undefined && { since: f.since }),
          }),
        );
        if (f.json) return printJson(sessions);
        console.log(
          Render.Sets.sessions(
            sessions,
            await unitsOf(deps),
            await deps.store.exerciseNames(deps.user),
          ),
        );
      });
    });

  SessionCmd.register(program, global);
}
