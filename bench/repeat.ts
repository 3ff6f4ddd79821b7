/**
 * Repeated runs for every bench: a figure is the median of several runs, shown with its
 * min-max, so a reader sees how noisy it is; and the machine's load average beside it, so a
 * figure from a busy machine is recognisable as such. One place, used by every bench.
 *
 *   const runs = await Repeat.times(5, () => measureOnce());
 *   const rps = Repeat.spread(runs.map((r) => r.perSecond));
 *   Repeat.show(rps, ' req/s', 0) // '1,791 req/s (1,702-1,840, 5 runs)'
 */
import { loadavg } from 'node:os';

/** The median of several runs of one figure, with the lowest and highest run. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** How many runs the figure is the median of. */
  readonly runs: number;
}

/** The median (the mean of the two middle values for an even count), min and max of `xs`. */
export function spread(xs: readonly number[]): Spread {
  if (xs.length === 0) throw new Error('spread: no runs to summarise');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]!, runs: s.length };
}

/** Runs `once` `n` times, one after the other (never in parallel), and returns each result. */
export async function times<T>(n: number, once: (i: number) => T | Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await once(i));
  return out;
}

/** The same as `times`, for a measurement that is synchronous (e.g. spawnSync). */
export function timesSync<T>(n: number, once: (i: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(once(i));
  return out;
}

/** The spread of one field over the results of repeated runs. */
export const of = <T>(runs: readonly T[], pick: (r: T) => number): Spread => spread(runs.map(pick));

/**
 * The spread of a figure over its same-run baseline: the ratio is taken inside each run and
 * then summarised, so a run on a busier moment compares with its own baseline.
 */
export const ratio = <T>(
  runs: readonly T[],
  figure: (r: T) => number,
  baseline: (r: T) => number,
): Spread => spread(runs.map((r) => figure(r) / baseline(r)));

const num = (n: number, digits: number) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** '119 ms (112-131, 5 runs)': the median, then min-max; a single run says so. */
export function show(s: Spread, unit = '', digits = 1): string {
  if (s.runs === 1) return `${num(s.median, digits)}${unit} (1 run)`;
  return `${num(s.median, digits)}${unit} (${num(s.min, digits)}-${num(s.max, digits)}, ${s.runs} runs)`;
}

/** The 1, 5 and 15 minute load averages, with the core count to read them against. */
export function loadAverage(): {
  readonly one: number;
  readonly five: number;
  readonly fifteen: number;
} {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return { one, five, fifteen };
}

/** 'load average 0.42 0.61 0.70 (1, 5, 15 min)' */
export function showLoad(l = loadAverage()): string {
  return `load average ${num(l.one, 2)} ${num(l.five, 2)} ${num(l.fifteen, 2)} (1, 5, 15 min)`;
}

/** One line of the `npm run bench` table: a figure beside its same-run baseline and goal. */
export interface Line {
  readonly what: string;
  readonly figure: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly goal: string;
  /** Whether the goal is met; null where there is no goal. */
  readonly met: boolean | null;
  /** Where the goal is out of reach on this machine: the measured limit, and why. */
  readonly limit?: string;
}
