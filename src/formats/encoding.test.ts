import { describe, expect, it } from 'vitest';
import { decode } from './encoding.js';

const TEXT = 'Date,Exercise Name,Set Order\n2026-04-08,Développé couché ’pause’,1\n';

/** UTF-16 big-endian bytes: Node writes only little-endian, so swap each pair. */
function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return le;
}

/** Windows-1252 bytes for text within Latin-1 plus the curly quotes at 0x91-0x92. */
function cp1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => (ch === '‘' ? 0x91 : ch === '’' ? 0x92 : ch.charCodeAt(0))),
  );
}

describe('decode', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    [
      'UTF-8 with a BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]),
      'utf-8',
    ],
    [
      'UTF-16 LE with a BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
      'utf-16le',
    ],
    ['UTF-16 LE without a BOM', Buffer.from(TEXT, 'utf16le'), 'utf-16le'],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'utf-16be'],
    ['UTF-16 BE without a BOM', utf16be(TEXT), 'utf-16be'],
  ])('reads %s', (_, bytes, encoding) => {
    const r = decode(bytes, 'f.csv');
    expect(r).toEqual({ ok: true, value: { text: TEXT, encoding, warning: null } });
  });

  it('reads Windows-1252 when the bytes are not UTF-8, and says so', () => {
    const r = decode(cp1252(TEXT), 'f.csv');
    expect(r).toEqual({
      ok: true,
      value: {
        text: TEXT,
        encoding: 'windows-1252',
        warning:
          'f.csv is not UTF-8, so it was read as Windows-1252 (Western European); if names look wrong, save the file as UTF-8 and import again.',
      },
    });
  });

  it('reads UTF-8 with a few bad bytes as UTF-8, and says how many', () => {
    // Cut through the last character, a three-byte curly quote.
    const bytes = Buffer.from(TEXT);
    const cut = bytes.subarray(0, bytes.lastIndexOf(Buffer.from('’')) + 1);
    const r = decode(cut, 'f.csv');
    expect(r).toMatchObject({
      ok: true,
      value: {
        encoding: 'utf-8',
        warning: 'f.csv is UTF-8 but for 1 damaged character, read as "\ufffd".',
      },
    });
  });

  it.each([
    [
      'a spreadsheet',
      Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00', 'latin1'),
      1,
      /^not a text file: it is a ZIP archive \(an \.xlsx or \.numbers spreadsheet\?\): export or save it as CSV\./,
    ],
    [
      'a FitNotes backup',
      Buffer.from('SQLite format 3\x00\x10\x00\x01\x01', 'latin1'),
      1,
      /^not a text file: it is a SQLite database/,
    ],
    [
      'NULs that are not UTF-16',
      Buffer.from('Date,Exercise\n2026-04-08,Hip\x00\x00\x00\x07\x00thrust\n', 'latin1'),
      2,
      /^not a text file: it has NUL bytes, as binary files do\./,
    ],
    [
      'control bytes',
      Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 65 : (i % 30) + 1))),
      1,
      /^not a text file: most of its first bytes are control characters\./,
    ],
  ])('refuses %s, naming the line and never the bytes', (_, bytes, line, message) => {
    const r = decode(bytes, 'f.csv');
    expect(r).toMatchObject({ ok: false, error: { file: 'f.csv', line, column: null } });
    if (r.ok) return;
    expect(r.error.message).toMatch(message);
    expect(r.error.message).toMatch(/UTF-8, UTF-16 or Windows-1252 text\.$/);
    // Printable text only: nothing of the file's bytes is echoed.
    expect(r.error.message).toMatch(/^[\x20-\x7e’]+$/);
  });
});
