/* global process */
// A process that writes to a Thrust database until it is killed, printing each write only
// after the store has returned (committed): the parent's list of acknowledged writes.
//   node writer.mjs DB log      one set per transaction, prints its id
//   node writer.mjs DB import   batches of 500 sets per transaction, prints "batch N"
// DB is a SQLite file or a postgres:// URL.
import { randomUUID } from 'node:crypto';
import { openPostgres } from '../../dist/store/postgres/open.js';
import { openSqlite } from '../../dist/store/sqlite/open.js';

const [path, mode] = process.argv.slice(2);
const opened = /^postgres(ql)?:\/\//.test(path) ? await openPostgres(path) : await openSqlite(path);
if (!opened.ok) throw new Error(JSON.stringify(opened.error));
const store = opened.value;
const user = await store.user('crash');
const run = `${process.pid}-${Date.now()}`;

const set = (note) => ({
  id: randomUUID(),
  exercise: 'barbell-hip-thrust',
  load: { value: 135, unit: 'lb' },
  reps: 10,
  side: null,
  holdSeconds: 2,
  clean: true,
  band: null,
  rpe: null,
  rir: null,
  felt: null,
  note,
  warmup: false,
  loggedAt: new Date().toISOString(),
});
const day = (i) =>
  new Date(Date.UTC(2020, 0, 1) + (i % 2000) * 86_400_000).toISOString().slice(0, 10);

for (let i = 0; ; i++) {
  if (mode === 'log') {
    const s = set(null);
    await store.logSets(user, { date: day(i), dayId: null }, [s]);
    process.stdout.write(`${s.id}\n`);
  } else {
    const note = `batch ${run}-${i}`;
    const sets = Array.from({ length: 500 }, () => set(note));
    await store.importSets(user, [{ date: day(i), sets }]);
    process.stdout.write(`${note}\n`);
  }
}
