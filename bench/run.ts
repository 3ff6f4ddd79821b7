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
import * as Load from './load.bench.js';
import * as Repeat from './repeat.js';
import * as Scale from './scale.bench.js';
import * as Startup from './startup.bench.js';
import * as Web from './web.bench.js';

const quick = process.argv.includes('--quick');
const write = process.argv.includes('--write');
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

const lines: Repeat.Line[] = [];
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
});

// Analytics early, before the import and load runs fill the heap (a fuller heap means
// longer GC pauses in the same process).
step('analytics');
const a = await Analytics.run();
lines.push({
  what: `Analytics over 10 years (${f(a.sets, 0)} sets)`,
  figure: `${f(a.analyticsMs)} ms median`,
  baseline: `raw SQL read of the same rows ${f(a.rawSqlReadMs)} ms`,
  ratio: f(a.analyticsMs / a.rawSqlReadMs, 2),
  goal: '< 20 ms',
  met: a.analyticsMs < 20,
});

step('import');
const rows = quick ? 100_000 : 1_000_000;
const i = await Import.run(rows);
lines.push({
  what: `Strong CSV import from a file, ${f(rows, 0)} rows`,
  figure: `${f(i.importRowsPerS, 0)} rows/s`,
  baseline: `raw better-sqlite3 insert ${f(i.ceilingRowsPerS, 0)} rows/s`,
  ratio: f(i.ratio, 2),
  goal: '>= 0.4',
  met: i.ratio >= 0.4,
});
lines.push({
  what: `Strong CSV import, ${f(rows, 0)} rows: peak RSS of the importing process`,
  figure: `${f(i.peakRssMb, 0)} MB`,
  baseline: '-',
  ratio: '-',
  goal: '< 300 MB',
  met: i.peakRssMb < 300,
});

step('fair server');
const fair = await Fair.run();
lines.push({
  what: `/health during a ${f(fair.megabytes, 0)} MB import (SQLite, ${f(fair.requests, 0)} requests)`,
  figure: `p99 ${f(fair.p99)} ms (p50 ${f(fair.p50)} ms, max ${f(fair.max)} ms)`,
  baseline: `/health with nothing else running, p99 ${f(fair.idleP99)} ms`,
  ratio: f(fair.p99 / fair.idleP99, 1),
  goal: 'p99 < 100 ms',
  met: fair.p99 < 100,
});

step('API load');
const seconds = quick ? 5 : 30;
const load = await Load.run({ seconds, clients: 64 });
const hello = load[0]?.result;
for (const r of load.slice(1)) {
  const ratio = r.result.perSecond / (hello?.perSecond ?? 1);
  lines.push({
    what: `${r.name}, 64 clients, ${seconds} s`,
    figure: `${f(r.result.perSecond, 0)} req/s, p99 ${f(r.result.p99)} ms`,
    baseline: `hello-world route ${f(hello?.perSecond ?? 0, 0)} req/s, p99 ${f(hello?.p99 ?? 0)} ms`,
    ratio: f(ratio, 2),
    goal: '>= 0.5',
    met: ratio >= 0.5,
  });
  lines.push({
    what: `${r.name}, paced at 1,000 req/s`,
    figure: `p99 ${f(r.paced?.p99 ?? NaN)} ms`,
    baseline: '-',
    ratio: '-',
    goal: 'p99 < 10 ms',
    met: (r.paced?.p99 ?? Infinity) < 10,
  });
  lines.push({
    what: `${r.name}: sets stored vs acknowledged`,
    figure: `${f(r.stored ?? 0, 0)} stored`,
    baseline: `${f(r.acknowledged, 0)} acknowledged`,
    ratio: '-',
    goal: 'equal',
    met: r.stored === r.acknowledged,
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
    goal: 'p95 < 20 ms',
    met: sc.dashboardP95Ms < 20,
  });
} else
  lines.push({
    what: 'PostgreSQL scale',
    figure: 'not run: set BENCH_DATABASE_URL',
    baseline: '-',
    ratio: '-',
    goal: 'p95 < 20 ms',
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
    what: `Lighthouse mobile, ${s.screen}, median of ${lh.runs} (load average ${avg(lh.loadBefore)})`,
    figure: `performance ${s.score}; LCP ${f(s.lcpMs, 0)} ms, TBT ${f(s.tbtMs, 0)} ms, CLS ${f(s.cls, 3)}`,
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
    `# Benchmark results\n\nWritten by \`npm run bench -- --write\`. Each figure is measured beside its baseline in the same run.\n\n${table}\n`,
  );
  console.log('Wrote bench/RESULTS.md');
}
if (!Load.nothingLost(load)) process.exitCode = 1;
