/**
 * A separate process that logs sets, for concurrency tests: two of these are two terminals.
 * Usage: node --import tsx writer.testkit.ts <sqlite-path|postgres-url> <user> <count> <tag>
 * Prints one line per acknowledged set id.
 */
import { randomUUID } from 'node:crypto';
import { openPostgres } from './postgres/open.js';
import { openSqlite } from './sqlite/open.js';
import { newSet } from './sets.testkit.js';

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
    newSet({ id, reps: Number(tag) * 1000 + i, loggedAt: new Date().toISOString() }),
  ]);
  console.log(id);
}
await store.close();
