/**
 * A separate process that logs sets, for concurrency tests: two of these are two terminals.
 * Usage: node --import tsx writer.testkit.ts <sqlite-path|postgres-url> <user> <count> <tag>
 * Prints one line per acknowledged set id.
 */
import { randomUUID } from 'node:crypto';
import { openPostgres } from './postgres/open.js';
import { openSqlite } from './sqlite/open.js';

const [where = '', name = 'u', count = '10', tag = '0'] = process.argv.slice(2);
const opened = where.startsWith('postgres')
  ? await openPostgres(where, { max: 1 })
  : await openSqlite(where);
if (!opened.ok) {
  console.error(JSON.stringify(opened.error));
  process.exit(1);
}
const store = opened.value;
const user = await store.user(name);
for (let i = 0; i < Number(count); i++) {
  const id = randomUUID();
  await store.logSets(user, { date: '2026-11-23', dayId: null }, [
    {
      id,
      exercise: 'barbell-hip-thrust',
      load: { value: 95, unit: 'lb' },
      reps: Number(tag) * 1000 + i,
      side: null,
      holdSeconds: null,
      clean: true,
      band: null,
      rpe: null,
      rir: null,
      felt: null,
      note: null,
      warmup: false,
      loggedAt: new Date().toISOString(),
    },
  ]);
  console.log(id);
}
await store.close();
