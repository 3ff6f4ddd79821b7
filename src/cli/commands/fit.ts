/** `thrust export --format fit` and `--format fit-workout`: Garmin FIT files on disk. */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { today, type Deps } from '../../app/deps.js';
import { printJson, unwrap } from '../context.js';
import { checkDate } from '../dates.js';
import { EXIT, Exit } from '../exit.js';

export interface FitFlags {
  readonly format: 'fit' | 'fit-workout';
  readonly out?: string;
  readonly session?: string;
  readonly from?: string;
  readonly to?: string;
  readonly date?: string;
  readonly json?: boolean;
}

// Garmin's SDK loads only when a FIT file is asked for.
const fit = () => import('../../app/fit.js');
const reports = () => import('../../formats/fit.js');

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The flags that go with each FIT format, refused with the other formats in one place. */
export function checkFitFlags(f: Omit<FitFlags, 'format'> & { format: string }): void {
  if (f.json && f.format !== 'fit' && f.format !== 'fit-workout')
    throw new Exit(EXIT.usage, '--json goes with --format fit or fit-workout.');
  const ranged = f.session !== undefined || f.from !== undefined || f.to !== undefined;
  if (f.format !== 'fit' && ranged)
    throw new Exit(EXIT.usage, '--session, --from and --to go with --format fit only.');
  if (f.format !== 'fit-workout' && f.date !== undefined)
    throw new Exit(EXIT.usage, '--date goes with --format fit-workout only (fit takes --session).');
  if (f.format !== 'fit') return;
  if (f.session !== undefined && (f.from !== undefined || f.to !== undefined))
    throw new Exit(EXIT.usage, '--format fit: give --session DATE or --from/--to, not both.');
  if (f.session === undefined && f.from === undefined)
    throw new Exit(
      EXIT.usage,
      '--format fit needs --session DATE (one session) or --from DATE [--to DATE] (one file per session).',
    );
}

/** Write the FIT file(s) the flags ask for; print where, and what went where. */
export async function exportFit(deps: Deps, f: FitFlags): Promise<void> {
  const app = await fit();
  if (f.format === 'fit-workout') {
    const w = unwrap(await app.workout(deps, f.date));
    const out = f.out ?? w.filename;
    const path = isFolder(out) ? join(out, w.filename) : out;
    writeFileSync(path, w.bytes);
    if (f.json) return printJson({ file: path, date: w.date, title: w.title, steps: w.steps });
    const sets = w.steps.filter((s) => s.kind !== 'rest').length;
    console.log(
      `Wrote ${path}: ${w.title} on ${w.date}, ${sets} set${sets === 1 ? '' : 's'} with rests between. Copy it to the watch's NewFiles folder (GARMIN/NewFiles over USB).`,
    );
    return;
  }
  const { describe } = await reports();
  if (f.session !== undefined) {
    const one = unwrap(await app.session(deps, checkDate('--session', f.session), 'session'));
    const out = f.out ?? one.filename;
    const path = isFolder(out) ? join(out, one.filename) : out;
    writeFileSync(path, one.bytes);
    if (f.json) return printJson({ files: [{ file: path, ...one.report }] });
    console.log(`Wrote ${path}.`);
    for (const line of describe(one.report)) console.log(`  ${line}`);
    return;
  }
  const dir = f.out ?? '.';
  if (!isFolder(dir))
    throw new Exit(
      EXIT.data,
      `--out ${dir}: with --from/--to, --out is a folder for one file per session, and there is no such folder (mkdir it first).`,
    );
  const from = f.from ?? '';
  const to = f.to ?? today(deps);
  const files = unwrap(await app.sessions(deps, from, to));
  const written = files.map((x) => {
    const path = join(dir, x.filename);
    writeFileSync(path, x.bytes);
    return { file: path, ...x.report };
  });
  if (f.json) return printJson({ files: written });
  console.log(
    `Wrote ${written.length} FIT activit${written.length === 1 ? 'y' : 'ies'} to ${dir}, one per session from ${from} to ${to}:`,
  );
  for (const w of written) {
    console.log(`  ${w.file}`);
    for (const line of describe(w)) console.log(`    ${line}`);
  }
}
