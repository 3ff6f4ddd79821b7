/**
 * Bytes of an exported file to text. Apps and spreadsheets save CSV as UTF-8 (with or without
 * a byte order mark), as UTF-16 (Excel's "Unicode Text", little- or big-endian) or in the
 * Windows code page; the encoding is decided from the bytes, since the file never says.
 */
import { err, ok, type Result } from '../domain/result.js';
import { problem, type Problem } from './model.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
  /** Said in the import report when the encoding was a guess (Windows-1252). */
  readonly warning: string | null;
}

/** How much of the file the sniffing looks at: enough for a header and a few hundred rows. */
const SAMPLE = 64 * 1024;

export function decode(bytes: Uint8Array, file: string): Result<Decoded, Problem> {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return utf8(bytes.subarray(3), file);
  if (a === 0xff && b === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', file);
  if (a === 0xfe && b === 0xff) return utf16(bytes.subarray(2), 'utf-16be', file);
  const binary = signature(bytes);
  if (binary) return err(notText(file, 1, binary));
  const order = utf16Order(bytes);
  if (order) return utf16(bytes, order, file);
  const nul = bytes.subarray(0, SAMPLE).indexOf(0);
  if (nul !== -1)
    return err(notText(file, lineAt(bytes, nul), 'it has NUL bytes, as binary files do'));
  if (mostlyControl(bytes))
    return err(notText(file, 1, 'most of its first bytes are control characters'));
  return utf8(bytes, file);
}

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
        warning: `${file} is UTF-8 but for ${bad} damaged ${bad === 1 ? 'character' : 'characters'}, read as "\ufffd".`,
      });
    // Not UTF-8: the other encoding spreadsheets on Windows write is the Windows code page,
    // in which every byte is some character, so it always decodes; say it was a guess.
    return ok({
      text: windows1252(bytes),
      encoding: 'windows-1252',
      warning: `${file} is not UTF-8, so it was read as Windows-1252 (Western European); if names look wrong, save the file as UTF-8 and import again.`,
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
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}

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
