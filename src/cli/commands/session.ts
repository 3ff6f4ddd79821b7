/** `thrust session move` and `thrust session delete`: a whole session at once. */
import type { Command } from 'commander';
import type { Deps } from '../../app/deps.js';
import * as Sessions from '../../app/sessions.js';
import { Catalogue, Dates } from '../../domain/index.js';
import type { StoredSession } from '../../store/port.js';
import { printJson, unwrap, withDeps, type GlobalOptions } from '../context.js';
import { EXIT, Exit } from '../exit.js';

/** "3 sets: Barbell hip thrust, Bulgarian split squat". */
function summary(s: StoredSession, own: ReadonlyMap<string, string>): string {
  const names = [...new Set(s.sets.map((x) => Catalogue.nameOf(x.exercise, own)))];
  return `${s.sets.length} set${s.sets.length === 1 ? '' : 's'}: ${names.join(', ')}`;
}

/** Asks on a terminal; elsewhere only --yes deletes. */
async function confirmDelete(deps: Deps, date: string, yes: boolean): Promise<void> {
  if (yes) return;
  const s = unwrap(await Sessions.on(deps, date));
  const what = `The session on ${Dates.formatShort(s.date)} ${s.date} has ${summary(s, await deps.store.exerciseNames(deps.user))}.`;
  if (!process.stdin.isTTY || !process.stdout.isTTY)
    throw new Exit(
      EXIT.usage,
      `${what} Deleting it cannot be undone; add --yes to delete it (there is no terminal to ask).`,
    );
  const p = await import('@clack/prompts');
  const ok = await p.confirm({
    message: `${what} Delete it and every set in it? This cannot be undone.`,
    initialValue: false,
  });
  if (p.isCancel(ok) || !ok) throw new Exit(EXIT.usage, 'Nothing deleted.');
}

export function register(program: Command, global: () => GlobalOptions): void {
  const session = program
    .command('session')
    .description(
      'A whole session at once: move it to another day, or delete it with every set in it.',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  thrust session move 2026-11-23 --to 2026-11-24\n  thrust session delete 2026-11-20 --yes',
    );

  session
    .command('move')
    .description(
      'Move the session on DATE to another day with no session (not in the future); on the plan, it counts as the session of its new day or one near it.',
    )
    .argument('<date>', 'the day the session is on now, YYYY-MM-DD')
    .requiredOption('--to <date>', 'the day it was really lifted, YYYY-MM-DD')
    .option('--json', 'print the move as JSON')
    .addHelpText('after', '\nExample:\n  thrust session move 2026-11-23 --to 2026-11-24')
    .action(async (date: string, f: { to: string; json?: boolean }) => {
      await withDeps(global(), async (deps) => {
        const m = unwrap(await Sessions.move(deps, date, f.to));
        if (f.json) return printJson(m);
        console.log(
          `Moved the session of ${Dates.formatShort(m.from)} (${m.from}) to ${Dates.formatShort(m.to)} (${m.to})${m.dayId ? `, plan day ${m.dayId}` : ', off-plan'}. Every prescription follows the log as it now stands.`,
        );
      });
    });

  session
    .command('delete')
    .description(
      'Delete the session on DATE with every set in it; asks first on a terminal, else needs --yes.',
    )
    .argument('<date>', 'the day of the session, YYYY-MM-DD')
    .option('-y, --yes', 'delete without asking')
    .option('--json', 'print the deleted session as JSON')
    .addHelpText('after', '\nExample:\n  thrust session delete 2026-11-20 --yes')
    .action(async (date: string, f: { yes?: boolean; json?: boolean }) => {
      await withDeps(global(), async (deps) => {
        await confirmDelete(deps, date, f.yes ?? false);
        const gone = unwrap(await Sessions.remove(deps, date));
        if (f.json) return printJson(gone);
        console.log(
          `Deleted the session of ${Dates.formatShort(gone.date)} (${gone.date}), ${summary(gone, await deps.store.exerciseNames(deps.user))}.`,
        );
      });
    });
}
