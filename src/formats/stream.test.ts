/**
 * A file read piece by piece reads exactly as the whole text does, wherever the pieces are
 * cut: inside a quoted field, between a CR and its LF, inside a multi-byte character.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Csv from './csv.js';
import { decode, TextSource } from './encoding.js';
import * as Formats from './index.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/imports');
const files = readdirSync(FIXTURES).map((name) => ({
  name,
  text: readFileSync(join(FIXTURES, name), 'utf8'),
}));

/** Quoted newlines and doubled quotes, CRLF, a wrapped row, blank lines before the header. */
const TRICKY = [
  '',
  '   ',
  'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;Notes',
  '2026-04-08 16:50:00;Legs;Hip Thrust (Barbell);1;100;kg;8;"a ""quoted"" note',
  'over two lines; with; semicolons"',
  '"2026-04-08 16:50:00;Legs;Hip Thrust (Barbell);2;100;kg;8;""wrapped"""',
  '2026-04-08 16:50:00;Legs;Squat (Barbell);1;80;kg;5;',
].join('\r\n');

/** `text` cut at `cuts` (positions, any order), as pieces. */
function cut(text: string, cuts: readonly number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const c of at) {
    out.push(text.slice(from, c));
    from = c;
  }
  out.push(text.slice(from));
  return out;
}

function split(pieces: readonly string[]): { head: Csv.Head | null; rows: Csv.Row[] } {
  const s = new Csv.Splitter();
  const rows: Csv.Row[] = [];
  for (const p of pieces) rows.push(...s.push(p));
  rows.push(...s.end());
  return { head: s.head, rows };
}

function* bytesOf(bytes: Uint8Array, cuts: readonly number[]): Generator<Uint8Array> {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const c of at) {
    yield bytes.subarray(from, c);
    from = c;
  }
  yield bytes.subarray(from);
}

describe('reading a file piece by piece', () => {
  it('gives the rows, header and line numbers of the whole text, however it is cut', () => {
    for (const { text } of [...files, { text: TRICKY }]) {
      const whole = Csv.parse(text);
      fc.assert(
        fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
          const { head, rows } = split(cut(text, cuts));
          expect(head?.header).toEqual(whole.header);
          expect(head?.headerLine).toEqual(whole.headerLine);
          expect(rows).toEqual(whole.rows);
        }),
        { numRuns: 40 },
      );
    }
  });

  it('reads the wrapped row and the quoted note across lines', () => {
    const t = Csv.parse(TRICKY);
    expect(t.headerLine).toBe(3);
    expect(t.unwrapped).toBe(1);
    expect(t.rows.map((r) => [r.line, r.cells[3], r.cells[7]])).toEqual([
      [4, '1', 'a "quoted" note\r\nover two lines; with; semicolons'],
      [6, '2', 'wrapped'],
      [7, '1', ''],
    ]);
  });

  it('pages a large file, numbering lines across pages', () => {
    const lines = ['Date,Exercise,Category,Weight,Weight Unit,Reps'];
    for (let i = 0; i < 20_000; i++) lines.push(`2026-01-01,Hip Thrust,Legs,${i},kg,8`);
    const s = new Csv.Splitter();
    const pages = [s.push(lines.join('\n')), s.end()];
    // The text is parsed a page at a time, not all at once.
    expect(pages[0]?.length).toBeGreaterThan(0);
    expect(pages[0]?.length).toBeLessThan(20_000);
    const rows = pages.flat();
    expect(rows).toHaveLength(20_000);
    expect(rows.at(-1)).toEqual({
      line: 20_001,
      cells: ['2026-01-01', 'Hip Thrust', 'Legs', '19999', 'kg', '8'],
    });
  });

  it('decodes UTF-8, UTF-16 and Windows-1252 bytes cut anywhere as the whole bytes decode', async () => {
    const text =
      'Date,Exercise,Category,Weight,Weight Unit,Reps\n2026-01-01,Élévation — hanche “x”,Jambes,60,kg,8\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    // Windows-1252: é is E9, the dash 97, the quotes 93 and 94.
    const cp1252 = new Uint8Array(
      [...text].map(
        (ch) => ({ É: 0xc9, é: 0xe9, '—': 0x97, '“': 0x93, '”': 0x94 })[ch] ?? ch.charCodeAt(0),
      ),
    );
    const utf8 = new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf8'));
    for (const bytes of [utf8, utf16, cp1252]) {
      const whole = decode(bytes, 'x.csv');
      if (!whole.ok) throw new Error(whole.error.message);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat(), { maxLength: 8 }), async (cuts) => {
          const src = await TextSource.open(() => bytesOf(bytes, cuts), 'x.csv');
          if (!src.ok) throw new Error(src.error.message);
          let first = '';
          for await (const t of src.value.chunks()) first += t;
          // A file that is not UTF-8 is read again, as what it is, after the first reading.
          let read = first;
          if (src.value.changed) {
            read = '';
            for await (const t of src.value.chunks()) read += t;
          }
          expect(read).toBe(whole.value.text);
          expect(src.value.warning).toBe(whole.value.warning);
        }),
        { numRuns: 25 },
      );
    }
  });

  it('reads every fixture the same from bytes as from text', async () => {
    for (const { name, text } of files) {
      const opts = { units: 'lb' as const, today: '2026-11-27' };
      const fromText = await Formats.read(text, name, opts);
      const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
      const opened = await Formats.open(
        { bytes: () => bytesOf(bytes, [7, 300, 301, 5000]) },
        name,
        opts,
      );
      if (!fromText.ok) {
        // A file refused from text is refused from bytes, with the same words and place.
        const sets: unknown[] = [];
        const error = opened.ok
          ? await (async () => {
              try {
                for await (const p of opened.value.pages()) sets.push(...p);
              } catch (e) {
                if (e instanceof Formats.RowError) return e.problem;
                throw e;
              }
              return null;
            })()
          : opened.error;
        expect(error, name).toEqual(fromText.error);
        continue;
      }
      if (!opened.ok) throw new Error(`${name}: ${opened.error.message}`);
      const sets = [];
      for await (const p of opened.value.pages()) sets.push(...p);
      expect(sets, name).toEqual(fromText.value.sets);
      expect(opened.value.skipped(), name).toEqual(fromText.value.skipped);
      expect(opened.value.warnings(), name).toEqual(fromText.value.warnings);
    }
  });
});
