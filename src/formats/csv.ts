/**
 * CSV text to rows, each with the file line it starts on (quoted fields may span lines).
 * papaparse handles quotes, doubled quotes and embedded newlines; the delimiter is read from
 * the header line alone, so that damaged rows further down cannot change how the header
 * splits.
 */
import Papa from 'papaparse';

export interface Row {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface Table {
  readonly delimiter: string;
  readonly header: readonly string[];
  /** The line the header is on (blank lines before it are skipped). */
  readonly headerLine: number;
  readonly rows: readonly Row[];
  /**
   * How many lines were each wrapped in one pair of quotes, with their own quotes doubled,
   * as a spreadsheet round trip can leave a Strong export; they are read unwrapped.
   */
  readonly unwrapped: number;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The candidate that occurs most often outside quotes in `line`; a comma when none does. */
export function sniffDelimiter(line: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(ch))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

function rowsOf(body: string, delimiter: string): Row[] {
  const rows: Row[] = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter,
    step: (result) => {
      // The cursor is just past the newline that ends this row.
      const start = line;
      const end = result.meta.cursor;
      for (let i = cursor; i < end; i++) if (body.charCodeAt(i) === 10) line++;
      cursor = end;
      const cells = result.data;
      if (cells.length === 1 && cells[0]?.trim() === '') return;
      rows.push({ line: start, cells });
    },
  });
  return rows;
}

/** A single cell that holds a whole row: its own text holds the delimiter outside quotes. */
function wrapped(cells: readonly string[], delimiter: string): boolean {
  const only = cells.length === 1 ? cells[0] : undefined;
  return only !== undefined && sniffDelimiter(only) === delimiter && only.includes(delimiter);
}

function unwrap(row: Row, delimiter: string): Row {
  const inner = Papa.parse<string[]>(row.cells[0] ?? '', { delimiter }).data;
  return { line: row.line, cells: inner.flat() };
}

export function parse(text: string): Table {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = /^(?:[ \t]*\r?\n)*([^\r\n]*)/.exec(body)?.[1] ?? '';
  let delimiter = sniffDelimiter(first);
  let rows = rowsOf(body, delimiter);
  let unwrapped = 0;
  // A header wrapped whole: its one cell is the real header; take the delimiter from it.
  const head = rows[0];
  if (head && head.cells.length === 1) {
    const inner = head.cells[0] ?? '';
    const d = sniffDelimiter(inner);
    if (inner.includes(d)) {
      delimiter = d;
      rows = rowsOf(body, delimiter);
    }
  }
  rows = rows.map((r) => {
    if (!wrapped(r.cells, delimiter)) return r;
    unwrapped++;
    return unwrap(r, delimiter);
  });
  const [header, ...data] = rows;
  return {
    delimiter,
    header: header ? header.cells.map((c) => c.trim()) : [],
    headerLine: header?.line ?? 1,
    rows: data,
    unwrapped,
  };
}
