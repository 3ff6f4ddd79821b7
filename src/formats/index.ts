/**
 * Read an exported file from another app: detect the format by its header, map by name.
 * A file is read twice, a page at a time, so that memory holds a page and never the whole
 * file: first for what only the whole file can say (its date order, its unit, a damaged
 * line, how many rows), then to give its sets, page by page, to be stored as they come.
 */
import { err, ok, type Result } from '../domain/result.js';
import { Dates } from '../domain/index.js';
import { Columns, RowError, shown, unitOf } from './columns.js';
import * as Csv from './csv.js';
import { OrderEvidence } from './datetime.js';
import { TextSource, type Bytes } from './encoding.js';
import * as FitNotes from './fitnotes.js';
import * as Hevy from './hevy.js';
import {
  problem,
  type Evidence,
  type Format,
  type ImportedSet,
  type Options,
  type Parsed,
  type Problem,
  type RowReader,
} from './model.js';
import * as Strong from './strong.js';
import * as Units from './units.js';

export * from './model.js';
export { RowError } from './columns.js';
export { decode, TextSource, type Bytes, type Decoded, type Encoding } from './encoding.js';
export { fromLibrary, hevyName, strongName } from './library.js';
export { readUnit, askUnit, type UnitReading } from './units.js';

const DELIMITER_NAMES: Record<string, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'vertical bars',
};

/** Skipped rows listed one by one, up to this many; the rest are counted. */
const SKIPPED_LISTED = 1000;

interface Kind {
  readonly format: Format;
  /** The column whose values settle the date order. */
  readonly date: string;
  readonly make: (c: Columns, opts: Options, evidence: Evidence) => RowReader;
}

function kindOf(c: Columns): Kind | null {
  if (Hevy.detect(c)) return { format: 'hevy', date: 'start_time', make: Hevy.reader };
  if (Strong.detect(c)) return { format: 'strong', date: 'Date', make: Strong.reader };
  if (FitNotes.detect(c)) return { format: 'fitnotes', date: 'Date', make: FitNotes.reader };
  return null;
}

/**
 * The first reading: everything about the file that needs all of it, gathered a page of
 * rows at a time in bounded memory (distinct loads, first and counts only).
 */
class Survey {
  rows = 0;
  readonly dates = new OrderEvidence();
  readonly unitRows = { kg: 0, lb: 0 };
  /** Strong files with no unit column: each exercise's distinct loads, for asking the unit. */
  private readonly loads = new Map<string, Set<number>>();
  private anyLoad = false;
  /** The first fault only the whole file can place: a line that is not a row, a NUL. */
  fault: Problem | null = null;
  private c: Columns | null = null;
  kind: Kind | null = null;

  constructor(
    private readonly file: string,
    private readonly opts: Options,
  ) {}

  /** The header has been read: false when the file is no export Thrust knows. */
  start(head: Csv.Head): Problem | null {
    this.c = new Columns(head.header, this.file);
    this.kind = kindOf(this.c);
    if (this.kind) return null;
    return problem(
      this.file,
      head.headerLine,
      null,
      `not an export Thrust knows: expected a Strong, Hevy or FitNotes header, found ${shown(head.header.join(head.delimiter), 80)}`,
    );
  }

  page(rows: readonly Csv.Row[], head: Csv.Head): void {
    const { c, kind } = this;
    if (!c || !kind) return;
    this.rows += rows.length;
    const weight = kind.format === 'strong' && Strong.needsUnit(c) ? Strong.weightColumn(c) : null;
    const unitCol = c.has('Weight Unit') ? 'Weight Unit' : null;
    for (const r of rows) {
      this.dates.add(c.text(r, kind.date));
      if (unitCol) {
        const u = unitOf(c.text(r, unitCol));
        if (u) this.unitRows[u] += 1;
      }
      if (weight) this.load(r, c, weight);
      if (this.fault) continue;
      // A line with no delimiter under a header of several columns is not a row of this
      // table (text pasted below the export, a damaged line): refused by line.
      if (head.header.length >= 3 && r.cells.length === 1)
        this.fault = problem(
          this.file,
          r.line,
          null,
          `expected a row of ${head.header.length} fields separated by ${DELIMITER_NAMES[head.delimiter] ?? head.delimiter} like the header on line ${head.headerLine}, found ${shown(r.cells[0] ?? '')}`,
        );
      const nul = r.cells.findIndex((x) => x.includes('\0'));
      // PostgreSQL cannot store a NUL in text: refused here on every engine alike.
      if (nul !== -1 && !this.fault)
        this.fault = problem(
          this.file,
          r.line,
          nul + 1,
          'a NUL character (\\0), which is not text: is this the right file?',
        );
    }
  }

  private load(r: Csv.Row, c: Columns, weight: string): void {
    let value = 0;
    try {
      value = Math.round((c.number(r, weight) ?? 0) * 1000) / 1000;
    } catch {
      return; // the second reading says what is wrong with the cell, and where
    }
    if (value !== 0) this.anyLoad = true;
    const name = c.text(r, 'Exercise Name');
    let seen = this.loads.get(name);
    if (!seen) this.loads.set(name, (seen = new Set()));
    seen.add(value);
  }

  /** The evidence each row is read by, or the question a file with no unit raises. */
  evidence(head: Csv.Head): Result<Evidence, Problem> {
    const c = this.c;
    let fileUnit: 'lb' | 'kg' | null = this.opts.units ?? null;
    if (c && this.kind?.format === 'strong' && Strong.needsUnit(c) && !fileUnit) {
      // A file of bodyweight sets only needs no unit: 0 is 0 in either.
      if (this.anyLoad) {
        const loads = [...this.loads].flatMap(([exercise, values]) =>
          [...values].map((value) => ({ exercise, value })),
        );
        return err(
          problem(
            this.file,
            head.headerLine,
            c.col(Strong.weightColumn(c)),
            Units.askUnit(Units.readUnit(loads)),
          ),
        );
      }
      fileUnit = this.opts.lifterUnits ?? 'kg';
    }
    return ok({ dates: this.dates, unitRows: this.unitRows, fileUnit });
  }
}

/** A file opened for import: what its first reading found, and then its sets. */
export interface Opened {
  readonly format: Format;
  readonly dialect: string;
  /** Data rows in the file, sets or not (for a progress bar). */
  readonly rows: number;
  /**
   * The file's sets a page at a time, in file order. A row that cannot be read throws a
   * RowError naming its line: whatever stored the pages so far should be rolled back.
   */
  pages(): AsyncGenerator<ImportedSet[]>;
  /** Known once `pages` has been read to the end. */
  skipped(): readonly Problem[];
  /** How many skipped rows are left out of `skipped()`'s list. */
  skippedMore(): number;
  warnings(): readonly string[];
}

/** The text of an import: a string already in memory, or a file's bytes (read twice). */
export type Source = { readonly text: string } | { readonly bytes: () => Bytes };

/** Text as it is read, a piece at a time. */
type Pieces = AsyncIterable<string> | Iterable<string>;

/** A string handed out in pieces, as a file would be read. */
function* pieces(text: string): Generator<string> {
  const size = 64 * 1024;
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/**
 * A turn of the event loop between pages: a server answers other requests while a large
 * file is read (a page takes a few milliseconds), and the file's stream is not starved.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Rows seen as `onRows` is given them, page by page. */
async function eachPage(
  chunks: Pieces,
  onRows: (rows: Csv.Row[], head: Csv.Head) => boolean | void,
): Promise<Csv.Splitter> {
  const s = new Csv.Splitter();
  for await (const text of chunks) {
    const rows = s.push(text);
    if (s.head && onRows(rows, s.head) === false) return s;
    await breathe();
  }
  const rows = s.end();
  if (s.head) onRows(rows, s.head);
  return s;
}

async function surveyed(
  chunks: () => Pieces,
  file: string,
  opts: Options,
): Promise<Result<{ survey: Survey; head: Csv.Head; unwrapped: number }, Problem>> {
  const survey = new Survey(file, opts);
  let refused: Problem | null = null;
  let started = false;
  const s = await eachPage(chunks(), (rows, head) => {
    if (!started) {
      started = true;
      refused = survey.start(head);
      if (refused) return false;
    }
    survey.page(rows, head);
  });
  if (refused) return err(refused);
  const head = s.head ?? { delimiter: ',', header: [], headerLine: 1 };
  if (!started) {
    const none = survey.start(head);
    if (none) return err(none);
  }
  return ok({ survey, head, unwrapped: s.unwrapped });
}

/** Open a file for import: the first reading, and the sets to come. */
export async function open(
  source: Source,
  file: string,
  opts: Options = {},
): Promise<Result<Opened, Problem>> {
  let chunks: () => Pieces;
  const warnings: string[] = [];
  let first: Awaited<ReturnType<typeof surveyed>>;
  if ('text' in source) {
    chunks = () => pieces(source.text);
    first = await surveyed(chunks, file, opts);
  } else {
    const text = await TextSource.open(source.bytes, file);
    if (!text.ok) return text;
    chunks = () => text.value.chunks();
    first = await surveyed(chunks, file, opts);
    // Not UTF-8 after all: read again as what it is, before anything is read from it.
    if (text.value.changed) first = await surveyed(chunks, file, opts);
    if (text.value.warning) warnings.push(text.value.warning);
  }
  if (!first.ok) return first;
  const { survey, head, unwrapped } = first.value;
  const evidence = survey.evidence(head);
  if (!evidence.ok) return evidence;
  if (survey.fault) return err(survey.fault);
  const kind = survey.kind;
  if (!kind) throw new Error('formats: a survey without a format');
  const c = new Columns(head.header, file);
  let reader: RowReader;
  try {
    reader = kind.make(c, opts, evidence.value);
  } catch (e) {
    if (e instanceof RowError) return err(e.problem);
    throw e;
  }
  if (unwrapped > 0)
    warnings.push(
      `${unwrapped} lines were each wrapped in one pair of quotes (as a spreadsheet can leave a file) and were read unwrapped.`,
    );
  warnings.push(...reader.warnings);
  const skipped: Problem[] = [];
  let more = 0;
  const drain = () => {
    for (const p of reader.skipped.splice(0)) {
      if (skipped.length < SKIPPED_LISTED) skipped.push(p);
      else more += 1;
    }
  };
  // Rows dated after tomorrow (a day's grace for time zones): a wrong clock or date order.
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const limit = Dates.addDays(today, 1);
  let future = 0;
  let firstFuture: ImportedSet | null = null;
  const watch = (sets: ImportedSet[]) => {
    for (const s of sets)
      if (s.date > limit) {
        future += 1;
        firstFuture ??= s;
      }
    drain();
    return sets;
  };
  let done = false;
  return ok({
    format: kind.format,
    dialect: reader.dialect,
    rows: survey.rows,
    async *pages() {
      const s = new Csv.Splitter();
      for await (const text of chunks()) {
        const rows = s.push(text);
        if (rows.length > 0) yield watch(reader.read(rows));
        await breathe();
      }
      yield watch([...reader.read(s.end()), ...reader.end()]);
      done = true;
    },
    skipped: () => skipped,
    skippedMore: () => more,
    warnings: () => {
      const f = firstFuture;
      if (!done || !f) return warnings;
      return [
        ...warnings,
        `${future} ${future === 1 ? 'set is' : 'sets are'} dated after today (${today}), the first at ${file}:${f.line} (${f.date}): check the phone's date, or the date order (--date-order).`,
      ];
    },
  });
}

/** A whole file in memory, read at once (tests, small files): the same rules as `open`. */
export async function read(
  text: string,
  file: string,
  opts: Options = {},
): Promise<Result<Parsed, Problem>> {
  const opened = await open({ text }, file, opts);
  if (!opened.ok) return opened;
  const sets: ImportedSet[] = [];
  try {
    for await (const page of opened.value.pages()) for (const s of page) sets.push(s);
  } catch (e) {
    if (e instanceof RowError) return err(e.problem);
    throw e;
  }
  return ok({
    format: opened.value.format,
    dialect: opened.value.dialect,
    sets,
    skipped: opened.value.skipped(),
    warnings: opened.value.warnings(),
  });
}
