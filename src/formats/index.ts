/** Read an exported file from another app: detect the format by its header, map by name. */
import { err, ok, type Result } from '../domain/result.js';
import { Dates } from '../domain/index.js';
import { Columns, RowError, shown } from './columns.js';
import * as Csv from './csv.js';
import * as FitNotes from './fitnotes.js';
import * as Hevy from './hevy.js';
import { problem, type Options, type Parsed, type Problem } from './model.js';
import * as Strong from './strong.js';
import * as Units from './units.js';

export * from './model.js';
export { decode, type Decoded, type Encoding } from './encoding.js';
export { fromLibrary, hevyName, strongName } from './library.js';
export { readUnit, askUnit, type UnitReading } from './units.js';

const DELIMITER_NAMES: Record<string, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'vertical bars',
};

/**
 * A line with no delimiter under a header with several columns is not a row of this table
 * (text pasted below the export, a damaged line): refused by line, saying what a row is.
 */
function badLine(table: Csv.Table, file: string): Problem | null {
  if (table.header.length < 3) return null;
  const row = table.rows.find((r) => r.cells.length === 1);
  if (!row) return null;
  return problem(
    file,
    row.line,
    null,
    `expected a row of ${table.header.length} fields separated by ${DELIMITER_NAMES[table.delimiter] ?? table.delimiter} like the header on line ${table.headerLine}, found ${shown(row.cells[0] ?? '')}`,
  );
}

/** Rows dated after tomorrow (a day's grace for time zones): a wrong clock or date order. */
function futureWarning(p: Parsed, file: string, today: Dates.IsoDate): string | null {
  const limit = Dates.addDays(today, 1);
  const future = p.sets.filter((s) => s.date > limit);
  const first = future[0];
  if (!first) return null;
  return `${future.length} ${future.length === 1 ? 'set is' : 'sets are'} dated after today (${today}), the first at ${file}:${first.line} (${first.date}): check the phone's date, or the date order (--date-order).`;
}

function readTable(
  table: Csv.Table,
  c: Columns,
  file: string,
  opts: Options,
): Result<Omit<Parsed, 'warnings'> & { warnings: string[] }, Problem> {
  if (Hevy.detect(c)) return ok(Hevy.read(table, c, opts));
  if (Strong.detect(c)) {
    if (!Strong.needsUnit(c)) return ok(Strong.read(table, c, opts, null));
    const weight = Strong.weightColumn(c);
    const loads = table.rows.map((r) => ({
      exercise: c.text(r, 'Exercise Name'),
      value: Math.round((c.number(r, weight) ?? 0) * 1000) / 1000,
    }));
    // A file of bodyweight sets only needs no unit: 0 is 0 in either.
    const unit =
      opts.units ?? (loads.every((l) => l.value === 0) ? (opts.lifterUnits ?? 'kg') : null);
    if (unit) return ok(Strong.read(table, c, opts, unit));
    return err(
      problem(file, table.headerLine, c.col(weight), Units.askUnit(Units.readUnit(loads))),
    );
  }
  if (FitNotes.detect(c)) return ok(FitNotes.read(table, c, opts));
  return err(
    problem(
      file,
      table.headerLine,
      null,
      `not an export Thrust knows: expected a Strong, Hevy or FitNotes header, found ${shown(table.header.join(table.delimiter), 80)}`,
    ),
  );
}

export function read(text: string, file: string, opts: Options = {}): Result<Parsed, Problem> {
  const table = Csv.parse(text);
  const c = new Columns(table.header, file);
  try {
    const r = readTable(table, c, file, opts);
    if (!r.ok) return r;
    const bad = badLine(table, file);
    if (bad) return err(bad);
    const p = r.value;
    const today = opts.today ?? new Date().toISOString().slice(0, 10);
    const future = futureWarning(p, file, today);
    const unwrapped =
      table.unwrapped > 0
        ? `${table.unwrapped} lines were each wrapped in one pair of quotes (as a spreadsheet can leave a file) and were read unwrapped.`
        : null;
    return ok({
      ...p,
      warnings: [...p.warnings, ...(unwrapped ? [unwrapped] : []), ...(future ? [future] : [])],
    });
  } catch (e) {
    if (e instanceof RowError) {
      // A junk line can fail a column check first: say what the line is instead.
      const bad = badLine(table, file);
      return err(bad && bad.line <= e.problem.line ? bad : e.problem);
    }
    throw e;
  }
}
