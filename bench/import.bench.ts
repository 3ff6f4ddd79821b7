/**
 * Strong CSV import from a file on disk: rows per second of `thrust import FILE` (the
 * built CLI, from its start to its exit: read, parse, map, store in one transaction) and
 * its peak resident memory, beside a raw better-sqlite3 bulk insert of the same rows in the
 * same run (the ceiling). Goals: at least 40% of the ceiling; peak RSS under 300 MB for
 * 1,000,000 rows. Needs `npm run build` first (`npm run bench` does it).
 *
 *   npx tsx bench/import.bench.ts [rows]
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { openSqlite } from '../src/store/sqlite/open.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');
const PEAK = pathToFileURL(join(import.meta.dirname, 'peak-rss.js')).href;

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

/** `thrust import` of the file into a new database: its wall time and peak RSS. */
function importWithCli(csv: string, db: string): { ms: number; added: number; peakMb: number } {
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--import', PEAK, BIN, '--db', db, 'import', csv, '--json'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`thrust import exited ${r.status}: ${r.stderr}`);
  const peak = /peak-rss-kb (\d+)\s*$/.exec(r.stderr);
  if (!peak) throw new Error(`no peak RSS reported: ${r.stderr}`);
  const report = JSON.parse(r.stdout) as { added: number };
  return { ms, added: report.added, peakMb: Number(peak[1]) / 1024 };
}

export async function run(rows: number) {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-import-bench-'));
  try {
    const csv = join(dir, 'strong.csv');
    writeFileSync(csv, strongCsv(rows));
    // Ceiling: the same rows, already parsed, into the same table by one prepared INSERT.
    const ceilingPath = join(dir, 'ceiling.db');
    const prep = await openSqlite(ceilingPath);
    if (!prep.ok) throw new Error('open');
    const cu = await prep.value.user('bench');
    await prep.value.close();
    const raw = new Database(ceilingPath);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    // One session to hold the rows (an empty batch of sets makes none).
    const sessionId = randomUUID();
    raw
      .prepare(
        "insert into sessions (id, user_id, date, created_at, next_seq) values (?, ?, '1989-12-31', ?, 0)",
      )
      .run(sessionId, cu, new Date().toISOString());
    const insert = raw.prepare(
      'insert into sets (id, user_id, session_id, seq, exercise, load_value, load_unit, reps, side, hold_seconds, clean, band, rpe, rir, felt, note, warmup, logged_at) values (?, ?, ?, ?, ?, ?, ?, ?, null, null, 0, null, null, null, null, null, 0, ?)',
    );
    const parsedRows = readFileSync(csv, 'utf8')
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
    parsedRows.length = 0;

    const c = importWithCli(csv, join(dir, 'thrust.db'));
    if (c.added !== rows) throw new Error(`import added ${c.added} of ${rows} rows`);
    const ceiling = rows / (ceilingMs / 1000);
    const thrust = rows / (c.ms / 1000);
    return {
      rows,
      ceilingRowsPerS: ceiling,
      importRowsPerS: thrust,
      ratio: thrust / ceiling,
      importS: c.ms / 1000,
      peakRssMb: c.peakMb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const f = await run(rows);
  console.log(`thrust import of a Strong CSV file, ${f.rows.toLocaleString('en')} rows:`);
  console.log(
    `  raw better-sqlite3 insert of the parsed rows:  ${Math.round(f.ceilingRowsPerS).toLocaleString('en')} rows/s   (ceiling)`,
  );
  console.log(
    `  thrust import (start to exit):               ${Math.round(f.importRowsPerS).toLocaleString('en')} rows/s   (${(f.ratio * 100).toFixed(0)}% of the ceiling; goal >= 40%: ${f.ratio >= 0.4 ? 'met' : 'NOT met'})`,
  );
  console.log(
    `  peak RSS of the importing process: ${f.peakRssMb.toFixed(0)} MB (goal < 300 MB: ${f.peakRssMb < 300 ? 'met' : 'NOT met'})`,
  );
  console.log(`  whole import: ${f.importS.toFixed(1)} s`);
}
