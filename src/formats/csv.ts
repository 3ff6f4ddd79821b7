/**
 * CSV text to rows, each with the file line it starts on (quoted fields may span lines).
 * papaparse sniffs the delimiter and handles quotes, doubled quotes and embedded newlines.
 */
import Papa from 'papaparse';

export interface Row {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface Table {
  readonly delimiter: string;
  readonly header: readonly string[];
  readonly rows: readonly Row[];
}

export function parse(text: string): Table {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: Row[] = [];
  let header: string[] | null = null;
  let cursor = 0;
  let line = 1;
  let delimiter = ',';
  Papa.parse<string[]>(body, {
    delimitersToGuess: [',', ';', '\t', '|'],
    step: (result) => {
      // The cursor is just past the newline that ends this row.
      const start = line;
      const end = result.meta.cursor;
      for (let i = cursor; i < end; i++) if (body.charCodeAt(i) === 10) line++;
      cursor = end;
      delimiter = result.meta.delimiter;
      const cells = result.data;
      if (cells.length === 1 && cells[0]?.trim() === '') return;
      if (header === null) header = cells.map((c) => c.trim());
      else rows.push({ line: start, cells });
    },
  });
  return { delimiter, header: header ?? [], rows };
}
