/**
 * Lighthouse on the built app, as a phone sees it (Lighthouse's mobile defaults: a Moto G
 * Power screen, slow 4G and a 4x slower CPU, simulated): the performance score, LCP, TBT and
 * CLS of Today and Progress, served by the built `thrust serve` to a lifter with a profile
 * and five weeks of sessions logged as prescribed. Goals (issue 16): performance >= 90 and
 * CLS < 0.1 on both. Each screen is measured `runs` times and the median run reported; the
 * machine's load average is reported beside, as the simulated CPU scales what it observes.
 *
 *   npm run build && npx tsx bench/lighthouse.bench.ts [runs]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ChromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Today } from '../src/domain/today.js';
import { start, stop } from './load.bench.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The day the server takes as today: a Monday, five weeks into the plan. */
const TODAY = '2026-11-02';
const START = '2026-09-28';
export const SCORE_GOAL = 90;
/**
 * How much slower than this host the simulated phone's CPU is: Lighthouse's mobile default
 * (4), or more through THRUST_LIGHTHOUSE_CPU_SLOWDOWN to see the margin a slower host has.
 */
const SLOWDOWN = Number(process.env.THRUST_LIGHTHOUSE_CPU_SLOWDOWN ?? 4);
export const CLS_GOAL = 0.1;

export interface Figures {
  readonly screen: string;
  /** 0-100. */
  readonly score: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  /** The lowest and highest score of the runs the median was taken from. */
  readonly scoreRange?: readonly [number, number];
  /**
   * Lighthouse's measure of the host's CPU speed (its `benchmarkIndex`; higher is faster).
   * The simulated phone CPU is this host slowed 4x, so scores from hosts of different speed
   * are only comparable with it beside them.
   */
  readonly cpuIndex: number;
}

/** Bytes on the wire for one file or answer: as it is, and as a browser accepting br gets it. */
export interface Transfer {
  readonly what: string;
  readonly plain: number;
  readonly sent: number;
  readonly encoding: string;
}

export interface LighthouseResult {
  readonly screens: readonly Figures[];
  readonly transfers: readonly Transfer[];
  readonly runs: number;
  /** 1, 5 and 15 minute load averages before and after the runs. */
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
}

const days = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = new Date(`${from}T12:00:00Z`); d.toISOString() < `${to}T`;) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
};

/** Every plan day from START to the day before TODAY, logged exactly as prescribed. */
export async function seed(url: string): Promise<number> {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`seeding: ${method} ${path} answered ${r.status}: ${text}`);
    return JSON.parse(text) as T;
  };
  await call('PUT', '/api/v1/profile', {
    units: 'lb',
    goal: 'glutes',
    sessionsPerWeek: 3,
    working: { load: 95, reps: 12 },
    start: START,
  });
  let sessions = 0;
  for (const date of days(START, TODAY)) {
    const t = await call<Today>('GET', `/api/v1/today?date=${date}`);
    if (t.kind !== 'training' || t.day.date !== date) continue;
    for (const item of t.items) {
      const p = item.prescription;
      const load = p.load ?? { value: item.exercise.id === 'back-squat' ? 135 : 95, unit: 'lb' };
      const sides = p.perSide ? (['left', 'right'] as const) : ([null] as const);
      for (const side of sides)
        await call('POST', '/api/v1/sets', {
          exercise: p.exercise,
          date,
          sets: Array.from({ length: p.sets }, () => ({
            load,
            reps: p.reps,
            side,
            holdSeconds: p.holdSeconds > 0 ? p.holdSeconds : null,
            clean: true,
            band: p.band,
            track: item.slot.track,
          })),
        });
    }
    sessions++;
  }
  return sessions;
}

/** The body's length as sent (not decoded), with and without Accept-Encoding. */
function wire(url: string, accept: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': accept } }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => (bytes += d.length));
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`${url} answered ${res.statusCode}`));
        else resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'none' });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

interface Chunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly name?: string;
  readonly imports?: readonly string[];
}

/** A chunk's file with the files of every chunk it imports statically: what loads with it. */
function withImports(manifest: Readonly<Record<string, Chunk>>, key: string): string[] {
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const i of manifest[k]?.imports ?? []) visit(i);
  };
  visit(key);
  return [...seen].flatMap((k) => (manifest[k] ? [`/${manifest[k].file}`] : []));
}

/**
 * The scripts of the first load (the entry and every chunk it imports statically), the
 * Progress chunk, and the largest JSON answers Today and Progress read.
 */
async function transfers(url: string): Promise<Transfer[]> {
  const manifest = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'dist', 'web', '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, Chunk>;
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry)?.[0];
  const progress = Object.values(manifest).find((c) => c.name === 'Progress')?.file;
  if (!entry || !progress)
    throw new Error('no entry or Progress chunk in the manifest: build first');
  const first = withImports(manifest, entry);
  const out: Transfer[] = [];
  for (const [what, paths] of [
    [`first-load JS (${first.length} files)`, first],
    ['Progress chunk', [`/${progress}`]],
    ['GET /api/v1/plan', ['/api/v1/plan']],
    ['GET /api/v1/stats', ['/api/v1/stats']],
  ] as const) {
    let plain = 0;
    let sent = 0;
    const encodings = new Set<string>();
    for (const path of paths) {
      plain += (await wire(`${url}${path}`, 'identity')).bytes;
      const s = await wire(`${url}${path}`, 'gzip, deflate, br, zstd');
      sent += s.bytes;
      encodings.add(s.encoding);
    }
    out.push({ what, plain, sent, encoding: [...encodings].join(', ') });
  }
  return out;
}

const median = (xs: readonly Figures[]): Figures => {
  const s = [...xs].sort((a, b) => a.score - b.score);
  const m = s[Math.floor(s.length / 2)];
  if (!m) throw new Error('no Lighthouse run');
  return { ...m, scoreRange: [s[0]?.score ?? m.score, s[s.length - 1]?.score ?? m.score] };
};

async function measure(url: string, screen: string, port: number): Promise<Figures> {
  const r = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    // Each run from an empty cache, as a first visit.
    disableStorageReset: false,
    ...(SLOWDOWN === 4 ? {} : { throttling: { cpuSlowdownMultiplier: SLOWDOWN } }),
  });
  const lhr = r?.lhr;
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    screen,
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    cpuIndex: lhr.environment.benchmarkIndex,
  };
}

export async function run(runs = 3): Promise<LighthouseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-lighthouse-'));
  const server = await start([BIN, 'serve', '--port', '0'], {
    HOME: dir,
    XDG_DATA_HOME: join(dir, 'data'),
    THRUST_TODAY: TODAY,
  });
  let chrome: ChromeLauncher.LaunchedChrome | undefined;
  try {
    mkdirSync(join(dir, 'chrome'));
    chrome = await ChromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
      userDataDir: join(dir, 'chrome'),
    });
    const sessions = await seed(server.url);
    if (sessions < 10) throw new Error(`seeding logged ${sessions} sessions, expected 10 or more`);
    const sizes = await transfers(server.url);
    const loadBefore = loadavg();
    const screens: Figures[] = [];
    for (const [screen, hash] of [
      ['Today', '#/today'],
      ['Progress', '#/progress'],
    ] as const) {
      const all: Figures[] = [];
      for (let i = 0; i < runs; i++)
        all.push(await measure(`${server.url}/${hash}`, screen, chrome.port));
      screens.push(median(all));
    }
    return { screens, transfers: sizes, runs, loadBefore, loadAfter: loadavg() };
  } finally {
    chrome?.kill();
    await stop(server.child);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await run(Number(process.argv[2] ?? 3));
  const load = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(' ');
  console.log(
    `Lighthouse mobile (CPU ${SLOWDOWN}x slower than this host), median of ${r.runs} runs; load average ${load(r.loadBefore)} before, ${load(r.loadAfter)} after`,
  );
  for (const t of r.transfers)
    console.log(
      `  ${t.what}: ${(t.plain / 1024).toFixed(1)} KB as it is, ${(t.sent / 1024).toFixed(1)} KB sent (${t.encoding})`,
    );
  for (const s of r.screens)
    console.log(
      `  ${s.screen}: performance ${s.score} (${s.scoreRange?.join('-') ?? '?'}; goal >= ${SCORE_GOAL}), LCP ${s.lcpMs.toFixed(0)} ms, TBT ${s.tbtMs.toFixed(0)} ms, CLS ${s.cls.toFixed(3)} (goal < ${CLS_GOAL}); host CPU index ${s.cpuIndex.toFixed(0)}`,
    );
}
