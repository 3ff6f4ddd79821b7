/** The lifter's profile and settings: everything the plan and the progression are built from. */
import type { ExerciseId } from './catalogue/index.js';
import type { Weekday } from './dates.js';
import * as E1rm from './e1rm.js';
import * as Asymmetry from './asymmetry.js';
import type { Inventory } from './equipment.js';
import type { Load, Unit } from './units.js';

/**
 * R1: what the hip thrust is for in this lifter's training. The athletic goal trains for
 * hip-extension power and tests sprint and jump (R11); it does not promise they improve:
 * trials found no transfer to jumping and a small or no effect on sprinting (Lin 2026,
 * Jarvis 2019; evidence.ts).
 */
export type Goal = 'glutes' | 'accessory' | 'athletic';
export const GOALS: readonly Goal[] = ['glutes', 'accessory', 'athletic'];

export const GOAL_NAMES: Readonly<Record<Goal, string>> = {
  glutes: 'Glutes first: the hip thrust is the main lift (R2)',
  accessory: 'Accessory: hip thrusts after squats and deadlifts (R3)',
  athletic:
    'Athletic: fast, heavy hip thrusts, with sprint and jump tests to see what carries over (R1, R11)',
};

/** A recent set the lifter knows they can do: the starting point instead of calibration. */
export interface WorkingSet {
  readonly exercise: ExerciseId;
  readonly load: Load;
  readonly reps: number;
}

/**
 * The fastest load may rise on one exercise (R8: "5 to 10 pounds every two to three weeks").
 * At most `load` per `weeks`, and never more often than every `minWeeks`. The wait is the
 * seed's: research-based rules raise the load on performance, not dates (ACSM 2009).
 */
export interface Pace {
  readonly load: Load;
  readonly weeks: number;
  readonly minWeeks: number;
}

export interface Settings {
  /** null lets load rise as fast as the double progression allows. */
  readonly pace: Pace | null;
  /** Failed sessions in a row at one load before a deload. */
  readonly stallAfter: number;
  readonly deloadPercent: number;
  readonly formula: E1rm.Formula;
  readonly asymmetryThresholdPercent: number;
}

/**
 * Defaults: the seed's pace at its reference rate (95 -> 185 lb in 26 weeks is about 10 lb
 * every 3 weeks), a stall after three failed sessions and a deload of about 10%
 * (a convention of novice programs; the seed gives no deload rule and no study tests it).
 */
export const DEFAULT_SETTINGS = {
  pace: { load: { value: 10, unit: 'lb' }, weeks: 3, minWeeks: 2 },
  stallAfter: 3,
  deloadPercent: 10,
  formula: E1rm.DEFAULT_FORMULA,
  asymmetryThresholdPercent: Asymmetry.DEFAULT_THRESHOLD_PERCENT,
} as const satisfies Settings;

export interface Profile {
  readonly name: string;
  readonly units: Unit;
  readonly goal: Goal;
  readonly sessionsPerWeek: SessionsPerWeek;
  /** Training weekdays; defaults by sessions per week when empty. */
  readonly days: readonly Weekday[];
  readonly inventory: Inventory;
  readonly working: WorkingSet | null;
  /** Squats and deadlifts are part of the program (R3 places hip thrusts after them). */
  readonly compounds: boolean;
  readonly settings: Settings;
}

/** Sessions a week: the seed's 2-3 (R2), or from 1 to 6 as the lifter's week allows. */
export type SessionsPerWeek = 1 | 2 | 3 | 4 | 5 | 6;
export const SESSIONS_PER_WEEK: readonly SessionsPerWeek[] = [1, 2, 3, 4, 5, 6];

/**
 * The weekdays a week of sessions falls on by default: Mon/Thu for two, Mon/Wed/Fri for
 * three (a day of rest between); beyond three, the fewest back-to-back days, Sunday free.
 */
export function defaultDays(sessionsPerWeek: SessionsPerWeek): Weekday[] {
  const days: Record<SessionsPerWeek, Weekday[]> = {
    1: ['wed'],
    2: ['mon', 'thu'],
    3: ['mon', 'wed', 'fri'],
    4: ['mon', 'tue', 'thu', 'fri'],
    5: ['mon', 'tue', 'wed', 'fri', 'sat'],
    6: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  };
  return days[sessionsPerWeek];
}

export function trainingDays(p: Profile): readonly Weekday[] {
  return p.days.length === p.sessionsPerWeek ? p.days : defaultDays(p.sessionsPerWeek);
}
