/**
 * CSV text to rows, each with the file line it starts on (quoted fields may span lines).
 * papaparse handles quotes, doubled quotes and embedded newlines; the delimiter is read from
 * the header line alone, so that damaged rows further down cannot change how the header
 * splits. A file is read piece by piece (`Splitter`): only whole records are handed to
 * papaparse, so memory holds a page of the file, never all of it.
 */
import Papa from 'papaparse';

export interface Row {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface Head {
  readonly delimiter: string;
  readonly header: readonly string[];
  /** The line the header is on (blank lines before it are skipped). */
  readonly headerLine: number;
}

export interface Table extends Head {
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

/** The rows of `body` (whole records), numbered from `first`; blank lines are left out. */
function rowsOf(body: string, delimiter: string, first: number): Row[] {
  const rows: Row[] = [];
  let cursor = 0;
  let line = first;
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

function newlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Records are parsed a page at a time, this many characters or more: small enough that a
 * page's strings and rows are collected young (under V8's large-object size).
 */
const PAGE = 48 * 1024;
/**
 * A quote left open (a damaged file) keeps a record from ending: past this much the text is
 * parsed as it stands, as a whole file of that size would be.
 */
const OPEN_QUOTE_LIMIT = 8 * 1024 * 1024;

/**
 * Text in, rows out, as the text arrives: `push` each piece, then `end`. The header is the
 * first row that is not blank; `head` is set once it has been read.
 */
export class Splitter {
  head: Head | null = null;
  unwrapped = 0;
  private buf = '';
  /** The file line `buf` starts on. */
  private line = 1;
  private scanned = 0;
  private quoted = false;
  /** Where the last whole record in `buf` ends. */
  private recordEnd = 0;
  private started = false;

  push(text: string): Row[] {
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.buf += text;
    const { buf } = this;
    for (let i = this.scanned; i < buf.length; i++) {
      const ch = buf.charCodeAt(i);
      // A record ends at a newline outside quotes; a doubled quote toggles twice.
      if (ch === 34) this.quoted = !this.quoted;
      else if (ch === 10 && !this.quoted) this.recordEnd = i + 1;
    }
    this.scanned = buf.length;
    if (this.recordEnd >= PAGE) return this.take(this.recordEnd);
    if (buf.length >= OPEN_QUOTE_LIMIT) return this.take(buf.length);
    return [];
  }

  end(): Row[] {
    return this.take(this.buf.length);
  }

  private take(upTo: number): Row[] {
    const body = this.buf.slice(0, upTo);
    this.buf = this.buf.slice(upTo);
    // What is left is the start of a record: scanned again when more text arrives.
    this.scanned = 0;
    this.quoted = false;
    this.recordEnd = 0;
    const first = this.line;
    this.line += newlines(body);
    return this.head ? this.rows(body, this.head.delimiter, first) : this.header(body, first);
  }

  private rows(body: string, delimiter: string, first: number): Row[] {
    return rowsOf(body, delimiter, first).map((r) => {
      if (!wrapped(r.cells, delimiter)) return r;
      this.unwrapped++;
      return unwrap(r, delimiter);
    });
  }

  private header(body: string, first: number): Row[] {
    const line = /^(?:[ \t]*\r?\n)*([^\r\n]*)/.exec(body)?.[1] ?? '';
    if (line.trim() === '' && body.trim() === '') return [];
    let delimiter = sniffDelimiter(line);
    let rows = rowsOf(body, delimiter, first);
    // A header wrapped whole: its one cell is the real header; take the delimiter from it.
    const top = rows[0];
    if (top && top.cells.length === 1) {
      const inner = top.cells[0] ?? '';
      const d = sniffDelimiter(inner);
      if (inner.includes(d)) {
        delimiter = d;
        rows = rowsOf(body, delimiter, first);
      }
    }
    const [header, ...data] = rows.map((r) => {
      if (!wrapped(r.cells, delimiter)) return r;
      this.unwrapped++;
      return unwrap(r, delimiter);
    });
    if (!header) return [];
    this.head = {
      delimiter,
      header: header.cells.map((c) => c.trim()),
      headerLine: header.line,
    };
    return data;
  }
}

/** A whole text at once. */
export function parse(text: string): Table {
  const s = new Splitter();
  const rows = s.push(text);
  for (const r of s.end()) rows.push(r);
  return {
    delimiter: s.head?.delimiter ?? ',',
    header: s.head?.header ?? [],
    headerLine: s.head?.headerLine ?? 1,
    rows,
    unwrapped: s.unwrapped,
  };
}
