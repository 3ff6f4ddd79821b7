/** `thrust import`, `thrust export`, `thrust restore`. */
import {
  closeSync,
  createReadStream,
  fstatSync,
  openSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { Catalogue } from '../../domain/index.js';
import { printJson, unwrap, withDeps, type GlobalOptions } from '../context.js';
import { EXIT, Exit } from '../exit.js';
import { summary } from '../../formats/summary.js';
import { checkFitFlags, exportFit } from './fit.js';

// The file formats (papaparse, ics) load only when a command here runs, so that
// `thrust today` starts without them.
const transfer = () => import('../../app/transfer.js');
const backups = () => import('../../app/backup.js');

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new Exit(
      EXIT.data,
      `${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

/**
 * The file as text, whatever it was saved as (UTF-8, UTF-16, Windows-1252); a warning
 * when the encoding was a guess, and a refusal for binary files that names no bytes.
 */
async function readText(file: string): Promise<{ text: string; warning: string | null }> {
  const { decode } = await import('../../formats/encoding.js');
  const r = decode(readBytes(file), file);
  if (!r.ok) throw new Exit(EXIT.data, `${file}:${r.error.line}: ${r.error.message}`);
  return r.value;
}

/** "Glute Bridge=barbell-hip-thrust" pairs. */
function mappings(list: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of list) {
    const i = m.lastIndexOf('=');
    if (i <= 0 || i === m.length - 1)
      throw new Exit(
        EXIT.usage,
        `--map: "${m}" should be "Name in the file=exercise", e.g. "Glute Bridge=barbell-hip-thrust"`,
      );
    out[m.slice(0, i).trim()] = m.slice(i + 1).trim();
  }
  return out;
}

/** Files with more rows than this get a progress bar, on a terminal only. */
const LONG_IMPORT_ROWS = 20_000;

interface Bar {
  readonly update: (done: number, total: number) => void;
  readonly stop: () => void;
}

/** A bar that appears once the file's first reading shows it is long. */
async function progressBar(dryRun: boolean): Promise<Bar | null> {
  if (dryRun || !process.stderr.isTTY) return null;
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar(
    { format: 'Importing [{bar}] {percentage}% {value}/{total} rows', stream: process.stderr },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total) => {
      if (total <= LONG_IMPORT_ROWS) return;
      if (!started) bar.start(total, done);
      else bar.update(done);
      started = true;
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/**
 * The file's bytes 64 KB at a time, as often as the import reads it; a file that
 * cannot be opened is refused first, in a sentence.
 */
function fileBytes(file: string): () => AsyncIterable<Uint8Array> {
  try {
    const fd = openSync(file, 'r');
    try {
      if (fstatSync(fd).isDirectory())
        throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new Exit(
      EXIT.data,
      `${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  return () => createReadStream(file, { highWaterMark: 64 * 1024 });
}

export function register(program: Command, global: () => GlobalOptions): void {
  program
    .command('import')
    .description(
      'Import your history from Strong, Hevy or FitNotes (CSV export); the format is detected from the header.',
    )
    .argument('<file>', 'the exported CSV file')
    .option('--dry-run', 'show what would be imported; change nothing')
    .addOption(
      new Option(
        '--units <unit>',
        'weight unit for files and rows that do not say (Strong’s classic export); Thrust asks when it is needed',
      ).choices(['lb', 'kg']),
    )
    .addOption(
      new Option(
        '--date-order <order>',
        'for numeric dates like 04/08/2026: day first or month first',
      ).choices(['dmy', 'mdy']),
    )
    .option(
      '--map <name=exercise>',
      'treat a name in the file as a catalogue exercise (repeatable; remembered)',
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      `
Examples:
  thrust import strong.csv --dry-run
  thrust import strong_workouts.csv --units lb
  thrust import hevy.csv --map "Frog Pumps (Dumbbell)=dumbbell-hip-thrust"

Importing the newest export again is a sync: new sets are added, sets changed in the other
app (or read with another --units or --date-order) are updated or replaced, and sets that
app's earlier import stored from the file's first day on that its export no longer has are
removed; a set already logged here or imported from another app is not added twice.
--dry-run shows those counts first. The whole import is one transaction: if any row is
wrong, nothing is stored and the error names file:line:column.
Exercises Thrust does not know are kept as your own, named as written in any script; map
them with --map and import again. Strong's, Hevy's and FitNotes' names for hip thrusts,
bridges, kickbacks, squats and deadlifts map to the nearest catalogue lift by themselves.
A bodyweight row with no weight and no unit is a set at load 0. Files may be UTF-8, UTF-16
or Windows-1252 text (the report says when it read Windows-1252). A file of any size is
read 64 KB at a time, twice (first to check it, then to store it), in bounded memory.`,
    )
    .action(
      async (
        file: string,
        f: {
          dryRun?: boolean;
          units?: 'lb' | 'kg';
          dateOrder?: 'dmy' | 'mdy';
          map: string[];
          json?: boolean;
        },
      ) => {
        const bytes = fileBytes(file);
        const bar = await progressBar(!!f.dryRun);
        await withDeps(global(), async (deps) => {
          const imported = unwrap(
            await (
              await transfer()
            ).importFile(deps, {
              ...(bar && { onProgress: bar.update }),
              bytes,
              file,
              ...(f.units && { units: f.units }),
              ...(f.dateOrder && { dateOrder: f.dateOrder }),
              dryRun: !!f.dryRun,
              map: mappings(f.map),
            }),
          );
          bar?.stop();
          const r = imported;
          if (f.json) return printJson(r);
          console.log(
            `${r.dryRun ? 'Dry run: would import' : 'Imported'} ${r.format} (${r.dialect}): ${r.workouts} workout${r.workouts === 1 ? '' : 's'}, ${r.sets} set${r.sets === 1 ? '' : 's'}, ${r.firstDate ?? '-'} to ${r.lastDate ?? '-'}.`,
          );
          console.log(`  ${summary(r)}`);
          for (const e of r.exercises) {
            const where =
              e.mapped === 'custom'
                ? 'kept as your own exercise (map it with --map)'
                : `${Catalogue.nameOf(e.exercise)}${e.mapped === 'yours' ? ' (your mapping)' : ''}`;
            console.log(`  ${String(e.sets).padStart(6)}  ${e.name} -> ${where}`);
          }
          if (r.skippedRows) {
            console.log(
              `  ${r.skippedRows} ${r.skippedRows === 1 ? 'row is not a set and was' : 'rows are not sets and were'} skipped:`,
            );
            for (const s of r.skipped.slice(0, 10)) console.log(`    ${s}`);
            if (r.skippedRows > 10)
              console.log(
                `    ... and ${r.skippedRows - 10} more (--json lists ${r.skippedRows > r.skipped.length ? `the first ${r.skipped.length}` : 'all'})`,
              );
          }
          for (const w of r.warnings) console.log(`  Warning: ${w}`);
          console.log('  Imported sets are not marked clean: other apps do not record form (R8).');
        });
      },
    );

  program
    .command('export')
    .description(
      'Export everything: a lossless JSON backup, Strong or Hevy CSV, the plan as a calendar, or Garmin FIT files (a session as an activity, the next session as a watch workout).',
    )
    .addOption(
      new Option(
        '--format <format>',
        'json (backup), strong-csv, hevy-csv, ics (the plan), fit (sessions as Garmin activities) or fit-workout (the next session for a Garmin watch)',
      )
        .choices(['json', 'strong-csv', 'hevy-csv', 'ics', 'fit', 'fit-workout'])
        .default('json'),
    )
    .option(
      '--out <file>',
      'write to this file (default: standard output; FIT: a file named by date, or into this folder)',
    )
    .option('--session <date>', 'fit: the session on this day (YYYY-MM-DD)')
    .option(
      '--from <date>',
      'fit: every session from this day, one file each, into --out (a folder)',
    )
    .option('--to <date>', 'fit: with --from, the last day (default: today)')
    .option(
      '--date <date>',
      'fit-workout: the session on this day, or the next one (default: today)',
    )
    .option('--json', 'fit, fit-workout: print what was written as JSON')
    .addHelpText(
      'after',
      `
Examples:
  thrust export --out thrust-backup.json
  thrust export --format strong-csv --out strong.csv
  thrust export --format ics --out plan.ics
  thrust export --format fit --session 2026-11-20
  thrust export --format fit --from 2026-11-01 --to 2026-11-30 --out fit/
  thrust export --format fit-workout --out workout.fit

Strong and Hevy CSV use those apps' exercise names, one workout per workout at its local
start time (TZ chooses the zone), loads in your unit to 0.01, CRLF. Side, hold, clean form,
band, reps in reserve and felt ride in each set's note as [thrust ...], read back on import.

FIT (Garmin's format; upload an activity at connect.garmin.com, Import Data): each session
is a strength-training activity with a set message per set (reps, weight in kg to 1/16,
the FIT exercise category and name) and a rest between sets. What FIT's set cannot hold
(side, top hold, clean form, band, RPE, reps in reserve, felt, warm-up, notes, plan
track, the name of a lift FIT has no exercise for, written as category 'unknown') goes into
Thrust's developer fields; the command lists what went where. A set's time is when it was logged;
only timed sets have a start and a duration. fit-workout writes today's session, or the
next one not yet logged, as a workout: a step per set with its rep target and load, a rest
step between sets; copy it to the watch's GARMIN/NewFiles folder.`,
    )
    .action(
      async (f: {
        format: 'json' | 'strong-csv' | 'hevy-csv' | 'ics' | 'fit' | 'fit-workout';
        out?: string;
        session?: string;
        from?: string;
        to?: string;
        date?: string;
        json?: boolean;
      }) => {
        checkFitFlags(f);
        const format = f.format;
        await withDeps(global(), async (deps) => {
          if (format === 'fit' || format === 'fit-workout')
            return exportFit(deps, { ...f, format });
          const { text } = unwrap(await (await transfer()).exportAs(deps, format));
          if (f.out) {
            writeFileSync(f.out, text);
            console.error(`Wrote ${f.out}.`);
          } else process.stdout.write(text);
        });
      },
    );

  program
    .command('restore')
    .description('Restore a JSON backup (from `thrust export`) into an empty database.')
    .argument('<file>', 'the backup file')
    .addHelpText('after', '\nExample:\n  thrust --db restored.db restore thrust-backup.json')
    .action(async (file: string) => {
      const { text } = await readText(file);
      await withDeps(global(), async (deps) => {
        const r = unwrap(await (await backups()).restore(deps, text, file));
        console.log(`Restored ${r.sessions} sessions and ${r.sets} sets from ${file}.`);
      });
    });
}
