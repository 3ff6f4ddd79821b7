/** `thrust measure` and `thrust test`. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import * as Body from '../../app/body.js';
import { today as todayOf } from '../../app/deps.js';
import { Analytics, Body as BodyRules, Dates, Units } from '../../domain/index.js';
import { count } from '../render/count.js';
import { spark } from '../render/spark.js';
import { printJson, unwrap, withDeps, type GlobalOptions } from '../context.js';
import { EXIT, Exit } from '../exit.js';

function num(flag: string, s: string): number {
  const n = Number(s);
  if (s.trim() === '' || !Number.isFinite(n))
    throw new Exit(EXIT.data, `${flag}: "${s}" is not a number`);
  return n;
}

export function register(program: Command, global: () => GlobalOptions): void {
  program
    .command('measure')
    .description(
      'Record a measurement (hip circumference by default, R9) and see its trend; with no value, say when the monthly one is due.',
    )
    .argument('[value]', 'the measurement, e.g. 98.5')
    .option(
      '--kind <name>',
      'hip-circumference (default), bodyweight, waist, thigh, or your own',
      'hip-circumference',
    )
    .option(
      '--unit <unit>',
      'cm or in for lengths, kg or lb for bodyweight (default from your units)',
    )
    .option('--date <date>', 'YYYY-MM-DD (default today)')
    .option('--note <text>', 'a note')
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  thrust measure 98.5\n  thrust measure 38.5 --unit in\n  thrust measure 150 --kind bodyweight --unit lb\n  thrust measure           is the monthly hip measurement due?',
    )
    .action(
      async (
        value: string | undefined,
        f: { kind: string; unit?: string; date?: string; note?: string; json?: boolean },
      ) => {
        await withDeps(global(), async (deps) => {
          if (value === undefined) {
            const series = await deps.store.measurements(deps.user, Body.HIP);
            const due = Body.hipDue(series, todayOf(deps));
            if (f.json) return printJson({ ...due, series });
            console.log(
              due.last
                ? `Last hip measurement ${due.last} (${due.daysSince} days ago): ${due.due ? 'due now' : 'not due yet'} (monthly, R9).`
                : 'No hip measurement yet: take one now (monthly, R9), e.g. `thrust measure 98.5`.',
            );
            if (due.due) console.log(`How: ${BodyRules.HIP_PROTOCOL}`);
            return;
          }
          const r = unwrap(
            await Body.measure(deps, {
              kind: f.kind,
              value: num('value', value),
              ...(f.unit !== undefined && { unit: f.unit }),
              ...(f.date !== undefined && { date: f.date }),
              note: f.note ?? null,
            }),
          );
          if (f.json) return printJson(r);
          console.log(
            `Recorded ${r.added.kind} ${r.added.value} ${r.added.unit} on ${Dates.formatShort(r.added.date)}.`,
          );
          // One series, one unit: measurements taken in another unit are converted for it.
          const same = BodyRules.inOneUnit(r.series);
          const t = Analytics.Measurements.trend(same);
          if (t.change !== null && t.first && t.latest) {
            const round = (x: number) => Units.roundForDisplay(x, 1);
            const unit = same[0]?.unit ?? r.added.unit;
            const perMonth = t.perMonth !== null ? ` (${round(t.perMonth)} a month)` : '';
            const verdict = t.real
              ? 'more than tape-measure error'
              : `within tape-measure error (a change under about ${round(t.smallestRealDifference ?? 0)} ${unit} can be noise; look at the 3-6 month trend, with body weight and waist beside it)`;
            console.log(
              `${t.first.date} to ${t.latest.date}: ${t.change >= 0 ? '+' : ''}${round(t.change)} ${unit}${perMonth}, ${verdict}.`,
            );
            console.log(
              `${spark(same.map((m) => m.value))}  ${same
                .slice(-6)
                .map((m) => `${m.date} ${m.value}`)
                .join(', ')}`,
            );
          }
        });
      },
    );

  program
    .command('test')
    .description('Record a sprint or vertical jump test (R11), beside your lifts.')
    .argument('<kind>', 'sprint or jump')
    .argument('<result>', 'sprint: seconds (e.g. 3.42); jump: height (e.g. 45)')
    .option('--distance <metres>', 'sprint distance in metres', '20')
    .option('--unit <unit>', 'jump height in cm or in', 'cm')
    .option('--date <date>', 'YYYY-MM-DD (default today)')
    .option('--note <text>', 'a note')
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  thrust test sprint 3.42 --distance 20\n  thrust test jump 45 --unit cm',
    )
    .action(
      async (
        kind: string,
        result: string,
        f: { distance: string; unit: string; date?: string; note?: string; json?: boolean },
      ) => {
        await withDeps(global(), async (deps) => {
          const date = f.date !== undefined ? { date: f.date } : {};
          const note = f.note ?? null;
          let input: Parameters<typeof Body.recordTest>[1];
          if (kind === 'sprint')
            input = {
              kind: 'sprint',
              seconds: num('result', result),
              distanceM: num('--distance', f.distance),
              ...date,
              note,
            };
          else if (kind === 'jump' || kind === 'vertical-jump')
            input = {
              kind: 'vertical-jump',
              height: num('result', result),
              unit: f.unit as 'cm' | 'in',
              ...date,
              note,
            };
          else throw new Exit(EXIT.usage, `test: kind must be sprint or jump, not "${kind}"`);
          const r = unwrap(await Body.recordTest(deps, input));
          if (f.json) return printJson(r);
          const what =
            r.added.kind === 'sprint'
              ? `${r.added.distanceM} m sprint in ${r.added.value} s`
              : `vertical jump of ${r.added.value} ${r.added.unit}`;
          console.log(`Recorded a ${what} on ${Dates.formatShort(r.added.date)}.`);
          if (r.series.length > 1)
            console.log(
              r.series
                .slice(-6)
                .map((t) => `  ${t.date}  ${t.value} ${t.unit}`)
                .join('\n'),
            );
        });
      },
    );

  program
    .command('photo')
    .description(
      'Keep a progress photo (R9): Thrust records the file’s path and date; the file stays where it is.',
    )
    .argument('[file]', 'the image (jpg, png, heic, webp); with none, list the photos by month')
    .option('--date <date>', 'the day it was taken, YYYY-MM-DD (default today)')
    .option('--note <text>', 'a note')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExamples:\n  thrust photo ~/Pictures/glutes-side.jpg\n  thrust photo')
    .action(
      async (file: string | undefined, f: { date?: string; note?: string; json?: boolean }) => {
        await withDeps(global(), async (deps) => {
          if (file === undefined) {
            const all = await deps.store.photos(deps.user);
            if (f.json) return printJson(all);
            if (all.length === 0)
              return console.log(
                'No photos yet: `thrust photo FILE` keeps one (monthly, beside the hip measurement, R9).',
              );
            for (const p of all)
              console.log(
                `${p.date}  ${p.path}${p.note ? `  "${p.note}"` : ''}${existsSync(p.path) ? '' : '  (file missing)'}`,
              );
            return;
          }
          const path = resolve(file);
          if (!existsSync(path)) throw new Exit(EXIT.data, `${file}: no such file`);
          const r = unwrap(
            await Body.addPhoto(deps, {
              path,
              ...(f.date !== undefined && { date: f.date }),
              note: f.note ?? null,
            }),
          );
          if (f.json) return printJson(r);
          console.log(
            `Kept ${r.added.path} for ${r.added.date} (${count(r.all.length, 'photo')}).`,
          );
        });
      },
    );
}
