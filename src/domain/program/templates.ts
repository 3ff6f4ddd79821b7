/**
 * The sessions each goal is made of (R1-R5). A template is a day kind and its slots, in the
 * order they are done: activation first (R4), compounds before hip thrusts (R3), single-leg
 * work after the bilateral work (R5).
 */
import type { ExerciseId } from '../catalogue/index.js';
import type { Inventory } from '../equipment.js';
import type { Profile } from '../profile.js';
import type { DayKind, Slot } from './plan.js';

export interface DayTemplate {
  readonly kind: DayKind;
  readonly title: string;
  /** Block number (1-based) to slots: set counts may grow from one block to the next. */
  readonly slots: (block: number) => Slot[];
}

/** R4: banded hip thrust, 3x15 with a 2-s hold, opening every lower-body session. */
const activation: Slot = {
  exercise: 'banded-hip-thrust',
  role: 'activation',
  track: 'activation',
  sets: 3,
  reps: { min: 15, max: 15 },
  holdSeconds: 2,
  perSide: false,
  progression: 'fixed',
  intent:
    'Activation: band above the knees, no bar, knees pushed out, 2-s squeeze at the top (R4, R6).',
  rules: ['R4', 'R6'],
};

/**
 * R4's banded warm-up opens a session only for a lifter who owns a band: without one the
 * plan prescribes no banded exercise at all.
 */
const warmUp = (inv: Inventory): Slot[] => (inv.bands.length > 0 ? [activation] : []);

/**
 * The hip thrust the lifter can load: barbell, else dumbbell, else band; with none of them,
 * the single-leg hip thrust, whose load is the lifter's own body weight (R5).
 */
export function mainLift(inv: Inventory): ExerciseId {
  if (inv.barbell) return 'barbell-hip-thrust';
  if (inv.dumbbells) return 'dumbbell-hip-thrust';
  if (inv.bands.length > 0) return 'banded-hip-thrust';
  return 'single-leg-hip-thrust';
}

/** Single-leg work after the main lift (R5), unless the main lift is already single-leg. */
const after = (inv: Inventory, slot: Slot): Slot[] =>
  mainLift(inv) === 'single-leg-hip-thrust' ? [] : [slot];

/**
 * A band as the main lift's load pulls far less than a bar, and the same band opens the
 * session for 15 reps (R4): its work sets run 20-25 reps, so the work is never easier than
 * the warm-up before it (a convention: no study doses the banded hip thrust as main work).
 * The range is as wide as the metabolic day's, so reps climb it in five sessions.
 */
const BAND_REPS = { min: activation.reps.max + 5, max: 25 } as const;

/**
 * Banded work as plans are made now (20-25 reps), which starts on a stronger band than the
 * warm-up (Progression.initial). A plan made before kept the barbell's rep ranges and the
 * lightest band: its start stays as it was, so its log is judged as it always was.
 */
export const isBandWork = (slot: Slot): boolean =>
  slot.exercise === 'banded-hip-thrust' &&
  slot.role !== 'activation' &&
  slot.reps.min >= BAND_REPS.min;

function main(
  inv: Inventory,
  track: string,
  sets: number,
  min: number,
  max: number,
  holdSeconds: number,
  intent: string,
  rules: string[],
): Slot {
  const exercise = mainLift(inv);
  const bodyweight = exercise === 'single-leg-hip-thrust';
  const banded = exercise === 'banded-hip-thrust';
  const reps = banded
    ? { min: Math.max(min, BAND_REPS.min), max: Math.max(max, BAND_REPS.max) }
    : { min, max };
  return {
    exercise,
    role: 'main',
    track: `${exercise}/${track}`,
    sets,
    reps,
    holdSeconds,
    perSide: bodyweight,
    progression: banded || bodyweight ? 'reps-hold' : 'load',
    intent: banded
      ? `${intent.replace(/(\d+x)?\d+-\d+( reps)?/, `${reps.min}-${reps.max} reps`)} With a band as the load the work runs more reps than the activation's ${activation.reps.max}, so it is the harder (convention).`
      : intent,
    rules,
  };
}

/**
 * R5: single-leg hip thrust after the bilateral work, each side logged. The seed gives no
 * sets or reps for it; 2 sets of 8-12 a side is a modest accessory dose (a convention: no
 * trial of the single-leg hip thrust has tested a dose).
 */
const singleLeg: Slot = {
  exercise: 'single-leg-hip-thrust',
  role: 'accessory',
  track: 'single-leg-hip-thrust',
  sets: 2,
  reps: { min: 8, max: 12 },
  holdSeconds: 1,
  perSide: true,
  progression: 'reps-hold',
  intent: 'Single leg: the working leg alone drives; log each side to compare them (R5).',
  rules: ['R5', 'R6'],
};

/**
 * Cable kickback with ankle straps (R10), when a cable is owned: glute work on a metabolic
 * day. Its 2x12-20 a side is a convention.
 */
const kickback: Slot = {
  exercise: 'cable-glute-kickback',
  role: 'accessory',
  track: 'cable-glute-kickback',
  sets: 2,
  reps: { min: 12, max: 20 },
  holdSeconds: 1,
  perSide: true,
  progression: 'load',
  intent:
    'Cable kickback: ankle strap (R10); slow and controlled, squeeze at the end (practitioner guidance).',
  rules: ['R10'],
};

function compound(exercise: 'back-squat' | 'deadlift'): Slot {
  return {
    exercise,
    role: 'compound',
    track: exercise,
    sets: 3,
    reps: { min: 5, max: 8 },
    holdSeconds: 0,
    perSide: false,
    progression: 'load',
    intent:
      'Your primary compound lift comes first; the hip thrusts follow it (R3). Run it as your program says; these numbers are a default (convention).',
    rules: ['R3'],
  };
}

/** R2: glutes first. Heavy and metabolic every week; a third day in the 8-15 range. */
function glutes(p: Profile): DayTemplate[] {
  const inv = p.inventory;
  const heavy: DayTemplate = {
    kind: 'heavy',
    title: 'Heavy hip thrust',
    slots: (block) => [
      ...warmUp(inv),
      main(
        inv,
        'heavy',
        block === 1 ? 3 : 4,
        6,
        10,
        2,
        'Heavy: 6-10 reps, maximal squeeze and a 1-2 s hold at the top of every rep (R2, R6).',
        ['R2', 'R6'],
      ),
      ...after(inv, singleLeg),
    ],
  };
  const volume: DayTemplate = {
    kind: 'volume',
    title: 'Hip thrust volume',
    slots: (block) => [
      ...warmUp(inv),
      main(
        inv,
        'volume',
        block === 1 ? 3 : 4,
        8,
        15,
        1,
        'Volume: 8-15 reps, full range, squeeze at the top (R2, R6).',
        ['R2', 'R6'],
      ),
      ...after(inv, singleLeg),
    ],
  };
  const metabolic: DayTemplate = {
    kind: 'metabolic',
    title: 'Metabolic hip thrust',
    slots: () => [
      ...warmUp(inv),
      main(
        inv,
        'metabolic',
        3,
        15,
        25,
        1,
        'Metabolic: 15-25 reps with constant tension: no pause at the bottom; a 1-s squeeze at the top, then straight back down (R2, R6).',
        ['R2', 'R6'],
      ),
      ...(inv.cable && inv.gear.includes('ankle-straps') ? [kickback] : after(inv, singleLeg)),
    ],
  };
  return week(p, [heavy], [heavy, metabolic], [heavy, volume, metabolic]);
}

/**
 * The week's days for 1 to 6 sessions. One, two and three are the goal's own weeks (the
 * seed's 2-3 a week, R2; one is its first day alone). Beyond three the seed gives no week,
 * so its three days repeat in order (a convention): each kind of day keeps its own track,
 * and the pace cap still limits how fast the load rises however often it is trained.
 */
function week(
  p: Profile,
  one: readonly DayTemplate[],
  two: readonly DayTemplate[],
  three: readonly DayTemplate[],
): DayTemplate[] {
  const n = p.sessionsPerWeek;
  if (n === 1) return [...one];
  if (n === 2) return [...two];
  return Array.from({ length: n }, (_, i) => three[i % three.length] as DayTemplate);
}

/** R3: hip thrusts after squats or deadlifts, 3x10-12 with a 2-s hold. */
function accessory(p: Profile): DayTemplate[] {
  const thrust = main(
    p.inventory,
    'accessory',
    3,
    10,
    12,
    2,
    'After the compound work: 3x10-12, 2-s hold at the top of every rep (R3).',
    ['R3', 'R6'],
  );
  const day = (lift: 'back-squat' | 'deadlift' | null, title: string): DayTemplate => ({
    kind: 'lower',
    title,
    slots: () => [
      ...warmUp(p.inventory),
      ...(lift ? [compound(lift)] : []),
      thrust,
      ...after(p.inventory, singleLeg),
    ],
  });
  if (!p.compounds) return Array.from({ length: p.sessionsPerWeek }, () => day(null, 'Lower body'));
  const squat = day('back-squat', 'Lower body: squat');
  const dead = day('deadlift', 'Lower body: deadlift');
  // Squat and deadlift days alternate, however many there are.
  return Array.from({ length: p.sessionsPerWeek }, (_, i) => (i % 2 === 0 ? squat : dead));
}

/**
 * R1, R11: hip-extension power. Heavy thrusts lifted with a fast, forceful drive; a second
 * day of moderate reps; compounds first when they are in the program (R3). The seed gives
 * no numbers for this goal, so 6-8 and 8-12 reps are conventions. It claims the strength
 * carries over to sprint and jump; trials found no transfer to jumping and little or none
 * to sprinting (Lin 2026, Jarvis 2019), so the plan tests both (R11) instead of promising.
 */
function athletic(p: Profile): DayTemplate[] {
  const inv = p.inventory;
  const first = (lift: 'back-squat' | 'deadlift'): Slot[] => (p.compounds ? [compound(lift)] : []);
  const power: DayTemplate = {
    kind: 'power',
    title: 'Power hip thrust',
    slots: (block) => [
      ...warmUp(inv),
      ...first('back-squat'),
      main(
        inv,
        'power',
        block === 1 ? 3 : 4,
        6,
        8,
        1,
        'Power: drive up as fast as you can, hold 1 s at the top (R6); end the set when the speed drops (convention).',
        ['R1', 'R11', 'R6'],
      ),
      ...after(inv, singleLeg),
    ],
  };
  const volume: DayTemplate = {
    kind: 'volume',
    title: 'Hip thrust strength',
    slots: () => [
      ...warmUp(inv),
      ...first('deadlift'),
      main(
        inv,
        'volume',
        3,
        8,
        12,
        1,
        'Strength: 8-12 reps, fast up, controlled down (convention; form R6).',
        ['R1', 'R6'],
      ),
      ...after(inv, singleLeg),
    ],
  };
  return Array.from({ length: p.sessionsPerWeek }, (_, i) => (i % 2 === 0 ? power : volume));
}

export function templatesFor(p: Profile): DayTemplate[] {
  switch (p.goal) {
    case 'glutes':
      return glutes(p);
    case 'accessory':
      return accessory(p);
    case 'athletic':
      return athletic(p);
  }
}
