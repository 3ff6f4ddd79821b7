/**
 * `npm run bench`: every benchmark, each figure beside its baseline measured in the same
 * run, as one table with the machine it ran on. `--write` also saves it to bench/RESULTS.md;
 * `--quick` runs smaller sizes (for trying the runner, not for the record).
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import * as Analytics from './analytics.bench.js';
import * as Fair from './fair.bench.js';
import * as Import from './import.bench.js';
import * as Lighthouse from './lighthouse.bench.js';
import * as Limits from './load/limits.js';
import * as Load from './load.bench.js';
import * as Repeat from './repeat.js';
import * as Scale from './scale.bench.js';
import * as Startup from './startup.bench.js';
import * as Web from './web.bench.js';

const quick = process.argv.includes('--quick');
const write = process.argv.includes('--write');
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

const lines: Repeat.Line[] = [];
/** Each bench runs this many times; its figure is the median, with min-max (bench/repeat.ts). */
const RUNS = 3;
const loadBefore = Repeat.showLoad();
const f = (n: number, d = 1) =>
  n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
const step = (what: string) => process.stderr.write(`bench: ${what}...\n`);

step('start-up');
const s = Startup.run(quick ? 3 : 7, quick ? 3 : 7);
lines.push({
  what: '`thrust today`, cold wall time',
  figure: Repeat.show(s.todayMs, ' ms', 0),
  baseline: `\`node -e 0\` ${Repeat.show(s.nodeMs, ' ms', 0)}`,
  ratio: Repeat.show(s.ratio, 'x', 2),
  goal: `<= ${f(Startup.GOAL)}x`,
  met: s.ratio.median <= Startup.GOAL,
  ...(s.ratio.median > Startup.GOAL && {
    limit: `the least any \`thrust today\` on Node does (load the SQLite addon, read and parse the profile and the plan, print: bench/startup-floor.mjs) takes ${Repeat.show(s.floorMs, ' ms', 0)}, ${Repeat.show(s.floorRatio, 'x', 2)} \`node -e 0\`, before any of Thrust's own code runs`,
  }),
});
lines.push({
  what: '`thrust today`, CPU time (user + system; a busy machine stretches it less)',
  figure: Repeat.show(s.todayCpuMs, ' ms', 0),
  baseline: `\`node -e 0\` ${Repeat.show(s.nodeCpuMs, ' ms', 0)}`,
  ratio: Repeat.show(s.cpuRatio, 'x', 2),
  goal: '-',
  met: null,
});

// Analytics early, before the import and load runs fill the heap (a fuller heap means
// longer GC pauses in the same process).
step('analytics');
const as = await Repeat.times(quick ? 1 : RUNS, () => Analytics.run());
const analyticsMs = Repeat.of(as, (r) => r.analyticsMs);
lines.push({
  what: `Analytics over 10 years (${f(as[0]?.sets ?? 0, 0)} sets), median of each run's queries`,
  figure: Repeat.show(analyticsMs, ' ms'),
  baseline: `raw SQL read of the same rows ${Repeat.show(
    Repeat.of(as, (r) => r.rawSqlReadMs),
    ' ms',
  )}`,
  ratio: Repeat.show(
    Repeat.ratio(
      as,
      (r) => r.analyticsMs,
      (r) => r.rawSqlReadMs,
    ),
    '',
    2,
  ),
  goal: '< 20 ms',
  met: analyticsMs.median < 20,
});

step('import');
const rows = quick ? 100_000 : 1_000_000;
const is = await Repeat.times(quick ? 1 : RUNS, () => Import.run(rows));
const importRatio = Repeat.of(is, (r) => r.ratio);
const peakRss = Repeat.of(is, (r) => r.peakRssMb);
lines.push({
  what: `Strong CSV import from a file, ${f(rows, 0)} rows`,
  figure: Repeat.show(
    Repeat.of(is, (r) => r.importRowsPerS),
    ' rows/s',
    0,
  ),
  baseline: `raw better-sqlite3 insert ${Repeat.show(
    Repeat.of(is, (r) => r.ceilingRowsPerS),
    ' rows/s',
    0,
  )}`,
  ratio: Repeat.show(importRatio, '', 2),
  goal: '>= 0.4',
  met: importRatio.median >= 0.4,
});
lines.push({
  what: `Strong CSV import, ${f(rows, 0)} rows: peak RSS of the importing process`,
  figure: Repeat.show(peakRss, ' MB', 0),
  baseline: '-',
  ratio: '-',
  goal: '< 300 MB',
  met: peakRss.median < 300,
});

step('fair server');
const fairs = await Repeat.times(quick ? 1 : RUNS, () => Fair.run());
const fairP99 = Repeat.of(fairs, (r) => r.p99);
lines.push({
  what: `/health during a ${f(fairs[0]?.megabytes ?? 0, 0)} MB import (SQLite, ${f(fairs[0]?.requests ?? 0, 0)} requests a run)`,
  figure: `p99 ${Repeat.show(fairP99, ' ms')}; p50 ${Repeat.show(
    Repeat.of(fairs, (r) => r.p50),
    ' ms',
  )}`,
  baseline: `/health with nothing else running, p99 ${Repeat.show(
    Repeat.of(fairs, (r) => r.idleP99),
    ' ms',
  )}`,
  ratio: Repeat.show(
    Repeat.ratio(
      fairs,
      (r) => r.p99,
      (r) => r.idleP99,
    ),
    '',
    1,
  ),
  goal: 'p99 < 100 ms',
  met: fairP99.median < 100,
});

step('API load');
const seconds = quick ? 5 : 15;
const loads = await Repeat.times(quick ? 1 : RUNS, () => Load.run({ seconds, clients: 64 }));
// Issue 18's goals for each engine: req/s against the hello-world route, p99 when paced.
const GOALS: Record<string, { ratio: number; pacedP99: number }> = {
  'POST /api/v1/sets, SQLite': { ratio: 0.5, pacedP99: 10 },
  'POST /api/v1/sets, PostgreSQL': { ratio: 0.3, pacedP99: 20 },
};
// What the storage alone does here, so a goal out of reach says whether the database or the
// server's own work per request is the limit.
const sqliteLimit = Limits.sqlite();
const pgLimit = pgUrl ? await Limits.postgres(pgUrl) : null;
const storage: Record<string, { text: string; rowsPerSecond: number }> = {
  'POST /api/v1/sets, SQLite': {
    text: `SQLite commits ${f(sqliteLimit.commitsPerSecond, 0)} one-row transactions a second here (${f(sqliteLimit.groupedRowsPerSecond, 0)} rows a second in transactions of 64, as the group commit shares them)`,
    rowsPerSecond: sqliteLimit.groupedRowsPerSecond,
  },
  'POST /api/v1/sets, PostgreSQL': {
    text: `PostgreSQL takes ${f(pgLimit ?? NaN, 0)} single-row inserts a second from 64 connections of one process here`,
    rowsPerSecond: pgLimit ?? NaN,
  },
};
for (const [k, r] of (loads[0] ?? []).entries()) {
  if (k === 0) continue;
  const goal = GOALS[r.name] ?? { ratio: 0.5, pacedP99: 10 };
  const same = loads.map((rs) => ({ row: rs[k]!, hello: rs[0]! }));
  const ratio = Repeat.ratio(
    same,
    (x) => x.row.result.perSecond,
    (x) => x.hello.result.perSecond,
  );
  const paced = Repeat.of(same, (x) => x.row.paced?.p99 ?? Infinity);
  const helloRps = Repeat.of(same, (x) => x.hello.result.perSecond);
  const cpuMs = Repeat.of(same, (x) => x.row.result.serverMsPerRequest);
  const wanted = goal.ratio * helloRps.median;
  const db = storage[r.name];
  const limit = `${db?.text ?? ''}; the server spends ${Repeat.show(cpuMs, ' ms', 2)} of CPU a request, so one core serves at most about ${f(1000 / cpuMs.median, 0)} a second. The goal asks ${f(wanted, 0)} a second: ${(db?.rowsPerSecond ?? NaN) >= wanted ? "the server's own work per request is the limit, not the database" : 'beyond what the database itself takes here'}`;
  lines.push({
    what: `${r.name}, 64 clients, ${seconds} s`,
    figure: `${Repeat.show(
      Repeat.of(same, (x) => x.row.result.perSecond),
      ' req/s',
      0,
    )}; p99 ${Repeat.show(
      Repeat.of(same, (x) => x.row.result.p99),
      ' ms',
    )}`,
    baseline: `hello-world route ${Repeat.show(helloRps, ' req/s', 0)}`,
    ratio: Repeat.show(ratio, '', 2),
    goal: `>= ${goal.ratio}`,
    met: ratio.median >= goal.ratio,
    ...(ratio.median < goal.ratio && { limit }),
  });
  lines.push({
    what: `${r.name}, paced at 1,000 req/s`,
    figure: `p99 ${Repeat.show(paced, ' ms')} at ${Repeat.show(
      Repeat.of(same, (x) => x.row.paced?.perSecond ?? 0),
      ' req/s',
      0,
    )}`,
    baseline: '-',
    ratio: '-',
    goal: `p99 < ${goal.pacedP99} ms`,
    met: paced.median < goal.pacedP99,
  });
  const lost = same.filter((x) => x.row.stored !== x.row.acknowledged).length;
  lines.push({
    what: `${r.name}: sets stored vs acknowledged`,
    figure: same.map((x) => f(x.row.stored ?? 0, 0)).join(', ') + ' stored',
    baseline: same.map((x) => f(x.row.acknowledged, 0)).join(', ') + ' acknowledged',
    ratio: '-',
    goal: 'equal in every run',
    met: lost === 0,
  });
}

if (pgUrl) {
  step('PostgreSQL scale (seeding takes a minute)');
  const sc = await Scale.run(pgUrl, quick ? 100 : 1000, 1000);
  lines.push({
    what: `PostgreSQL, ${f(sc.users, 0)} users x 1,000 sets: dashboard`,
    figure: `p95 ${f(sc.dashboardP95Ms)} ms`,
    baseline: `raw read of one user's sets p95 ${f(sc.rawReadP95Ms)} ms`,
    ratio: f(sc.dashboardP95Ms / sc.rawReadP95Ms, 2),
    goal: 'p95 < 10 ms',
    met: sc.dashboardP95Ms < 10,
  });
} else
  lines.push({
    what: 'PostgreSQL scale',
    figure: 'not run: set BENCH_DATABASE_URL',
    baseline: '-',
    ratio: '-',
    goal: 'p95 < 10 ms',
    met: null,
  });

step('web assets');
const w = Web.run();
lines.push({
  what: 'Web app: today screen JS, gzipped',
  figure: `${f(w.todayJsKb)} KB (+ ${f(w.todayCssKb)} KB CSS)`,
  baseline: `budget ${Web.TODAY_BUDGET_KB} KB`,
  ratio: f(w.todayJsKb / Web.TODAY_BUDGET_KB, 2),
  goal: `<= ${Web.TODAY_BUDGET_KB} KB`,
  met: w.todayJsKb <= Web.TODAY_BUDGET_KB,
});
for (const l of w.lazy)
  lines.push({
    what: `Web app: ${l.name} chunk (loaded later)`,
    figure: `${f(l.kb)} KB`,
    baseline: '-',
    ratio: '-',
    goal: '-',
    met: null,
  });

step('Lighthouse (mobile, Today and Progress)');
const lh = await Lighthouse.run(quick ? 1 : 3);
const avg = (l: readonly number[]) => l.map((x) => f(x, 2)).join(' ');
for (const t of lh.transfers)
  lines.push({
    what: `Web app: ${t.what}, sent to a browser accepting br`,
    figure: `${f(t.sent / 1024)} KB (${t.encoding})`,
    baseline: `as it is ${f(t.plain / 1024)} KB`,
    ratio: f(t.sent / t.plain, 2),
    goal: '-',
    met: null,
  });
for (const s of lh.screens)
  lines.push({
    what: `Lighthouse mobile, ${s.screen}, median of ${lh.runs} (load average ${avg(lh.loadBefore)}; host CPU index ${f(s.cpuIndex, 0)})`,
    figure: `performance ${s.score} (${s.scoreRange?.join('-') ?? '?'}); LCP ${f(s.lcpMs, 0)} ms, TBT ${f(s.tbtMs, 0)} ms, CLS ${f(s.cls, 3)}`,
    baseline: '-',
    ratio: '-',
    goal: `>= ${Lighthouse.SCORE_GOAL}, CLS < ${Lighthouse.CLS_GOAL}`,
    met: s.score >= Lighthouse.SCORE_GOAL && s.cls < Lighthouse.CLS_GOAL,
  });

const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}${quick ? ', --quick sizes' : ''}; ${loadBefore} at the start, ${Repeat.showLoad()} at the end`;
const limits = lines.filter((l) => l.limit).map((l) => `- ${l.what}: ${l.limit}`);
const table = [
  `Machine: ${machine}`,
  '',
  '| measure | figure | baseline (same run) | ratio | goal | met |',
  '| --- | --- | --- | ---: | --- | --- |',
  ...lines.map(
    (l) =>
      `| ${l.what} | ${l.figure} | ${l.baseline} | ${l.ratio} | ${l.goal} | ${l.met === null ? '-' : l.met ? 'yes' : 'no'} |`,
  ),
  ...(limits.length
    ? ['', 'Goals out of reach on this machine, with the measured limit:', ...limits]
    : []),
].join('\n');
console.log(`\n${table}\n`);
if (write) {
  writeFileSync(
    join(import.meta.dirname, 'RESULTS.md'),
    `# Benchmark results\n\nWritten by \`npm run bench -- --write\`. Each figure is the median of its runs with min-max in brackets, measured beside its baseline in the same run; ratios are taken inside each run.\n\n${table}\n`,
  );
  console.log('Wrote bench/RESULTS.md');
}
if (!loads.every(Load.nothingLost)) process.exitCode = 1;
