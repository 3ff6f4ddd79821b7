/** The `thrust` command line. Commands are thin: parse, call one use case, print. */
import { Command } from 'commander';
import { Program, Today } from '../domain/index.js';
import { lifter, simulate } from '../domain/fixtures.js';
import * as Render from './render/index.js';

const program = new Command()
  .name('thrust')
  .description('Thrust: a training planner and log for the barbell hip thrust and glute training.')
  .version('0.1.0');

program
  .command('demo')
  .description('Print a sample lifter’s plan and today’s session (no data is stored).')
  .option('--date <YYYY-MM-DD>', 'the day to show', '2026-01-07')
  .addHelpText('after', '\nExample:\n  thrust demo --date 2026-01-09')
  .action((opts: { date: string }) => {
    const profile = lifter({
      goal: 'glutes',
      working: { exercise: 'barbell-hip-thrust', load: { value: 95, unit: 'lb' }, reps: 12 },
    });
    const plan = Program.generate(profile, '2026-01-05');
    const before = plan.days.filter((d) => d.date < opts.date).length;
    const sessions = simulate(plan, profile, before);
    const done = new Set(sessions.map((s) => s.dayId ?? ''));
    console.log(Render.plan(plan, done, opts.date));
    console.log('');
    console.log(
      Render.today(Today.build({ plan, profile, sessions, date: opts.date }), profile.units),
    );
  });

await program.parseAsync();
