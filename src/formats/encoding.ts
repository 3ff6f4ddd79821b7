/**
 * Bytes of an exported file to text. Apps and spreadsheets save CSV as UTF-8 (with or without
 * a byte order mark), as UTF-16 (Excel's "Unicode Text", little- or big-endian) or in the
 * Windows code page; the encoding is decided from the bytes, since the file never says.
 */
import { err, ok, type Result } from '../domain/result.js';
import { problem, type Problem } from './model.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file's bytes as they are read (a stream), or already in pieces. */
export type Bytes = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
  /** Said in the import report when the encoding was a guess (Windows-1252). */
  readonly warning: string | null;
}

/** How much of the file the sniffing looks at: enough for a header and a few hundred rows. */
const SAMPLE = 64 * 1024;

export function decode(bytes: Uint8Array, file: string): Result<Decoded, Problem> {
  const sniffed = sniff(bytes, file);
  if (!sniffed.ok) return sniffed;
  const { encoding, skip } = sniffed.value;
  return encoding === 'utf-8'
    ? utf8(bytes.subarray(skip), file)
    : utf16(bytes.subarray(skip), encoding, file);
}

/**
 * The encoding a file's first bytes point to (UTF-8 until the whole file is seen: see
 * `utf8`), with the length of its byte order mark; or why it is not a text file.
 */
export function sniff(
  head: Uint8Array,
  file: string,
): Result<{ encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; skip: number }, Problem> {
  const [a, b, c] = [head[0], head[1], head[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return ok({ encoding: 'utf-8', skip: 3 });
  if (a === 0xff && b === 0xfe) return ok({ encoding: 'utf-16le', skip: 2 });
  if (a === 0xfe && b === 0xff) return ok({ encoding: 'utf-16be', skip: 2 });
  const binary = signature(head);
  if (binary) return err(notText(file, 1, binary));
  const order = utf16Order(head);
  if (order) return ok({ encoding: order, skip: 0 });
  const nul = head.subarray(0, SAMPLE).indexOf(0);
  if (nul !== -1)
    return err(notText(file, lineAt(head, nul), 'it has NUL bytes, as binary files do'));
  if (mostlyControl(head))
    return err(notText(file, 1, 'most of its first bytes are control characters'));
  return ok({ encoding: 'utf-8', skip: 0 });
}

/**
 * A file read piece by piece as text, as many times as asked (an import reads it twice:
 * once for what the whole file says, once to store it). UTF-8 is confirmed by the first
 * whole reading; a file that turns out not to be is read as Windows-1252 from then on,
 * with the same warning `decode` gives.
 */
export class TextSource {
  private encoding: Encoding;
  private bad = 0;
  private wide = 0;
  private confirmed = false;
  warning: string | null = null;

  private constructor(
    private readonly bytes: () => Bytes,
    private readonly file: string,
    sniffed: 'utf-8' | 'utf-16le' | 'utf-16be',
    private readonly skip: number,
  ) {
    this.encoding = sniffed;
    this.confirmed = sniffed !== 'utf-8';
  }

  static async open(bytes: () => Bytes, file: string): Promise<Result<TextSource, Problem>> {
    let head: Uint8Array = new Uint8Array(0);
    for await (const chunk of bytes()) {
      head = concat(head, chunk);
      if (head.length >= SAMPLE) break;
    }
    const sniffed = sniff(head, file);
    if (!sniffed.ok) return sniffed;
    if (sniffed.value.encoding !== 'utf-8') {
      const start = new TextDecoder(sniffed.value.encoding).decode(
        head.subarray(sniffed.value.skip, SAMPLE),
      );
      const bad = firstControl(start);
      if (bad !== -1)
        return err(
          notText(
            file,
            lineOf(start, bad),
            `it starts like ${sniffed.value.encoding} text but has control bytes`,
          ),
        );
    }
    return ok(new TextSource(bytes, file, sniffed.value.encoding, sniffed.value.skip));
  }

  /** The text, a piece at a time. */
  async *chunks(): AsyncGenerator<string> {
    const counting = !this.confirmed;
    const cp1252 = this.encoding === 'windows-1252';
    const decoder = new TextDecoder(cp1252 ? 'windows-1252' : this.encoding, { ignoreBOM: true });
    let skip = this.skip;
    for await (const chunk of this.bytes()) {
      const bytes = skip > 0 ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
      skip -= chunk.length - bytes.length;
      const text = decoder.decode(bytes, { stream: true });
      if (counting) this.count(text);
      yield cp1252 ? fromC1(text) : text;
    }
    const rest = decoder.decode();
    if (counting) this.count(rest);
    if (rest) yield cp1252 ? fromC1(rest) : rest;
    if (counting) this.settle();
  }

  /** Whether a first reading changed the encoding, so what was read must be read again. */
  get changed(): boolean {
    return this.encoding === 'windows-1252';
  }

  private count(text: string): void {
    // ASCII text (most exports) has neither: checked natively before any loop.
    if (!/[\u0080-\uffff]/.test(text)) return;
    for (const ch of text) {
      if (ch === '\ufffd') this.bad++;
      else if (ch.charCodeAt(0) > 0x7f) this.wide++;
    }
  }

  private settle(): void {
    this.confirmed = true;
    if (this.bad === 0) return;
    // The same rule as `utf8`: mostly well-formed UTF-8 is UTF-8 with a few damaged bytes.
    if (this.wide > this.bad) {
      this.warning = damaged(this.file, this.bad);
      return;
    }
    this.encoding = 'windows-1252';
    this.warning = notUtf8(this.file);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const damaged = (file: string, bad: number) =>
  `${file} is UTF-8 but for ${bad} damaged ${bad === 1 ? 'character' : 'characters'}, read as "\ufffd".`;

const notUtf8 = (file: string) =>
  `${file} is not UTF-8, so it was read as Windows-1252 (Western European); if names look wrong, save the file as UTF-8 and import again.`;

function utf8(bytes: Uint8Array, file: string): Result<Decoded, Problem> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return ok({ text, encoding: 'utf-8', warning: null });
  } catch {
    // Mostly well-formed UTF-8 with a few bad bytes (a file cut short, a damaged copy) is
    // UTF-8 still: Windows-1252 text almost never forms a valid multi-byte sequence.
    const text = new TextDecoder('utf-8').decode(bytes);
    let bad = 0;
    let wide = 0;
    for (const ch of text) {
      if (ch === '\ufffd') bad++;
      else if (ch.charCodeAt(0) > 0x7f) wide++;
    }
    if (wide > bad)
      return ok({
        text,
        encoding: 'utf-8',
        warning: damaged(file, bad),
      });
    // Not UTF-8: the other encoding spreadsheets on Windows write is the Windows code page,
    // in which every byte is some character, so it always decodes; say it was a guess.
    return ok({
      text: windows1252(bytes),
      encoding: 'windows-1252',
      warning: notUtf8(file),
    });
  }
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, the euro
 * sign). Node 20's TextDecoder('windows-1252') decodes those bytes as C1 control characters,
 * as Latin-1 does, so they are mapped here; the five bytes Windows leaves undefined stay as
 * their C1 code points, as the WHATWG encoding standard has them.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  return fromC1(new TextDecoder('windows-1252').decode(bytes));
}

const fromC1 = (text: string) =>
  text.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);

function utf16(
  bytes: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
  file: string,
): Result<Decoded, Problem> {
  const text = new TextDecoder(encoding).decode(bytes);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const bad = firstControl(body.slice(0, SAMPLE));
  if (bad !== -1)
    return err(
      notText(file, lineOf(body, bad), `it starts like ${encoding} text but has control bytes`),
    );
  return ok({ text: body, encoding, warning: null });
}

/**
 * UTF-16 without a byte order mark, from where the NULs fall: text that is mostly ASCII
 * (a CSV's digits, commas and headers) has a NUL in every other byte, the high byte of
 * each character, at odd offsets in little-endian and even offsets in big-endian.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.3 && even <= pairs * 0.02) return 'utf-16le';
  if (even >= pairs * 0.3 && odd <= pairs * 0.02) return 'utf-16be';
  return null;
}

/** Files people pick by mistake, named so the message can say what to do instead. */
function signature(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 16));
  if (head.startsWith('PK\x03\x04'))
    return 'it is a ZIP archive (an .xlsx or .numbers spreadsheet?): export or save it as CSV';
  if (head.startsWith('SQLite format 3'))
    return 'it is a SQLite database (a FitNotes backup?): use the app’s CSV export instead';
  if (head.startsWith('%PDF')) return 'it is a PDF document';
  if (head.startsWith('\x89PNG') || head.startsWith('\xff\xd8\xff')) return 'it is an image';
  return null;
}

/** The offset of the first C0 control character other than tab, LF, VT, FF and CR; else -1. */
function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const x = text.charCodeAt(i);
    if (x < 0x20 && (x < 9 || x > 13)) return i;
  }
  return -1;
}

/** More than a tenth of the sample in C0 control bytes other than tab, CR and LF. */
function mostlyControl(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const x = bytes[i] ?? 0;
    if ((x < 0x20 && x !== 9 && x !== 10 && x !== 13) || x === 0x7f) control++;
  }
  return n > 0 && control > n * 0.1;
}

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
};

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The refusal never quotes the bytes: they would garble the terminal or the page. */
function notText(file: string, line: number, why: string): Problem {
  return problem(
    file,
    line,
    null,
    `not a text file: ${why}. Thrust reads CSV exports saved as UTF-8, UTF-16 or Windows-1252 text.`,
  );
}
