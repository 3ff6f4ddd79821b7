/** `thrust init` and `thrust plan`. */
import type { Command } from 'commander';
import { Option } from 'commander';
import * as Setup from '../../app/setup.js';
import { doneDays, snapshot } from '../../app/training.js';
import { today as todayOf } from '../../app/deps.js';
import { E1rm, Equipment, Profile } from '../../domain/index.js';
import { EXIT, Exit, fromApp } from '../exit.js';
import { printJson, unwrap, withDeps, type GlobalOptions } from '../context.js';
import * as Render from '../render/index.js';
import * as EvidenceText from '../render/evidence.js';
import * as A from '../answers.js';
import { ask, type Given, type InitFlags } from './init-ask.js';

const list = (s: string | undefined): string[] | undefined =>
  s === undefined
    ? undefined
    : s.toLowerCase() === 'none'
      ? []
      : s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean);

/**
 * A profile is already set up: ask on a terminal, refuse elsewhere. The log is never
 * touched; only the profile is replaced and a new plan started.
 */
async function confirmReplace(sessions: number, interactive: boolean): Promise<void> {
  const what = `A profile is already set up here${sessions > 0 ? `, with ${sessions} logged session${sessions === 1 ? '' : 's'}` : ''}.`;
  const how =
    'To start the next plan with the same profile: `thrust plan --new` (add --goal or --days to change them).';
  if (!interactive)
    throw new Exit(
      EXIT.usage,
      `${what} \`thrust init --force\` replaces the profile and starts a new plan; the log is kept. ${how}`,
    );
  const p = await import('@clack/prompts');
  const yes = await p.confirm({
    message: `${what} Replace the profile and start a new plan? Your log is kept.`,
    initialValue: false,
  });
  if (p.isCancel(yes) || !yes) throw new Exit(EXIT.usage, `Nothing changed. ${how}`);
}

/** "10/3" (10 of the lifter's units every 3 weeks, never sooner than 2) or "off". */
function paceOf(
  s: string,
  unit: 'lb' | 'kg',
): { load: { value: number; unit: 'lb' | 'kg' }; weeks: number; minWeeks: number } | null {
  if (s.toLowerCase() === 'off') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(s);
  if (!m)
    throw new Exit(
      EXIT.data,
      `--pace: "${s}" should be LOAD/WEEKS in ${unit}, e.g. 10/3 (at most 10 ${unit} every 3 weeks), or off`,
    );
  const [load, weeks] = [Number(m[1]), Number(m[2])];
  if (load <= 0 || weeks <= 0)
    throw new Exit(EXIT.data, `--pace: "${s}" needs a load and weeks above 0, or off`);
  return { load: { value: load, unit }, weeks, minWeeks: Math.min(2, weeks) };
}

/** The band is owned when a band level is: keep --gear and --bands saying the same. */
function bandsAndGear(f: InitFlags): { bands?: Equipment.BandLevel[]; gear?: Equipment.Gear[] } {
  const gear = f.gear === undefined ? undefined : A.fromFlag('--gear', A.gearList(f.gear));
  const bands =
    f.bands !== undefined
      ? A.fromFlag('--bands', A.bandList(f.bands))
      : gear && !gear.includes('hip-circle-band')
        ? []
        : undefined;
  if (bands === undefined) return gear ? { gear } : {};
  const rest = (gear ?? Equipment.GEAR).filter((g) => g !== 'hip-circle-band');
  return { bands, gear: bands.length ? [...rest, 'hip-circle-band'] : rest };
}

/** The answers the flags (and prompts) give, each checked; exit 3 naming the flag if not. */
function answersOf(f: InitFlags): Setup.Answers {
  const unit: A.Unit = f.units === 'kg' ? 'kg' : 'lb';
  const dumbbells =
    f.dumbbells === undefined
      ? undefined
      : A.fromFlag('--dumbbells', A.dumbbellRange(f.dumbbells, unit));
  const working =
    f.working === undefined ? undefined : A.fromFlag('--working', A.workingSet(f.working, unit));
  if (working && !f.barbell && dumbbells === null)
    throw new Exit(
      EXIT.data,
      `--working: with no barbell and no dumbbells there is no load to start from (your hip thrusts go by reps and hold); leave --working out, or say what you load with (--dumbbells, or drop --no-barbell)`,
    );
  return {
    ...(f.name !== undefined && { name: f.name }),
    ...(f.units !== undefined && { units: unit }),
    ...(f.goal !== undefined && { goal: f.goal as Profile.Goal }),
    ...sessionsOf(f.days, f.weekdays),
    barbell: f.barbell,
    ...(f.bar !== undefined && { bar: A.fromFlag('--bar', A.barWeight(f.bar, unit)) }),
    ...(f.plates !== undefined && { plates: A.fromFlag('--plates', A.plateList(f.plates, unit)) }),
    ...(dumbbells !== undefined && { dumbbells }),
    cable: f.cable,
    ...bandsAndGear(f),
    ...(working !== undefined && { working }),
    ...(f.compounds !== undefined && { compounds: f.compounds }),
    ...(f.start !== undefined && { start: f.start }),
  };
}

export function register(program: Command, global: () => GlobalOptions): void {
  program
    .command('init')
    .description(
      'Set up your profile and plan. On a terminal it asks (units, goal, sessions, barbell and plates, dumbbells, bands, cable, gear, squats/deadlifts, a working set), checking each answer as you type it; every answer is also a flag, and with no terminal --yes is required.',
    )
    .option('--name <name>', 'your name', undefined)
    .addOption(new Option('--units <unit>', 'units for loads').choices(['lb', 'kg']))
    .addOption(
      new Option(
        '--goal <goal>',
        'glutes (hip thrust first), accessory (after squats/deadlifts), athletic (sprint/jump)',
      ).choices([...Profile.GOALS]),
    )
    .addOption(
      new Option('--days <n>', 'sessions a week, 1 to 6 (the seed’s 2-3)').choices(DAY_CHOICES),
    )
    .option('--weekdays <list>', 'training weekdays, e.g. mon,thu or mon,wed,fri')
    .option(
      '--no-barbell',
      'no barbell: hip thrusts with dumbbells, else a band, else single-leg with your body weight',
    )
    .option('--bar <weight>', 'bar weight (default 45 lb / 20 kg)')
    .option(
      '--plates <list>',
      'plates as WEIGHTxPAIRS, e.g. 45x6,25x2,10x2,5x2,2.5x2 (default: a full gym); the smallest pair sets the smallest step, so 1.25x1 lets a light bar rise by 2.5 lb, nearer the 2-10% research suggests',
    )
    .option('--dumbbells <range>', 'dumbbells as LIGHTEST-HEAVIEST/STEP, e.g. 5-120/5, or none')
    .option('--no-cable', 'no cable machine')
    .option(
      '--bands <list>',
      'hip circle band levels owned: light,medium,heavy, or none (then no banded exercise, not even the warm-up)',
    )
    .option('--gear <list>', `gear owned: ${Equipment.GEAR.join(',')} or none (default: all)`)
    .option(
      '--working <set>',
      'a recent hip thrust working set as LOADxREPS (e.g. 95x12), or unknown for a calibration session',
    )
    .option(
      '--compounds',
      'squats and deadlifts are in your program (default for the accessory goal)',
    )
    .option('--no-compounds', 'no squats or deadlifts')
    .option('--start <date>', 'first day of the plan, YYYY-MM-DD (default today)')
    .option(
      '-y, --yes',
      'do not ask: use the defaults (a full gym) for anything not given; needed when there is no terminal',
    )
    .option(
      '--force',
      'replace an existing profile without asking (the log is kept; a new plan starts)',
    )
    .option('--json', 'print the profile and plan as JSON')
    .addHelpText(
      'after',
      `
Examples:
  thrust init                                   ask the questions
  thrust init --yes --units lb --goal glutes --days 3 --working 95x12
  thrust init --yes --units kg --goal accessory --compounds --working unknown
  thrust init --yes --no-barbell --dumbbells 5-60/5 --gear flat-bench,hip-circle-band
  thrust init --yes --no-barbell --dumbbells none --bands light,medium --no-cable
  thrust init --yes --bands none                a barbell and no band: no banded warm-up

${EvidenceText.goals()}`,
    )
    .action(async (flags: InitFlags, command: Command) => {
      const terminal = !!process.stdin.isTTY && !!process.stdout.isTTY;
      if (!flags.yes && !terminal)
        throw new Exit(
          EXIT.usage,
          'init asks its questions on a terminal, and there is none here. Add --yes to take the defaults for whatever the flags do not say, e.g. `thrust init --yes --units kg --goal glutes --days 3 --working 60x10` (`thrust init --help` lists every answer as a flag).',
        );
      const interactive = !flags.yes;
      const given: Given = (flag) => command.getOptionValueSource(flag) === 'cli';
      // The flags given are checked before any question, so no answer is lost to them.
      answersOf(flags);
      if (!flags.force) {
        const existing = await withDeps(
          { ...global(), access: 'read' },
          async (deps) => {
            const profile = await deps.store.getProfile(deps.user);
            const sessions = profile ? (await deps.store.sessions(deps.user)).length : 0;
            return profile ? { sessions } : null;
          },
          () => null,
        );
        if (existing) await confirmReplace(existing.sessions, interactive);
      }
      const f = interactive ? await ask(flags, given) : flags;
      const answers = answersOf(f);
      await withDeps(global(), async (deps) => {
        const { profile, plan } = unwrap(await Setup.init(deps, answers));
        if (f.json) return printJson({ profile, plan });
        const first = plan.days[0];
        console.log(
          `Saved. ${Profile.GOAL_NAMES[profile.goal]}, ${profile.sessionsPerWeek} sessions a week (${plan.weekdays.join(', ')}), loads in ${profile.units}.`,
        );
        console.log(
          `Plan: ${plan.blocks.length} blocks of ${plan.blocks[0]?.weeks.length ?? 0} weeks, first session ${first?.date ?? '-'}.`,
        );
        console.log(
          profile.working
            ? `Starting from your ${profile.working.load.value} ${profile.units} x ${profile.working.reps}.`
            : 'No working load given: your first hip thrust session is a calibration session.',
        );
        console.log('Next: `thrust today`.');
      });
    });

  program
    .command('plan')
    .description(
      'Show your plan by week and day, with what is done; --new starts the next plan, every lift carrying on from your log.',
    )
    .option(
      '--new',
      'start the next plan (your log carries over; the new plan starts with nothing done)',
    )
    .addOption(
      new Option('--goal <goal>', 'with --new: change the goal').choices([...Profile.GOALS]),
    )
    .addOption(new Option('--days <n>', 'with --new: sessions a week, 1 to 6').choices(DAY_CHOICES))
    .option('--weekdays <list>', 'with --new: training weekdays, e.g. mon,wed,fri')
    .option('--start <date>', 'with --new: the first day, YYYY-MM-DD (default today)')
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  thrust plan\n  thrust plan --new\n  thrust plan --new --goal accessory --days 2 --start 2026-12-07',
    )
    .action(
      async (opts: {
        new?: boolean;
        goal?: string;
        days?: string;
        weekdays?: string;
        start?: string;
        json?: boolean;
      }) => {
        const changes = opts.goal ?? opts.days ?? opts.weekdays ?? opts.start;
        if (!opts.new && changes !== undefined)
          throw new Exit(
            EXIT.usage,
            'plan: --goal, --days, --weekdays and --start go with --new, e.g. thrust plan --new --goal accessory',
          );
        await withDeps(global(), async (deps) => {
          if (opts.new)
            unwrap(
              await Setup.newPlan(deps, {
                ...(opts.goal !== undefined && { goal: opts.goal as Profile.Goal }),
                ...sessionsOf(opts.days, opts.weekdays),
                ...(opts.start !== undefined && { start: opts.start }),
              }),
            );
          const snap = unwrap(await snapshot(deps));
          const date = todayOf(deps);
          const proposal = Setup.proposal(snap, date);
          if (opts.json) return printJson({ ...snap.plan.plan, proposal });
          console.log(Render.plan(snap.plan.plan, doneDays(snap), date));
          if (opts.new)
            console.log('\nNew plan saved. Every lift carries on from your log: `thrust today`.');
          else if (proposal)
            console.log(
              `\n${proposal.text}\nStart it: \`thrust plan --new\` (--goal, --days or --weekdays change them; for new gear, \`thrust init --force\`, which keeps your log).`,
            );
        });
      },
    );

  program
    .command('settings')
    .description(
      'Show or change how progression and stats behave; loads follow from your log at once.',
    )
    .option('--stall-after <n>', 'failed sessions in a row at one load before a deload (1-10)')
    .option('--deload <percent>', 'how much a deload takes off (0-50)')
    .addOption(
      new Option('--formula <name>', 'the e1RM formula for stats').choices(E1rm.FORMULA_IDS),
    )
    .option('--asymmetry <percent>', 'the left/right gap that puts the weaker side first (0-100)')
    .option(
      '--pace <LOAD/WEEKS|off>',
      'the fastest load may rise, in your units: e.g. 10/3 (10 every 3 weeks, the seed’s), or off',
    )
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  thrust settings\n  thrust settings --stall-after 4 --formula brzycki\n  thrust settings --pace 5/2\n  thrust settings --pace off',
    )
    .action(
      async (f: {
        stallAfter?: string;
        deload?: string;
        formula?: string;
        asymmetry?: string;
        pace?: string;
        json?: boolean;
      }) => {
        await withDeps(global(), async (deps) => {
          const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
          const newPace =
            f.pace === undefined
              ? undefined
              : paceOf(f.pace, (await deps.store.getProfile(deps.user))?.units ?? 'lb');
          const patch = {
            ...(newPace !== undefined && { pace: newPace }),
            ...(f.stallAfter !== undefined && { stallAfter: num(f.stallAfter) }),
            ...(f.deload !== undefined && { deloadPercent: num(f.deload) }),
            ...(f.formula !== undefined && { formula: f.formula }),
            ...(f.asymmetry !== undefined && { asymmetryThresholdPercent: num(f.asymmetry) }),
          };
          // With no flags this only reads (a read-only database can show its settings).
          const settings = Object.keys(patch).length
            ? unwrap(await Setup.updateSettings(deps, patch))
            : (await deps.store.getProfile(deps.user))?.settings;
          if (!settings) throw fromApp({ code: 'not-set-up' });
          if (f.json) return printJson(settings);
          const pace = settings.pace
            ? `at most ${settings.pace.load.value} ${settings.pace.load.unit} every ${settings.pace.weeks} weeks (never sooner than ${settings.pace.minWeeks})`
            : 'off: the load rises whenever every set is done';
          console.log(
            [
              `Pace:            ${pace}`,
              `Stall after:     ${settings.stallAfter} failed sessions, then a ${settings.deloadPercent}% deload`,
              `e1RM formula:    ${settings.formula}`,
              `Left/right gap:  ${settings.asymmetryThresholdPercent}% puts the weaker side first`,
            ].join('\n'),
          );
        });
      },
    );
}

const DAY_CHOICES = Profile.SESSIONS_PER_WEEK.map(String);

/** --days and --weekdays; the weekdays alone say how many sessions (tue,sat is 2 a week). */
function sessionsOf(days: string | undefined, weekdays: string | undefined) {
  const listed = weekdays === undefined ? undefined : list(weekdays);
  const count = days !== undefined ? Number(days) : listed?.length;
  return {
    ...(count !== undefined && { sessionsPerWeek: count }),
    ...(listed !== undefined && { weekdays: listed as never }),
  };
}
