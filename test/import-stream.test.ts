/**
 * A file too large to hold is imported a page at a time from its bytes, in one transaction:
 * the same sets and report as the whole text gives, a progress count that reaches the end,
 * and nothing stored when a row near the end cannot be read. A real SQLite database.
 */
import { describe, expect, it } from 'vitest';
import type { Deps } from '../src/app/deps.js';
import * as Transfer from '../src/app/transfer.js';
import { lifters } from './lifters.testkit.js';

const lifter = lifters('stream');

const HEADER = 'Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment';

/** A FitNotes export of `days` days, 12 sets a day: several of the importer's pages. */
function fitnotes(days: number): string {
  const lines = [HEADER];
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    for (let k = 0; k < 12; k++)
      lines.push(
        `${date},${k < 6 ? 'Barbell Hip Thrust' : 'Cossack Squat'},Legs,${60 + (d % 40)},kg,${8 + (k % 4)},,,,${k === 0 ? `"day ${d}, first set"` : ''}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** The text's bytes in pieces of `size`, as a file is read. */
const bytes = (text: string, size: number) => () =>
  (function* () {
    const all = new TextEncoder().encode(text);
    for (let i = 0; i < all.length; i += size) yield all.subarray(i, i + size);
  })();

const log = async (d: Deps) =>
  (await d.store.sessions(d.user)).flatMap((s) =>
    s.sets.map(
      (x) => `${s.date} ${x.exercise} ${x.load.value} ${x.load.unit} x ${x.reps} ${x.note ?? ''}`,
    ),
  );

describe('a large file, read from its bytes page by page', () => {
  const text = fitnotes(1000);

  it('stores what the whole text stores, and reports the same', async () => {
    const [a, b] = [await lifter(), await lifter()];
    const progress: [number, number][] = [];
    const fromBytes = await Transfer.importFile(a, {
      bytes: bytes(text, 4096),
      file: 'fitnotes.csv',
      onProgress: (done, total) => progress.push([done, total]),
    });
    const fromText = await Transfer.importFile(b, { text, file: 'fitnotes.csv' });
    if (!fromBytes.ok || !fromText.ok) throw new Error('import failed');
    expect(fromBytes.value.added).toBe(12_000);
    expect(fromBytes.value).toEqual(fromText.value);
    expect(await log(a)).toEqual(await log(b));
    expect((await log(a)).slice(0, 2)).toEqual([
      '2020-01-01 barbell-hip-thrust 60 kg x 8 day 0, first set',
      '2020-01-01 barbell-hip-thrust 60 kg x 9 ',
    ]);
    // Told as it goes, page by page, up to every row of the file.
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toEqual([12_000, 12_000]);
    expect(progress.every(([done], i) => i === 0 || done >= (progress[i - 1]?.[0] ?? 0))).toBe(
      true,
    );
  });

  it('imports the file again as a sync, page by page: nothing new, nothing lost', async () => {
    const d = await lifter();
    await Transfer.importFile(d, { bytes: bytes(text, 65_536), file: 'fitnotes.csv' });
    // A newer export: the first day's sets were deleted in the app, one set changed.
    const newer = text
      .split('\n')
      .filter((l) => !l.startsWith('2020-01-01'))
      .join('\n')
      .replace(
        '2020-06-01,Barbell Hip Thrust,Legs,92,kg,8',
        '2020-06-01,Barbell Hip Thrust,Legs,95,kg,8',
      );
    const again = await Transfer.importFile(d, {
      bytes: bytes(newer, 65_536),
      file: 'fitnotes.csv',
    });
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    // The file now starts on 2 January: the day before it is left alone, as exports that
    // start later may just leave old days out.
    expect(again.value).toMatchObject({ added: 0, updated: 1, removed: 0, alreadyPresent: 11_987 });
    const stored = await log(d);
    expect(stored).toHaveLength(12_000);
    expect(stored).toContain('2020-06-01 barbell-hip-thrust 95 kg x 8 day 152, first set');
  });

  it('stores nothing when a row near the end cannot be read, and names its line', async () => {
    const d = await lifter();
    const lines = text.trimEnd().split('\n');
    lines.push('2022-09-27,Barbell Hip Thrust,Legs,sixty,kg,8,,,,');
    const r = await Transfer.importFile(d, {
      bytes: bytes(`${lines.join('\n')}\n`, 4096),
      file: 'fitnotes.csv',
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'bad-file', file: 'fitnotes.csv', line: 12_002, column: 4 },
    });
    expect(!r.ok && 'message' in r.error && r.error.message).toMatch(
      /Weight: expected a number, got "sixty"/,
    );
    expect(await log(d)).toEqual([]);
  });
});
