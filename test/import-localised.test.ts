/**
 * Exports written in the phone's language: Strong in German translates its headers and its
 * rest-timer rows (FORMATS.md §1d) and still imports, by the same rules. A file written for
 * this test, a real SQLite database.
 */
import { describe, expect, it } from 'vitest';
import type { Deps } from '../src/app/deps.js';
import * as Transfer from '../src/app/transfer.js';
import { fixture, lifters } from './lifters.testkit.js';

const lifter = lifters('localised');

const sets = async (d: Deps) =>
  (await d.store.sessions(d.user)).flatMap((s) => s.sets.map((x) => ({ ...x, date: s.date })));

describe('Strong in German', () => {
  it('reads the translated headers, skips Ruhezeit rows, and still asks for the unit', async () => {
    const d = await lifter();
    const asked = await Transfer.importFile(d, fixture('strong-german.csv'));
    expect(asked).toMatchObject({ ok: false, error: { code: 'bad-file', line: 1, column: 6 } });
    expect(!asked.ok && 'message' in asked.error && asked.error.message).toMatch(
      /does not say its unit: give --units lb or --units kg/,
    );

    const r = await Transfer.importFile(d, { ...fixture('strong-german.csv'), units: 'kg' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value).toMatchObject({
      format: 'strong',
      dialect: 'classic, German headers',
      workouts: 1,
      sets: 3,
      skippedRows: 1,
    });
    expect(r.value.skipped).toEqual(['strong-german.csv:4:5: Rest Timer row: metadata, not a set']);
    expect(
      (await sets(d)).map((s) => [
        s.exercise,
        s.load.value,
        s.load.unit,
        s.reps,
        s.seconds ?? null,
        s.rpe,
        s.note,
      ]),
    ).toEqual([
      ['barbell-hip-thrust', 100, 'kg', 10, null, null, 'Workout: Gute Einheit'],
      ['barbell-hip-thrust', 102.5, 'kg', 8, null, 8.5, 'Schwer'],
      ['custom:plank', 0, 'kg', 0, 60, null, null],
    ]);
  });
});
