/**
 * A lifter's training life, lived through one face of Thrust: the built command line (each
 * step a new process, as a lifter runs it), the HTTP API, or the domain on its own. The
 * lifter asks what to do on each plan day, logs it (or skips it), and starts the next plan
 * when the last one is over; the life records what each track was prescribed, and where
 * each track stood when a plan ended.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { Dates, Equipment, Log, Program, Today } from '../src/domain/index.js';
import type { Profile, Progression, Units } from '../src/domain/index.js';

export const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');

type Rx = Progression.Prescription;
type Side = 'left' | 'right';
type Load = Units.Load;

/** One `thrust log` (or one POST of sets): one exercise, one side, one or more sets. */
export interface Entry {
  readonly exercise: string;
  /** The slot's track: the API sends it; the command line marks the activation only. */
  readonly track: string;
  readonly activation: boolean;
  readonly side: Side | null;
  readonly reps: readonly number[];
  readonly load: Load;
  readonly band: Equipment.BandLevel | null;
  readonly holdSeconds: number | null;
  readonly clean: boolean;
}

export interface Lifter {
  /** Whether the lifter turns up for the `n`th session of their life (0-based). */
  trains(n: number): boolean;
  /** What they log for one exercise of today's session. */
  perform(item: Today.Item): Entry[];
}

/**
 * Where a lifter works up to in a calibration session (no load known yet): a set they can
 * do cleanly, in lb. The number is the simulated lifter's, not the app's.
 */
const CALIBRATION_LB: Readonly<Record<string, number>> = {
  'back-squat': 135,
  deadlift: 185,
  'cable-glute-kickback': 20,
  'dumbbell-hip-thrust': 25,
};

function calibration(exercise: string, unit: Units.Unit): Load {
  const lb = CALIBRATION_LB[exercise] ?? 95;
  return { value: unit === 'lb' ? lb : Math.round(lb / 2.2 / 2.5) * 2.5, unit };
}

/**
 * Exactly what today says, with clean form: the activation marked as such, single-leg work
 * one side at a time with the side `today` names first and its extra set when it has one.
 */
export function asWritten(item: Today.Item, unit: Units.Unit): Entry[] {
  const p = item.prescription;
  const base = {
    exercise: p.exercise,
    track: item.slot.track,
    activation: item.slot.role === 'activation',
    load: p.load ?? calibration(p.exercise, unit),
    band: p.band,
    holdSeconds: p.holdSeconds > 0 ? p.holdSeconds : null,
    clean: true,
  };
  const sets = (n: number): number[] => Array.from({ length: n }, () => p.reps);
  if (!p.perSide) return [{ ...base, side: null, reps: sets(p.sets) }];
  const first: Side = item.sides?.first ?? 'left';
  const second: Side = first === 'left' ? 'right' : 'left';
  return [first, second].map((side) => ({
    ...base,
    side,
    reps: sets(p.sets + (item.sides?.extraSet === side ? 1 : 0)),
  }));
}

/** Turns up to every session and does exactly what today says, every rep clean. */
export function completer(unit: Units.Unit): Lifter {
  return { trains: () => true, perform: (item) => asWritten(item, unit) };
}

/**
 * Misses one session in five (the fifth, tenth, ...) and, of the work sets they do, does
 * one in four a rep short (the fourth, eighth, ...). The activation is done as written.
 */
export function misser(unit: Units.Unit): Lifter {
  let n = 0;
  return {
    trains: (session) => session % 5 !== 4,
    perform: (item) =>
      asWritten(item, unit).map((e) =>
        e.activation
          ? e
          : { ...e, reps: e.reps.map((r) => (++n % 4 === 0 ? Math.max(1, r - 1) : r)) },
      ),
  };
}

/** What a face shows of the plan: its days, and the next plan proposed once it is over. */
export interface PlanView {
  readonly days: readonly { readonly id: string; readonly date: string }[];
  readonly proposal: unknown;
}

export interface StatusView {
  readonly start: string;
  readonly done: number;
  /** Plans stored so far. */
  readonly plans: number;
}

/** One face of Thrust, as the simulated lifter uses it, with "today" set to `date`. */
export interface Face {
  today(date: string): Promise<Today.Today>;
  /** `day`'s session as seen on `date` (a day already logged: what followed from it). */
  dayView(date: string, day: string): Promise<Today.Today>;
  log(date: string, entry: Entry): Promise<void>;
  plan(date: string): Promise<PlanView>;
  newPlan(date: string): Promise<void>;
  status(date: string): Promise<StatusView>;
}

/** What one track was prescribed at one session. */
export interface Seen {
  readonly date: string;
  /** Week of the life, from 1. */
  readonly week: number;
  /** Plan of the life, from 1. */
  readonly plan: number;
  readonly track: string;
  readonly role: string;
  readonly rx: Rx;
}

/** A plan ending and the next starting. */
export interface Turn {
  readonly date: string;
  /** The new plan's number, from 2. */
  readonly plan: number;
  /** Each track of the ended plan: the prescription its last logged session led to. */
  readonly ended: ReadonlyMap<string, Rx>;
  /** The status right after the new plan was started. */
  readonly status: StatusView;
  /** The plan as shown on the day the old one was over: the proposal must be there. */
  readonly before: PlanView;
}

export interface Life {
  readonly start: string;
  readonly seen: Seen[];
  readonly turns: Turn[];
  readonly missed: string[];
  readonly trained: string[];
  readonly final: StatusView;
}

/**
 * Live `weeks` weeks from `start` (the first day of the first plan): on each plan day ask
 * what to do and do it (or skip it); on the day after the last plan day `today` must say
 * the plan is over, and the lifter starts the next plan there and then.
 */
export async function live(
  face: Face,
  lifter: Lifter,
  opts: { start: string; weeks: number },
): Promise<Life> {
  const end = Dates.addDays(opts.start, 7 * opts.weeks);
  const week = (date: string) => Math.floor(Dates.daysBetween(opts.start, date) / 7) + 1;
  const life: Life = {
    start: opts.start,
    seen: [],
    turns: [],
    missed: [],
    trained: [],
    final: await face.status(opts.start),
  };
  let plan = 1;
  let view = await face.plan(opts.start);
  let n = 0;
  for (;;) {
    // Each track's last logged day in this plan: where its standing at the end is read.
    const last = new Map<string, string>();
    for (const day of view.days) {
      if (day.date >= end) break;
      if (!lifter.trains(n++)) {
        life.missed.push(day.date);
        continue;
      }
      const t = await face.today(day.date);
      if (t.kind !== 'training' || t.day.date !== day.date)
        throw new Error(`${day.date} is plan day ${day.id}, but today says ${JSON.stringify(t)}`);
      for (const item of t.items) {
        life.seen.push({
          date: day.date,
          week: week(day.date),
          plan,
          track: item.slot.track,
          role: item.slot.role,
          rx: item.prescription,
        });
        for (const entry of lifter.perform(item)) await face.log(day.date, entry);
        last.set(item.slot.track, day.date);
      }
      life.trained.push(day.date);
    }
    const lastDay = view.days[view.days.length - 1];
    if (!lastDay) throw new Error('a plan with no days');
    const over = Dates.addDays(lastDay.date, 1);
    if (over >= end) break;
    const t = await face.today(over);
    if (t.kind !== 'plan-over')
      throw new Error(`the day after the plan (${over}) shows ${t.kind}, not plan-over`);
    const ended = new Map<string, Rx>();
    for (const date of new Set(last.values())) {
      const v = await face.dayView(over, date);
      if (v.kind !== 'training') throw new Error(`${date} was logged but shows ${v.kind}`);
      for (const item of v.items)
        if (last.get(item.slot.track) === date)
          ended.set(item.slot.track, item.after ?? item.prescription);
    }
    const before = await face.plan(over);
    await face.newPlan(over);
    plan++;
    const status = await face.status(over);
    life.turns.push({ date: over, plan, ended, status, before });
    view = await face.plan(over);
  }
  return { ...life, final: await face.status(end) };
}

/** The load (in the prescription's unit) a track was prescribed at its first session of `week`. */
export function loadAt(life: Life, track: string, week: number): number | null {
  const s = life.seen.find((x) => x.track === track && x.week === week);
  return s ? (s.rx.load?.value ?? null) : null;
}

/** The track's last prescription in or before `week`. */
export function lastBy(life: Life, track: string, week: number): Rx | undefined {
  return life.seen.filter((x) => x.track === track && x.week <= week).at(-1)?.rx;
}

/** For each plan turn and each track of the old plan: where it ended, where it started. */
export function carries(
  life: Life,
): { plan: number; track: string; ended: Rx; started: Rx | undefined }[] {
  return life.turns.flatMap((turn) =>
    [...turn.ended].map(([track, ended]) => ({
      plan: turn.plan,
      track,
      ended,
      started: life.seen.find((s) => s.plan === turn.plan && s.track === track)?.rx,
    })),
  );
}

/**
 * Plans follow one another: at least `atLeast` in the life, each proposed by the plan
 * before once it was over, and each starting on that day with nothing done.
 */
export function expectPlansFollow(life: Life, atLeast: number): void {
  expect(life.turns.length + 1).toBeGreaterThanOrEqual(atLeast);
  expect(life.final.plans).toBe(life.turns.length + 1);
  for (const turn of life.turns) {
    expect(turn.before.proposal, `the plan before ${turn.date}`).not.toBeNull();
    expect(turn.status).toEqual({ start: turn.date, done: 0, plans: turn.plan });
  }
}

/**
 * Every track of an ended plan is in the next one and starts no lower than 90% of the load
 * (and on no lighter band than) it had reached.
 */
export function expectCarried(life: Life): void {
  const all = carries(life);
  expect(all.length).toBeGreaterThanOrEqual(life.turns.length);
  for (const { plan, track, ended, started } of all) {
    const where = `${track} starting plan ${plan}`;
    expect(started, where).toBeDefined();
    expect(started?.load?.value ?? 0, where).toBeGreaterThanOrEqual(0.9 * (ended.load?.value ?? 0));
    const band = (rx: Rx | undefined) => Equipment.BAND_LEVELS.indexOf(rx?.band ?? 'light');
    expect(band(started), where).toBeGreaterThanOrEqual(band(ended));
  }
}

/** A short table of a life's loads by week, for the test output. */
export function summary(life: Life, weeks: readonly number[]): string {
  const tracks = [...new Set(life.seen.map((s) => s.track))];
  const cell = (track: string, w: number): string => {
    const rx = life.seen.find((x) => x.track === track && x.week === w)?.rx;
    if (!rx) return '-';
    const load = rx.load === null ? 'calib' : rx.load.value > 0 ? `${rx.load.value}` : 'bw';
    return `${load}${rx.band ? ` ${rx.band}` : ''} ${rx.sets}x${rx.reps}${rx.holdSeconds ? ` h${rx.holdSeconds}` : ''}`;
  };
  const changes = new Map<string, number>();
  for (const s of life.seen) changes.set(s.rx.change, (changes.get(s.rx.change) ?? 0) + 1);
  return [
    `plans ${life.turns.length + 1}, sessions ${life.trained.length}, missed ${life.missed.length}`,
    `${'track'.padEnd(32)}${weeks.map((w) => `week ${w}`.padEnd(18)).join('')}`,
    ...tracks.map((t) => `${t.padEnd(32)}${weeks.map((w) => cell(t, w).padEnd(18)).join('')}`),
    `changes seen: ${[...changes].map(([c, k]) => `${c} ${k}`).join(', ')}`,
  ].join('\n');
}

/**
 * A copy of the built command (bin/thrust.js and dist/bundle) in `dir`, run with the
 * checkout's node_modules. Another test run's global setup deletes and rebuilds
 * dist/bundle, which would pull it out from under a life that runs for minutes; the copy
 * is taken once the build is whole (a command runs from it).
 */
export async function snapshotBuild(dir: string): Promise<string> {
  const root = join(import.meta.dirname, '..');
  const bin = join(dir, 'bin', 'thrust.js');
  for (let attempt = 0; ; attempt++) {
    try {
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
      cpSync(join(root, 'dist', 'bundle'), join(dir, 'dist', 'bundle'), { recursive: true });
      cpSync(BIN, bin);
      writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
      if (!existsSync(join(dir, 'node_modules')))
        symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      await new Promise<void>((resolve, reject) =>
        execFile(process.execPath, [bin, 'exercises', '--json'], (error) =>
          error ? reject(new Error(error.message)) : resolve(),
        ),
      );
      return bin;
    } catch (e) {
      if (attempt >= 60) throw e;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

/** The built `thrust` with its data in one SQLite file, every step a new process. */
export class CliFace implements Face {
  /** Processes spawned, for the timing report. */
  calls = 0;

  /** `bin`: the command to run (a `snapshotBuild`); `db`: the lifter's SQLite file. */
  constructor(
    readonly bin: string,
    readonly db: string,
  ) {}

  async run(date: string, ...args: string[]): Promise<string> {
    this.calls++;
    return new Promise((resolve, reject) => {
      execFile(
        process.execPath,
        [this.bin, ...args],
        {
          env: { PATH: process.env.PATH, HOME: this.db, THRUST_DB: this.db, THRUST_TODAY: date },
          maxBuffer: 64 * 1024 * 1024,
        },
        (error, stdout, stderr) => {
          if (error || stderr)
            reject(
              new Error(`thrust ${args.join(' ')} on ${date}: ${stderr || (error?.message ?? '')}`),
            );
          else resolve(stdout);
        },
      );
    });
  }

  async json<T>(date: string, ...args: string[]): Promise<T> {
    return JSON.parse(await this.run(date, ...args, '--json')) as T;
  }

  today(date: string): Promise<Today.Today> {
    return this.json(date, 'today');
  }

  dayView(date: string, day: string): Promise<Today.Today> {
    return this.json(date, 'today', '--date', day);
  }

  async log(date: string, e: Entry): Promise<void> {
    const same = e.reps.every((r) => r === e.reps[0]);
    const reps = same ? `${e.reps.length}x${e.reps[0]}` : e.reps.join(',');
    const load = e.load.value > 0 ? `@${e.load.value}${e.load.unit}` : '';
    await this.run(
      date,
      'log',
      e.exercise,
      `${reps}${load}`,
      ...(e.clean ? ['--clean'] : []),
      ...(e.side ? [`--${e.side}`] : []),
      ...(e.band ? ['--band', e.band] : []),
      ...(e.holdSeconds !== null ? ['--hold', String(e.holdSeconds)] : []),
      ...(e.activation ? ['--activation'] : []),
    );
  }

  async plan(date: string): Promise<PlanView> {
    return this.json<PlanView>(date, 'plan');
  }

  async newPlan(date: string): Promise<void> {
    await this.run(date, 'plan', '--new');
  }

  async status(date: string): Promise<StatusView> {
    const s = await this.json<{ plan: { start: string; done: number } }>(date, 'status');
    // The command line shows the active plan only; the plans stored are counted in the file.
    const db = new Database(this.db, { readonly: true });
    try {
      const row = db.prepare('select count(*) as n from plans').get() as { n: number };
      return { start: s.plan.start, done: s.plan.done, plans: row.n };
    } finally {
      db.close();
    }
  }
}

/**
 * The same life on the domain alone: plans and sessions in memory, a plan day credited
 * as the app credits it (the day on that date, under the active plan), the next plan
 * generated from the profile on the day it starts. The twin the faces are checked against.
 */
export class DomainFace implements Face {
  readonly plans: Log.PlanEntry[] = [];
  readonly sessions: Log.LoggedSession[] = [];

  /** A lifter with `profile` whose first plan starts on `start`, as `thrust init` makes it. */
  constructor(
    readonly profile: Profile.Profile,
    start: string,
  ) {
    this.start(start);
  }

  private start(date: string): void {
    const id = `plan-${this.plans.length + 1}`;
    this.plans.push({ id, plan: Program.generate(this.profile, date) });
  }

  private input(date: string): Today.Input {
    return { plans: this.plans, profile: this.profile, sessions: this.sessions, date };
  }

  today(date: string): Promise<Today.Today> {
    return Promise.resolve(Today.build(this.input(date)));
  }

  dayView(_date: string, day: string): Promise<Today.Today> {
    return this.today(day);
  }

  log(date: string, e: Entry): Promise<void> {
    const active = Today.active(this.input(date));
    const sets: Log.LoggedSet[] = e.reps.map((reps) => ({
      exercise: e.exercise as Log.LoggedSet['exercise'],
      load: e.load,
      reps,
      side: e.side,
      holdSeconds: e.holdSeconds,
      clean: e.clean,
      band: e.band,
      rpe: null,
      felt: null,
      warmup: false,
      track: e.activation ? 'activation' : null,
    }));
    const i = this.sessions.findIndex((s) => s.date === date);
    const old = this.sessions[i];
    if (old) this.sessions[i] = { ...old, sets: [...old.sets, ...sets] };
    else
      this.sessions.push({
        date,
        planId: active.id,
        dayId: active.plan.days.find((d) => d.date === date)?.id ?? null,
        sets,
      });
    return Promise.resolve();
  }

  plan(date: string): Promise<PlanView> {
    const input = this.input(date);
    const left = Today.nextUndone(input, date);
    return Promise.resolve({ days: Today.active(input).plan.days, proposal: left ? null : {} });
  }

  newPlan(date: string): Promise<void> {
    this.start(date);
    return Promise.resolve();
  }

  status(date: string): Promise<StatusView> {
    const active = Today.active(this.input(date));
    return Promise.resolve({
      start: active.plan.start,
      done: Log.doneDays(this.plans, this.sessions, active.id).size,
      plans: this.plans.length,
    });
  }
}

/**
 * Set a lifter up with `thrust init --yes ...init` on `start` and live `weeks` weeks on the
 * built command line (`bin`, a `snapshotBuild`; the data in `db`); then the same lifter's
 * twin on the domain alone. `lifter` makes a fresh lifter (they keep counts).
 */
export async function liveOnCli(
  bin: string,
  db: string,
  init: readonly string[],
  lifter: () => Lifter,
  opts: { start: string; weeks: number; report: readonly number[] },
): Promise<{ life: Life; twin: Life; profile: Profile.Profile; report: string }> {
  const cli = new CliFace(bin, db);
  const t0 = performance.now();
  const { profile } = await cli.json<{ profile: Profile.Profile }>(
    opts.start,
    'init',
    '--yes',
    ...init,
  );
  const life = await live(cli, lifter(), opts);
  const seconds = (performance.now() - t0) / 1000;
  const twin = await live(new DomainFace(profile, opts.start), lifter(), opts);
  const report = [
    `thrust init --yes ${init.join(' ')}; ${opts.weeks} weeks`,
    summary(life, opts.report),
    `${cli.calls} processes in ${seconds.toFixed(0)} s`,
  ].join('\n');
  return { life, twin, profile, report };
}
