/**
 * Importing again is a sync of the other app's export: edits there update, deletions there
 * remove (only what that app's import stored), a corrected unit or date order replaces, and
 * the same workout in another format is not doubled. Real files, a real SQLite database.
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Deps } from '../src/app/deps.js';
import * as Transfer from '../src/app/transfer.js';
import { loggedSet } from '../src/domain/fixtures.js';
import * as Export from '../src/formats/export.js';
import { fixture, lifters } from './lifters.testkit.js';

const read = (name: string) => fixture(name).text;
const lifter = lifters('reimport');

/** Every stored set as "date exercise load unit x reps". */
const log = async (d: Deps) =>
  (await d.store.sessions(d.user)).flatMap((s) =>
    s.sets.map((x) => `${s.date} ${x.exercise} ${x.load.value} ${x.load.unit} x ${x.reps}`),
  );

async function run(d: Deps, input: Omit<Transfer.ImportInput, 'file'> & { file?: string }) {
  const r = await Transfer.importFile(d, { file: 'strong.csv', ...input });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const counts = (r: Transfer.ImportReport) => ({
  added: r.added,
  updated: r.updated,
  removed: r.removed,
  present: r.alreadyPresent,
  elsewhere: r.elsewhere,
});

describe('importing an export again', () => {
  let d: Deps;
  beforeEach(async () => {
    d = await lifter();
  });

  it('updates a set edited in the other app and removes one deleted there', async () => {
    const text = read('strong-classic.csv');
    const first = await run(d, { text, units: 'lb' });
    const stored = await log(d);
    expect(first.added).toBe(stored.length);
    // In Strong: the 155 lb set becomes 165 lb, and the 145 lb session's set is deleted.
    const lines = text.split('\n');
    const edited = lines
      .map((l) => l.replace('Hip Thrust (Barbell),1,155,6', 'Hip Thrust (Barbell),1,165,6'))
      .filter((l) => !l.includes(',145,10,'))
      .join('\n');
    expect(edited).not.toBe(text);
    const dry = await run(d, { text: edited, units: 'lb', dryRun: true });
    expect(counts(dry)).toEqual({
      added: 0,
      updated: 1,
      removed: 1,
      present: first.added - 2,
      elsewhere: 0,
    });
    expect(await log(d)).toEqual(stored);
    const again = await run(d, { text: edited, units: 'lb' });
    expect(counts(again)).toEqual(counts(dry));
    const after = await log(d);
    expect(after.filter((x) => x.includes('barbell-hip-thrust'))).toEqual([
      '2026-04-08 barbell-hip-thrust 135 lb x 10',
      '2026-04-08 barbell-hip-thrust 135 lb x 10',
      '2026-04-08 barbell-hip-thrust 165 lb x 6',
    ]);
  });

  it('replaces what a wrong --units stored when imported again with the right one', async () => {
    const text = read('strong-classic.csv');
    const wrong = await run(d, { text, units: 'kg' });
    expect((await log(d)).filter((x) => x.includes(' kg '))).toHaveLength(wrong.added);
    const right = await run(d, { text, units: 'lb' });
    expect(counts(right)).toEqual({
      added: 0,
      updated: wrong.added,
      removed: 0,
      present: 0,
      elsewhere: 0,
    });
    const after = await log(d);
    expect(after.filter((x) => x.includes(' kg '))).toEqual([]);
    expect(after).toContain('2026-04-08 barbell-hip-thrust 155 lb x 6');
  });

  it('replaces what a wrong date order stored when imported again with the right one', async () => {
    // Strong 2025 dialect: 08/04/2026 is 8 April day-first, 4 August month-first; every
    // date here could be either.
    const text = [
      ...read('strong-2025.csv').split('\n').slice(0, 3),
      '"11","05/04/2026 07:00","Lower","3400","Barbell Hip Thrust","1","77.5","10","","","","",""',
    ].join('\n');
    const mdy = await run(d, { text, dateOrder: 'mdy' });
    const before = await log(d);
    expect(before.some((x) => x.startsWith('2026-08-04'))).toBe(true);
    const dmy = await run(d, { text, dateOrder: 'dmy' });
    expect(dmy.removed).toBeGreaterThan(0);
    const after = await log(d);
    expect(after).toHaveLength(mdy.sets);
    expect(after.some((x) => x.startsWith('2026-08-04'))).toBe(false);
    expect(after.some((x) => x.startsWith('2026-04-08'))).toBe(true);
  });

  it('recognises the same workouts arriving in another format, and never touches sets logged here', async () => {
    const hevy = await run(d, { text: read('hevy.csv'), file: 'hevy.csv' });
    const stored = await log(d);
    expect(stored).toHaveLength(hevy.added);
    // Thrust's own Strong CSV of that Hevy import, brought back in.
    const sessions = await d.store.sessions(d.user);
    const strong = await run(d, { text: Export.strongCsv(sessions, 'lb'), units: 'lb' });
    expect(counts(strong)).toEqual({
      added: 0,
      updated: 0,
      removed: 0,
      present: 0,
      elsewhere: hevy.added,
    });
    expect(await log(d)).toEqual(stored);
    // A set logged here on an imported day is no source's: a sync never removes it.
    await d.store.logSets(d.user, { date: '2026-04-10', dayId: null }, [
      {
        ...loggedSet({ exercise: 'back-squat', load: { value: 225, unit: 'lb' }, reps: 5 }),
        id: randomUUID(),
        rir: null,
        note: null,
        loggedAt: '2026-04-10T18:30:00.000Z',
      },
    ]);
    const head = read('hevy.csv').split('\n').slice(0, 2).join('\n');
    const partial = await run(d, { text: head, file: 'hevy.csv' });
    expect(partial.removed).toBe(0);
    expect(await log(d)).toContain('2026-04-10 back-squat 225 lb x 5');
  });

  it('refuses what logging refuses: a load over 1500 lb (680 kg), more than 100 reps', async () => {
    const head = read('strong-2025.csv').split('\n').slice(0, 2);
    for (const [cells, message] of [
      ['"99999999","10"', /a load of 99999999 kg is over 1500 lb \(680 kg\)/],
      ['"80","1000000"', /1000000 reps is more than 100/],
    ] as const) {
      const text = [
        ...head,
        `"13","13/04/2026 07:10","Lower","3500","Barbell Hip Thrust","1",${cells},"","","","",""`,
      ].join('\n');
      const r = await Transfer.importFile(d, { text, file: 'big.csv' });
      expect(r).toMatchObject({ ok: false, error: { code: 'bad-file', file: 'big.csv', line: 3 } });
      expect(!r.ok && 'message' in r.error && r.error.message).toMatch(message);
      expect(await log(d)).toEqual([]);
    }
  });
});
