/** The `thrust` command line. Commands are thin: parse, call one use case, print. */
import { Command, CommanderError } from 'commander';
import { EXIT, Exit } from './exit.js';
import { accessOf, type GlobalOptions } from './context.js';
import { checkDateOptions } from './dates.js';
import { databaseName, fromThrown } from './failures.js';
import { needed } from './commands/index.js';

const program = new Command()
  .name('thrust')
  .description(
    'Thrust: a training planner and log for the barbell hip thrust and glute training.\n' +
      'Data lives in SQLite under $XDG_DATA_HOME/thrust (or ~/.local/share/thrust), or in PostgreSQL when DATABASE_URL is set.',
  )
  .version('0.1.0')
  .option(
    '--db <path>',
    'SQLite database file (default: THRUST_DB, else the data directory); only init, import and restore create one, in a folder that exists',
  )
  .showSuggestionAfterError()
  .exitOverride()
  .addHelpText(
    'after',
    `
Start:
  thrust init                  answer a few questions (or pass them as flags)
  thrust today                 what to lift today, and why
  thrust log hip-thrust 3x12@95 --clean
  thrust next                  the next session, from your log
  thrust evidence              what research says about each rule, and where the seed overreaches

Exit codes: 0 ok, 2 usage error, 3 rejected value (a flag, a date, an --out file, a port),
4 database problem (cannot open, damaged, full, read-only), 5 not set up / nothing to do;
1 is a bug. Dates are YYYY-MM-DD, 1970-01-01 to 2099-12-31.`,
  );

// What the command about to run needs of the database: a read never creates one (context.ts).
let access: GlobalOptions['access'];
program.hook('preAction', (_program, command) => {
  access = accessOf(command.name(), command.opts());
  checkDateOptions(command.opts());
});
const global = (): GlobalOptions => ({ ...program.opts<GlobalOptions>(), access });
// Only the module of the command given is loaded (commands/index.ts lists them).
for (const m of await Promise.all(needed(process.argv.slice(2)).map((m) => m.load())))
  m.register(program, global);
for (const c of program.commands) c.exitOverride();

// A reader that stops reading (`thrust history | head`) closes the pipe: stop quietly.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw e;
  });

/** Say what failed, as a sentence with its exit code; only a bug shows a stack. */
function fail(e: unknown): void {
  if (e instanceof CommanderError) {
    // Help and version are not errors; commander has already printed the message.
    process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return;
  }
  const where = databaseName(program.opts<GlobalOptions>().db, process.env);
  const known = e instanceof Exit ? e : fromThrown(e, where);
  if (known) {
    process.stderr.write(`thrust: ${known.message}\n`);
    process.exitCode = known.code;
  } else {
    process.stderr.write(
      `thrust: unexpected error (a bug): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = EXIT.bug;
  }
}

// A failure outside the command's own promise (a server's port in use) ends the process.
process.on('uncaughtException', (e) => {
  fail(e);
  process.exit();
});

try {
  await program.parseAsync();
} catch (e) {
  fail(e);
}
