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

interface InitFlags {
  name?: string;
  units?: string;
  goal?: string;
  days?: string;
  weekdays?: string;
  barbell: boolean;
  bar?: string;
  plates?: string;
  dumbbells?: string;
  cable: boolean;
  bands?: string;
  gear?: string;
  working?: string;
  compounds?: boolean;
  start?: string;
  yes?: boolean;
  force?: boolean;
  json?: boolean;
}

const list = (s: string | undefined): string[] | undefined =>
  s === undefined
    ? undefined
    : s.toLowerCase() === 'none'
      ? []
      : s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean);

function num(flag: string, s: string): number {
  const n = Number(s);
  if (s.trim() === '' || !Number.isFinite(n))
    throw new Exit(EXIT.data, `${flag}: "${s}" is not a number`);
  return n;
}

/** "45x6,25x2,2.5x2": plate weight x pairs. */
function plates(s: string): { weight: number; pairs: number }[] {
  return s.split(',').map((p) => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*x\s*(\d+)\s*$/i.exec(p);
    if (!m)
      throw new Exit(
        EXIT.data,
        `--plates: "${p}" should be WEIGHTxPAIRS, e.g. 45x6,25x2,10x2,5x2,2.5x2`,
      );
    return { weight: Number(m[1]), pairs: Number(m[2]) };
  });
}

/** "5-120/5" (lightest-heaviest/step) or "none". */
function dumbbells(s: string): { min: number; max: number; step: number } | null {
  if (s.toLowerCase() === 'none') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(s);
  if (!m)
    throw new Exit(
      EXIT.data,
      `--dumbbells: "${s}" should be LIGHTEST-HEAVIEST/STEP, e.g. 5-120/5, or none`,
    );
  return { min: Number(m[1]), max: Number(m[2]), step: Number(m[3]) };
}

/** "95x12" or "unknown". */
function working(s: string): { load: number; reps: number } | null {
  if (['unknown', 'none', "don't know", 'dont-know'].includes(s.toLowerCase())) return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*x\s*(\d+)\s*$/i.exec(s);
  if (!m)
    throw new Exit(EXIT.data, `--working: "${s}" should be LOADxREPS, e.g. 95x12, or unknown`);
  return { load: Number(m[1]), reps: Number(m[2]) };
}

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

/** Ask for what the flags did not say, on a terminal. */
async function ask(f: InitFlags): Promise<InitFlags> {
  const p = await import('@clack/prompts');
  const stop = (v: unknown): v is symbol => p.isCancel(v);
  p.intro('Thrust: a few questions to build your plan');
  const out = { ...f };
  if (!f.units) {
    const v = await p.select({
      message: 'Units',
      options: [
        { value: 'lb', label: 'pounds (lb)' },
        { value: 'kg', label: 'kilograms (kg)' },
      ],
    });
    if (stop(v)) throw new Exit(EXIT.usage, 'cancelled');
    out.units = v;
  }
  if (!f.goal) {
    const v = await p.select({
      message: 'Goal',
      options: Profile.GOALS.map((g) => ({ value: g, label: Profile.GOAL_NAMES[g] })),
    });
    if (stop(v)) throw new Exit(EXIT.usage, 'cancelled');
    out.goal = v;
  }
  if (!f.days) {
    const v = await p.select({
      message: 'Sessions a week',
      options: [
        { value: '3', label: '3 (Mon, Wed, Fri)' },
        { value: '2', label: '2 (Mon, Thu)' },
      ],
    });
    if (stop(v)) throw new Exit(EXIT.usage, 'cancelled');
    out.days = v;
  }
  if (f.working === undefined) {
    const v = await p.text({
      message: `A recent hip thrust working set as LOADxREPS in ${out.units ?? 'lb'} (e.g. 95x12), or leave empty if you don't know`,
      defaultValue: 'unknown',
      placeholder: 'unknown',
    });
    if (stop(v)) throw new Exit(EXIT.usage, 'cancelled');
    out.working = v;
  }
  if (f.gear === undefined) {
    const v = await p.multiselect({
      message: 'Gear you own',
      options: Equipment.GEAR.map((g) => ({ value: g, label: Equipment.GEAR_NAMES[g] })),
      initialValues: [...Equipment.GEAR],
      required: false,
    });
    if (stop(v)) throw new Exit(EXIT.usage, 'cancelled');
    out.gear = v.length ? v.join(',') : 'none';
  }
  p.outro('Building your plan.');
  return out;
}

export function register(program: Command, global: () => GlobalOptions): void {
  program
    .command('init')
    .description('Set up your profile and plan. Asks on a terminal; every answer is also a flag.')
    .option('--name <name>', 'your name', undefined)
    .addOption(new Option('--units <unit>', 'units for loads').choices(['lb', 'kg']))
    .addOption(
      new Option(
        '--goal <goal>',
        'glutes (hip thrust first), accessory (after squats/deadlifts), athletic (sprint/jump)',
      ).choices([...Profile.GOALS]),
    )
    .addOption(new Option('--days <n>', 'sessions a week').choices(['2', '3']))
    .option('--weekdays <list>', 'training weekdays, e.g. mon,thu or mon,wed,fri')
    .option('--no-barbell', 'no barbell: hip thrusts with dumbbells (or a band)')
    .option('--bar <weight>', 'bar weight (default 45 lb / 20 kg)')
    .option(
      '--plates <list>',
      'plates as WEIGHTxPAIRS, e.g. 45x6,25x2,10x2,5x2,2.5x2 (default: a full gym); the smallest pair sets the smallest step, so 1.25x1 lets a light bar rise by 2.5 lb, nearer the 2-10% research suggests',
    )
    .option('--dumbbells <range>', 'dumbbells as LIGHTEST-HEAVIEST/STEP, e.g. 5-120/5, or none')
    .option('--no-cable', 'no cable machine')
    .option('--bands <list>', 'hip circle band levels owned: light,medium,heavy or none')
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
    .option('-y, --yes', 'do not ask: use the defaults for anything not given')
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

${EvidenceText.goals()}`,
    )
    .action(async (flags: InitFlags) => {
      const interactive = !flags.yes && process.stdin.isTTY && process.stdout.isTTY;
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
      const f = interactive ? await ask(flags) : flags;
      const answers: Setup.Answers = {
        ...(f.name !== undefined && { name: f.name }),
        ...(f.units !== undefined && { units: f.units as 'lb' | 'kg' }),
        ...(f.goal !== undefined && { goal: f.goal as Profile.Goal }),
        ...(f.days !== undefined && { sessionsPerWeek: Number(f.days) as 2 | 3 }),
        ...(f.weekdays !== undefined && { weekdays: list(f.weekdays) as never }),
        barbell: f.barbell,
        ...(f.bar !== undefined && { bar: num('--bar', f.bar) }),
        ...(f.plates !== undefined && { plates: plates(f.plates) }),
        ...(f.dumbbells !== undefined && { dumbbells: dumbbells(f.dumbbells) }),
        cable: f.cable,
        ...(f.bands !== undefined && { bands: list(f.bands) as never }),
        ...(f.gear !== undefined && { gear: list(f.gear) as never }),
        ...(f.working !== undefined && { working: working(f.working) }),
        ...(f.compounds !== undefined && { compounds: f.compounds }),
        ...(f.start !== undefined && { start: f.start }),
      };
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
    .addOption(new Option('--days <n>', 'with --new: sessions a week').choices(['2', '3']))
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
                ...(opts.days !== undefined && { sessionsPerWeek: Number(opts.days) as 2 | 3 }),
                ...(opts.weekdays !== undefined && { weekdays: list(opts.weekdays) as never }),
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
