import { describe, expect, it } from 'vitest';
import { parse, sniffDelimiter } from './csv.js';

describe('CSV', () => {
  it('takes the delimiter from the header line alone', () => {
    expect(sniffDelimiter('Date;Workout Name;Exercise Name')).toBe(';');
    expect(sniffDelimiter('"a;b","c;d",e')).toBe(',');
    expect(sniffDelimiter('one\ttwo\tthree')).toBe('\t');
    expect(sniffDelimiter('single')).toBe(',');
    const t = parse('\n\nDate;Reps\n2026-04-08;10\nx,y,z,w,v\n');
    expect(t).toMatchObject({ delimiter: ';', header: ['Date', 'Reps'], headerLine: 3 });
    expect(t.rows).toEqual([
      { line: 4, cells: ['2026-04-08', '10'] },
      { line: 5, cells: ['x,y,z,w,v'] },
    ]);
  });

  it('unwraps rows, or a header, that a spreadsheet wrapped in one pair of quotes', () => {
    const t = parse(
      [
        '"Date,Workout Name,Notes"',
        '"2020-12-30 18:51:52,""Evening"",""pad, wide """"feet"""""""',
        '2020-12-30 18:51:52,Evening,plain',
        '"2020-12-31 08:00:00,""Morning"",""two',
        'lines"""',
      ].join('\r\n'),
    );
    expect(t.header).toEqual(['Date', 'Workout Name', 'Notes']);
    expect(t.unwrapped).toBe(3);
    expect(t.rows).toEqual([
      { line: 2, cells: ['2020-12-30 18:51:52', 'Evening', 'pad, wide "feet"'] },
      { line: 3, cells: ['2020-12-30 18:51:52', 'Evening', 'plain'] },
      { line: 4, cells: ['2020-12-31 08:00:00', 'Morning', 'two\r\nlines'] },
    ]);
  });
});
