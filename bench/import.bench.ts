/**
 * Strong CSV import: rows per second of `thrust import` (parse, map, store in one
 * transaction) beside a raw better-sqlite3 bulk insert of the same rows in the same run
 * (the ceiling). Goal: at least 40% of the ceiling; 1,000,000 rows well under a minute.
 *
 *   npx tsx bench/import.bench.ts [rows]
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Transfer from '../src/app/transfer.js';
import { openSqlite } from '../src/store/sqlite/open.js';

const HEADER =
  'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes';
const EXERCISES = [
  'Hip Thrust (Barbell)',
  'Squat (Barbell)',
  'Romanian Deadlift (Barbell)',
  'Leg Press',
];

/** `rows` set rows: 30 a workout, one workout a day from 1990 on. */
export function strongCsv(rows: number): string {
  const lines = [HEADER];
  const start = Date.UTC(1990, 0, 1);
  for (let i = 0; i < rows; i++) {
    const w = Math.floor(i / 30);
    const date = new Date(start + w * 86_400_000).toISOString().slice(0, 10);
    const k = i % 30;
    const exercise = EXERCISES[Math.floor(k / 8) % EXERCISES.length] ?? '';
    lines.push(
      `${date} 18:00:00;Workout ${w % 3};${exercise};${(k % 8) + 1};${60 + (w % 50)},5;kg;${8 + (k % 5)};;;;;;`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function run(rows: number) {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-import-bench-'));
  try {
    const text = strongCsv(rows);
    // Ceiling: the same rows, already parsed, into the same table by one prepared INSERT.
    const ceilingPath = join(dir, 'ceiling.db');
    const prep = await openSqlite(ceilingPath);
    if (!prep.ok) throw new Error('open');
    const cu = await prep.value.user('bench');
    await prep.value.logSets(cu, { date: '1989-12-31', dayId: null }, []);
    await prep.value.close();
    const raw = new Database(ceilingPath);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    const sessionId = (raw.prepare('select id from sessions').get() as { id: string }).id;
    const insert = raw.prepare(
      'insert into sets (id, user_id, session_id, seq, exercise, load_value, load_unit, reps, side, hold_seconds, clean, band, rpe, rir, felt, note, warmup, logged_at) values (?, ?, ?, ?, ?, ?, ?, ?, null, null, 0, null, null, null, null, null, 0, ?)',
    );
    const parsedRows = text
      .split('\n')
      .slice(1, -1)
      .map((l) => l.split(';'));
    const t0 = performance.now();
    raw.transaction(() => {
      parsedRows.forEach((c, i) =>
        insert.run(
          randomUUID(),
          cu,
          sessionId,
          i + 1,
          c[2],
          Number((c[4] ?? '').replace(',', '.')),
          'kg',
          Number(c[6]),
          `${c[0]}Z`,
        ),
      );
    })();
    const ceilingMs = performance.now() - t0;
    raw.close();

    const opened = await openSqlite(join(dir, 'thrust.db'));
    if (!opened.ok) throw new Error('open');
    const store = opened.value;
    const user = await store.user('bench');
    const t1 = performance.now();
    const r = await Transfer.importFile(
      { store, user, now: () => new Date(), newId: randomUUID },
      { text, file: 'bench.csv' },
    );
    const importMs = performance.now() - t1;
    await store.close();
    if (!r.ok || r.value.added !== rows)
      throw new Error(`import: ${JSON.stringify(r.ok ? r.value.added : r.error)}`);
    const ceiling = rows / (ceilingMs / 1000);
    const thrust = rows / (importMs / 1000);
    return {
      rows,
      ceilingRowsPerS: ceiling,
      importRowsPerS: thrust,
      ratio: thrust / ceiling,
      importS: importMs / 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const f = await run(rows);
  console.log(`Strong CSV import, ${f.rows.toLocaleString('en')} rows:`);
  console.log(
    `  raw better-sqlite3 insert of the parsed rows:  ${Math.round(f.ceilingRowsPerS).toLocaleString('en')} rows/s   (ceiling)`,
  );
  console.log(
    `  thrust import (parse, map, store):            ${Math.round(f.importRowsPerS).toLocaleString('en')} rows/s   (${(f.ratio * 100).toFixed(0)}% of the ceiling; goal >= 40%: ${f.ratio >= 0.4 ? 'met' : 'NOT met'})`,
  );
  console.log(`  whole import: ${f.importS.toFixed(1)} s`);
}
