/**
 * A lifter's own exercises keep their names as written, accents, case and punctuation, in
 * any script: from an import or a first log, through history, stats, the Strong and Hevy
 * exports and a backup. The id stays the key the name makes. A real SQLite database.
 */
import { describe, expect, it } from 'vitest';
import * as Backups from '../src/app/backup.js';
import { expectValidBackup } from '../src/app/backup-schema.testkit.js';
import * as Setup from '../src/app/setup.js';
import * as Stats from '../src/app/stats.js';
import * as Training from '../src/app/training.js';
import * as Transfer from '../src/app/transfer.js';
import * as Render from '../src/cli/render/sets.js';
import { lifters } from './lifters.testkit.js';

const lifter = lifters('own-names');
/** Another database, as a restore goes to on a new machine. */
const elsewhere = lifters('own-names-restored');

const STRONG = [
  'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes',
  '2026-04-08 16:50:00;Legs;Élévation de hanche (Barre);1;80;kg;10;;;;;;',
  '2026-04-08 16:50:00;Legs;Cable Pull-Through;1;30;kg;15;;;;;;',
  '2026-04-08 16:50:00;Legs;Жим ногами;1;120;kg;12;;;;;;',
  '2026-04-09 17:00:00;Legs;cable pull through;1;32,5;kg;15;;;;;;',
].join('\n');

describe('names of the lifter’s own exercises', () => {
  it('are kept as first written through history, stats, exports and a backup', async () => {
    const d = await lifter();
    await Setup.init(d, { start: '2026-03-02', units: 'kg' });
    const r = await Transfer.importFile(d, { text: STRONG, file: 'strong.csv' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.exercises.map((e) => [e.name, e.exercise, e.mapped])).toEqual([
      ['Élévation de hanche (Barre)', 'custom:elevation-de-hanche-barre', 'custom'],
      ['Cable Pull-Through', 'custom:cable-pull-through', 'custom'],
      ['Жим ногами', 'custom:жим-ногами', 'custom'],
      ['cable pull through', 'custom:cable-pull-through', 'custom'],
    ]);
    const names = await d.store.exerciseNames(d.user);
    const history = await Training.history(d, {});
    if (!history.ok) throw new Error('history');
    const shown = Render.sessions(history.value, 'kg', names);
    expect(shown).toMatch(/Élévation de hanche \(Barre\): 10 @ 80 kg/);
    expect(shown).toMatch(/Жим ногами: 12 @ 120 kg/);
    // Two spellings of one exercise are one exercise, shown as first written.
    expect(shown.match(/Cable Pull-Through: 15/g)).toHaveLength(2);
    expect(shown).not.toMatch(/Cable pull through|Elevation de hanche/);

    const stats = await Stats.exercise(d, 'Cable Pull-Through');
    expect(stats.ok ? stats.value.exercise.name : stats.error).toBe('Cable Pull-Through');

    for (const format of ['strong-csv', 'hevy-csv'] as const) {
      const out = await Transfer.exportAs(d, format);
      if (!out.ok) throw new Error(format);
      expect(out.value.text).toContain('Élévation de hanche (Barre)');
      expect(out.value.text).toContain('Cable Pull-Through');
    }

    const backup = await Backups.backup(d);
    expectValidBackup(backup);
    expect(backup.exerciseNames).toContainEqual({
      exercise: 'custom:elevation-de-hanche-barre',
      name: 'Élévation de hanche (Barre)',
    });
    const fresh = await elsewhere();
    const restored = await Backups.restore(fresh, JSON.stringify(backup), 'backup.json');
    expect(restored.ok ? 'restored' : restored.error).toBe('restored');
    expect(await fresh.store.exerciseNames(fresh.user)).toEqual(names);
  });

  it('come from the first log of an exercise of one’s own', async () => {
    const d = await lifter();
    await Setup.init(d, { start: '2026-11-23' });
    const r = await Training.log(d, {
      exercise: 'Cossack Squat (Left/Right)',
      custom: true,
      sets: [{ load: { value: 20, unit: 'kg' }, reps: 8 }],
    });
    expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
    expect(Object.fromEntries(await d.store.exerciseNames(d.user))).toEqual({
      'custom:cossack-squat-left-right': 'Cossack Squat (Left/Right)',
    });
  });
});
