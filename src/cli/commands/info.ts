/** `thrust status`, `thrust exercises`, `thrust demo`. */
import type { Command } from 'commander';
import * as Body from '../../app/body.js';
import { today as todayOf } from '../../app/deps.js';
import * as Training from '../../app/training.js';
import { Catalogue, Dates, Profile, Program, Today } from '../../domain/index.js';
import { lifter, only, simulate } from '../../domain/fixtures.js';
import { describe as where } from '../../store/open.js';
import { printJson, unwrap, withDeps, type GlobalOptions } from '../context.js';
import { count } from '../render/count.js';
import * as Render from '../render/index.js';

export function register(program: Command, global: () => GlobalOptions): void {
  program
    .command('status')
    .description(
      'Where your data is, your profile, plan progress, the next session, and what is due.',
    )
    .option('--json', 'print as JSON')
    .action(async (f: { json?: boolean }) => {
      const location = where({ dbPath: global().db, env: process.env });
      await withDeps(global(), async (deps) => {
        const snap = unwrap(await Training.snapshot(deps));
        const { profile, plan, sessions } = snap;
        const date = todayOf(deps);
        const done = Training.doneDays(snap);
        const sets = sessions.reduce((n, s) => n + s.sets.length, 0);
        const next = unwrap(await Training.next(deps)).day;
        const hip = Body.hipDue(await deps.store.measurements(deps.user, Body.HIP), date);
        const status = {
          database: location,
          profile: {
            name: profile.name,
            goal: profile.goal,
            units: profile.units,
            sessionsPerWeek: profile.sessionsPerWeek,
          },
          plan: {
            start: plan.plan.start,
            sessions: plan.plan.days.length,
            done: plan.plan.days.filter((d) => done.has(d.id)).length,
          },
          logged: { sessions: sessions.length, sets },
          next: next ? { date: next.date, id: next.id, title: next.title } : null,
          hipMeasurement: hip,
        };
        if (f.json) return printJson(status);
        console.log(`Data:        ${location}`);
        console.log(
          `Lifter:      ${profile.name}, ${Profile.GOAL_NAMES[profile.goal]}, loads in ${profile.units}`,
        );
        console.log(
          `Plan:        from ${plan.plan.start}, ${status.plan.done} of ${status.plan.sessions} sessions done`,
        );
        console.log(`Logged:      ${count(sessions.length, 'session')}, ${count(sets, 'set')}`);
        console.log(
          `Next:        ${next ? `${Dates.formatShort(next.date)} (${next.date}), ${next.title}` : 'plan complete: `thrust plan --new`'}`,
        );
        console.log(
          `Hip measure: ${hip.due ? 'due now (monthly, R9): `thrust measure VALUE`' : `next due in ${Body.MEASURE_EVERY_DAYS - (hip.daysSince ?? 0)} days`}`,
        );
      });
    });

  program
    .command('exercises')
    .description('The exercise catalogue: ids, names and the aliases `thrust log` accepts.')
    .option('--json', 'print as JSON')
    .action((f: { json?: boolean }) => {
      if (f.json) return printJson(Catalogue.EXERCISES);
      for (const e of Catalogue.EXERCISES) {
        console.log(
          `${e.id.padEnd(24)} ${e.name} (${e.implement}, ${e.laterality})\n${' '.repeat(25)}also: ${e.aliases.join(', ')}`,
        );
      }
    });

  program
    .command('demo')
    .description(
      'Print a sample lifter’s plan and a day’s session, computed from a simulated log (nothing is stored).',
    )
    .option('--date <date>', 'the day to show, YYYY-MM-DD', '2026-01-07')
    .option('--json', 'print the profile, plan, simulated sessions and the day as JSON')
    .addHelpText('after', '\nExamples:\n  thrust demo --date 2026-01-09\n  thrust demo --json')
    .action((opts: { date: string; json?: boolean }) => {
      const profile = lifter({
        goal: 'glutes',
        working: { exercise: 'barbell-hip-thrust', load: { value: 95, unit: 'lb' }, reps: 12 },
      });
      const plan = Program.generate(profile, '2026-01-05');
      const sessions = simulate(plan, profile, plan.days.filter((d) => d.date < opts.date).length);
      const plans = only(plan);
      const today = Today.build({ plans, profile, sessions, date: opts.date });
      if (opts.json) return printJson({ profile, plan, sessions, today });
      console.log(Render.plan(plan, Training.doneDays({ plans, sessions }), opts.date));
      console.log('');
      console.log(Render.today(today, profile.units));
    });
}
