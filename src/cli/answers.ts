/**
 * The answers of `thrust init`, read from a flag or from a prompt by the same functions.
 * Each says what is wrong in the answer's own terms, without naming a flag: a prompt shows
 * it under the question and asks again; a flag prefixes its name (`--working: ...`).
 */
import { Equipment } from '../domain/index.js';
import { EXIT, Exit } from './exit.js';

export type Unit = 'lb' | 'kg';
export type Parsed<T> = { ok: true; value: T } | { ok: false; why: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const no = (why: string): Parsed<never> => ({ ok: false, why });
const NUM = String.raw`(\d+(?:\.\d+)?)`;
const none = (s: string) => ['none', 'no', '0', ''].includes(s.trim().toLowerCase());

/** The same limits as the profile's (src/app/setup.ts). */
export const LIMITS = { load: 1500, reps: 50, bar: 100, plate: 100, pairs: 20 } as const;

/** Examples in the lifter's unit. */
export const EXAMPLE = {
  lb: { working: '95x12', bar: '45', plates: '45x6,25x2,10x2,5x2,2.5x2', dumbbells: '5-50/5' },
  kg: { working: '40x12', bar: '20', plates: '20x6,10x2,5x2,2.5x2,1.25x2', dumbbells: '2-24/2' },
} as const;

/** A recent working set, "95x12"; empty, "unknown" or "don't know" for none. */
export function workingSet(s: string, unit: Unit): Parsed<{ load: number; reps: number } | null> {
  const t = s.trim().toLowerCase();
  if (['', 'unknown', 'none', "don't know", 'dont know', 'dont-know', '?'].includes(t))
    return ok(null);
  const e = EXAMPLE[unit].working;
  const m = new RegExp(`^${NUM}\\s*(?:${unit}\\s*)?[x×*]\\s*(\\d+)$`).exec(t);
  if (!m) {
    if (new RegExp(`^${NUM}\\s*(?:${unit})?$`).test(t))
      return no(
        `"${s.trim()}" is a load without reps: write LOADxREPS, e.g. ${e} (${e.split('x')[0]} ${unit} for ${e.split('x')[1]} reps), or leave it empty if you don't know`,
      );
    return no(
      `"${s.trim()}" is not a set: write LOADxREPS in ${unit}, e.g. ${e}, or leave it empty if you don't know`,
    );
  }
  const [load, reps] = [Number(m[1]), Number(m[2])];
  if (load <= 0 || load > LIMITS.load)
    return no(`the load ${load} ${unit} should be above 0 and at most ${LIMITS.load} ${unit}`);
  if (reps < 1 || reps > LIMITS.reps)
    return no(
      `${reps} reps: a working set is 1 to ${LIMITS.reps} reps; for a set of ${load} ${unit}, e.g. ${load}x10`,
    );
  return ok({ load, reps });
}

/** The bar's weight, e.g. "45". */
export function barWeight(s: string, unit: Unit): Parsed<number> {
  const t = s.trim().toLowerCase().replace(unit, '').trim();
  const n = Number(t);
  if (t === '' || !Number.isFinite(n))
    return no(
      `"${s.trim()}" is not a weight: give the bar's weight in ${unit}, e.g. ${EXAMPLE[unit].bar}`,
    );
  if (n <= 0 || n > LIMITS.bar)
    return no(
      `a bar of ${n} ${unit}: give its weight in ${unit}, above 0 and at most ${LIMITS.bar}`,
    );
  return ok(n);
}

/** Plates as WEIGHTxPAIRS, "45x6,25x2,2.5x2". */
export function plateList(s: string, unit: Unit): Parsed<{ weight: number; pairs: number }[]> {
  const e = EXAMPLE[unit].plates;
  const out: { weight: number; pairs: number }[] = [];
  const parts = s.split(',').map((p) => p.trim());
  if (parts.every((p) => p === ''))
    return no(`list the plates as WEIGHTxPAIRS in ${unit}, e.g. ${e}`);
  for (const p of parts) {
    const m = new RegExp(`^${NUM}\\s*[x×*]\\s*(\\d+)$`, 'i').exec(p);
    if (!m)
      return no(
        `"${p}" is not a plate: write WEIGHTxPAIRS in ${unit} (a pair is one plate for each side), e.g. ${e}`,
      );
    const [weight, pairs] = [Number(m[1]), Number(m[2])];
    if (weight <= 0 || weight > LIMITS.plate)
      return no(`"${p}": a plate weighs above 0 and at most ${LIMITS.plate} ${unit}`);
    if (pairs < 1 || pairs > LIMITS.pairs)
      return no(`"${p}": 1 to ${LIMITS.pairs} pairs of a plate`);
    out.push({ weight, pairs });
  }
  return ok(out);
}

/** Dumbbells as LIGHTEST-HEAVIEST/STEP, "5-50/5", or none. */
export function dumbbellRange(
  s: string,
  unit: Unit,
): Parsed<{ min: number; max: number; step: number } | null> {
  if (none(s)) return ok(null);
  const e = EXAMPLE[unit].dumbbells;
  const m = new RegExp(`^${NUM}\\s*-\\s*${NUM}\\s*/\\s*${NUM}$`).exec(s.trim());
  if (!m)
    return no(
      `"${s.trim()}" is not a range: write LIGHTEST-HEAVIEST/STEP in ${unit}, e.g. ${e}, or none`,
    );
  const [min, max, step] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (max <= 0 || max < min)
    return no(`"${s.trim()}": the heaviest dumbbell must be at least the lightest, e.g. ${e}`);
  if (step <= 0) return no(`"${s.trim()}": the step between dumbbells must be above 0, e.g. ${e}`);
  return ok({ min, max, step });
}

/** Band levels owned, "light,medium" or none. */
export function bandList(s: string): Parsed<Equipment.BandLevel[]> {
  if (none(s)) return ok([]);
  const out: Equipment.BandLevel[] = [];
  for (const b of s.split(',').map((x) => x.trim().toLowerCase())) {
    if (!(Equipment.BAND_LEVELS as readonly string[]).includes(b))
      return no(`"${b}" is not a band level: use ${Equipment.BAND_LEVELS.join(', ')} or none`);
    out.push(b as Equipment.BandLevel);
  }
  return ok([...new Set(out)]);
}

/** Gear owned, "flat-bench,bar-pad" or none. */
export function gearList(s: string): Parsed<Equipment.Gear[]> {
  if (none(s)) return ok([]);
  const out: Equipment.Gear[] = [];
  for (const g of s.split(',').map((x) => x.trim().toLowerCase())) {
    if (!(Equipment.GEAR as readonly string[]).includes(g))
      return no(`"${g}" is not gear Thrust knows: use ${Equipment.GEAR.join(', ')} or none`);
    out.push(g as Equipment.Gear);
  }
  return ok([...new Set(out)]);
}

/** The value of a flag, or exit 3 naming the flag. */
export function fromFlag<T>(flag: string, r: Parsed<T>): T {
  if (!r.ok) throw new Exit(EXIT.data, `${flag}: ${r.why}`);
  return r.value;
}

/** A clack `validate`: the message under the prompt, or nothing when the answer is good. */
export const prompt =
  <T>(parse: (s: string) => Parsed<T>) =>
  (s: string | undefined): string | undefined => {
    const r = parse(s ?? '');
    return r.ok ? undefined : r.why.charAt(0).toUpperCase() + r.why.slice(1);
  };
