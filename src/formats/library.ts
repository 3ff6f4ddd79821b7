/**
 * The exercise libraries of Strong, Hevy and FitNotes, for the lifts near Thrust's own:
 * hip thrusts, glute bridges, kickbacks, abductions, squats, deadlifts, RDLs, split squats,
 * step-ups and lunges. Each name goes to the catalogue exercise a lifter would call the same
 * lift, or to null where none is: an imported set feeds its exercise's progression, PRs and
 * e1RM, so a lift whose loads are not comparable (a front squat beside back squats, a
 * dumbbell RDL beside the barbell's) stays apart, as its own catalogue lift or the lifter's
 * own exercise, rather than look like a drop. `approx` says where the mapping is the nearest lift rather than the same one.
 *
 * The mapped names are also the catalogue's aliases (exercises.ts), so that Catalogue.find
 * and every import resolve them; library.test.ts checks the two agree.
 *
 * Names from the apps' exports as collected in FORMATS.md and from public importers that
 * map these apps' names (Liftosaur's Strong and Hevy importers, fitnotes2fit); not every
 * name is confirmed in every app, hence `apps` says where each was seen.
 */
import { Catalogue } from '../domain/index.js';

type ExerciseId = Catalogue.ExerciseId;

export type App = 'strong' | 'hevy' | 'fitnotes';

export interface LibraryName {
  readonly name: string;
  readonly apps: readonly App[];
  readonly id: ExerciseId | null;
  /** Why a mapping is approximate, or why a name maps to nothing. */
  readonly approx?: string;
}

const SMITH = 'a guided bar: the catalogue has no Smith or machine variant, so the nearest';
const NOT_COMPARABLE = 'different loads for the same effort: kept as the lifter’s own';

export const LIBRARY: readonly LibraryName[] = [
  // Hip thrusts
  { name: 'Hip Thrust (Barbell)', apps: ['strong', 'hevy'], id: 'barbell-hip-thrust' },
  // Hevy's "Hip Thrust" is its bodyweight one, FitNotes' its barbell one; the catalogue has
  // long read it as the barbell lift, and a bodyweight set of it has load 0.
  { name: 'Hip Thrust', apps: ['hevy', 'fitnotes'], id: 'barbell-hip-thrust' },
  {
    name: 'Hip Thrust (Machine)',
    apps: ['strong', 'hevy'],
    id: 'barbell-hip-thrust',
    approx: SMITH,
  },
  { name: 'Hip Thrust (Smith Machine)', apps: ['hevy'], id: 'barbell-hip-thrust', approx: SMITH },
  {
    name: 'Hip Thrust (Bodyweight)',
    apps: ['strong'],
    id: 'banded-hip-thrust',
    approx: 'the catalogue’s hip thrust without a bar; it progresses by reps and hold too',
  },
  { name: 'Hip Thrust (Dumbbell)', apps: ['hevy'], id: 'dumbbell-hip-thrust' },
  { name: 'Single Leg Hip Thrust', apps: ['hevy'], id: 'single-leg-hip-thrust' },
  {
    name: 'Single Leg Hip Thrust (Dumbbell)',
    apps: ['hevy'],
    id: 'single-leg-hip-thrust',
    approx: 'the same lift with a dumbbell on the hip; the load is kept on each set',
  },
  { name: 'One-legged Hip Thrust', apps: ['fitnotes'], id: 'single-leg-hip-thrust' },
  // Glute bridges: a hip thrust from the floor, a shorter range.
  {
    name: 'Glute Bridge (Barbell)',
    apps: ['strong'],
    id: 'barbell-hip-thrust',
    approx: 'from the floor, a shorter range at similar loads',
  },
  {
    name: 'Barbell Glute Bridge',
    apps: ['fitnotes'],
    id: 'barbell-hip-thrust',
    approx: 'from the floor, a shorter range at similar loads',
  },
  {
    name: 'Partial Glute Bridge (Barbell)',
    apps: ['hevy'],
    id: 'barbell-hip-thrust',
    approx: 'from the floor, a shorter range',
  },
  {
    name: 'Glute Bridge',
    apps: ['hevy'],
    id: 'banded-hip-thrust',
    approx: 'a bodyweight bridge: the catalogue’s bridge pattern without a bar',
  },
  {
    name: 'Single Leg Glute Bridge',
    apps: ['hevy'],
    id: 'single-leg-hip-thrust',
    approx: 'from the floor',
  },
  {
    name: 'Frog Pumps (Dumbbell)',
    apps: ['hevy'],
    id: null,
    approx: 'soles together, a partial range',
  },
  // Kickbacks
  { name: 'Standing Cable Glute Kickbacks', apps: ['hevy'], id: 'cable-glute-kickback' },
  {
    name: 'Glute Kickback (Machine)',
    apps: ['strong', 'hevy'],
    id: 'cable-glute-kickback',
    approx: 'a lever machine rather than a cable: the same kick, a different stack',
  },
  {
    name: 'Rear Kick (Machine)',
    apps: ['hevy'],
    id: 'cable-glute-kickback',
    approx: 'a lever machine rather than a cable',
  },
  { name: 'Glute Kickback on Floor', apps: ['hevy'], id: null, approx: 'bodyweight, on all fours' },
  // Abductions: the machine is the catalogue's; band walks are not a seated abduction.
  { name: 'Hip Abduction (Machine)', apps: ['hevy'], id: 'hip-abduction-machine' },
  { name: 'Hip Abductor (Machine)', apps: ['strong'], id: 'hip-abduction-machine' },
  { name: 'Lateral Band Walks', apps: ['hevy'], id: null, approx: 'no abduction lift' },
  // Squats
  { name: 'Squat (Barbell)', apps: ['strong', 'hevy'], id: 'back-squat' },
  { name: 'Barbell Squat', apps: ['fitnotes'], id: 'back-squat' },
  { name: 'Full Squat', apps: ['hevy'], id: 'back-squat' },
  { name: 'Squat (Smith Machine)', apps: ['strong', 'hevy'], id: 'back-squat', approx: SMITH },
  {
    name: 'Box Squat (Barbell)',
    apps: ['strong', 'hevy'],
    id: 'back-squat',
    approx: 'to a box: the same bar and similar loads',
  },
  { name: 'Front Squat (Barbell)', apps: ['strong'], id: 'front-squat' },
  { name: 'Front Squat', apps: ['hevy'], id: 'front-squat' },
  { name: 'Barbell Front Squat', apps: ['fitnotes'], id: 'front-squat' },
  { name: 'Goblet Squat (Kettlebell)', apps: ['strong'], id: 'goblet-squat' },
  { name: 'Goblet Squat', apps: ['hevy'], id: 'goblet-squat' },
  { name: 'Squat (Dumbbell)', apps: ['strong', 'hevy'], id: null, approx: NOT_COMPARABLE },
  { name: 'Squat (Machine)', apps: ['hevy'], id: null, approx: NOT_COMPARABLE },
  { name: 'Hack Squat (Machine)', apps: ['hevy'], id: null, approx: NOT_COMPARABLE },
  // Deadlifts
  { name: 'Deadlift (Barbell)', apps: ['strong', 'hevy'], id: 'deadlift' },
  { name: 'Deadlift', apps: ['fitnotes'], id: 'deadlift' },
  {
    name: 'Sumo Deadlift (Barbell)',
    apps: ['strong'],
    id: 'deadlift',
    approx: 'a wide stance: the same bar and similar loads',
  },
  {
    name: 'Sumo Deadlift',
    apps: ['hevy', 'fitnotes'],
    id: 'deadlift',
    approx: 'a wide stance: the same bar and similar loads',
  },
  {
    name: 'Trap Bar Deadlift',
    apps: ['strong'],
    id: 'deadlift',
    approx: 'a hex bar: similar loads, more knee bend',
  },
  {
    name: 'Deadlift (Trap bar)',
    apps: ['hevy'],
    id: 'deadlift',
    approx: 'a hex bar: similar loads, more knee bend',
  },
  { name: 'Deadlift (Smith Machine)', apps: ['strong', 'hevy'], id: 'deadlift', approx: SMITH },
  { name: 'Deadlift (Dumbbell)', apps: ['strong', 'hevy'], id: null, approx: NOT_COMPARABLE },
  // Romanian and stiff-legged deadlifts
  { name: 'Romanian Deadlift (Barbell)', apps: ['strong', 'hevy'], id: 'romanian-deadlift' },
  { name: 'Romanian Deadlift', apps: ['fitnotes'], id: 'romanian-deadlift' },
  {
    name: 'Stiff Leg Deadlift (Barbell)',
    apps: ['strong'],
    id: 'romanian-deadlift',
    approx: 'straighter knees, the same hinge and similar loads',
  },
  {
    name: 'Straight Leg Deadlift',
    apps: ['hevy'],
    id: 'romanian-deadlift',
    approx: 'straighter knees, the same hinge and similar loads',
  },
  {
    name: 'Stiff-Legged Deadlift',
    apps: ['fitnotes'],
    id: 'romanian-deadlift',
    approx: 'straighter knees, the same hinge and similar loads',
  },
  {
    name: 'Romanian Deadlift (Dumbbell)',
    apps: ['strong', 'hevy'],
    id: 'dumbbell-romanian-deadlift',
  },
  {
    name: 'Single Leg Romanian Deadlift (Barbell)',
    apps: ['hevy'],
    id: null,
    approx: NOT_COMPARABLE,
  },
  {
    name: 'Single Leg Romanian Deadlift (Dumbbell)',
    apps: ['hevy'],
    id: 'single-leg-romanian-deadlift',
  },
  // Split squats, step-ups and lunges: the catalogue has the Bulgarian split squat, step-ups,
  // walking and reverse lunges; other lunges and split squats load differently.
  {
    name: 'Bulgarian Split Squat',
    apps: ['strong', 'hevy', 'fitnotes'],
    id: 'bulgarian-split-squat',
  },
  { name: 'Split Squat (Dumbbell)', apps: ['hevy'], id: null },
  // Strong writes "Step-up", Hevy "Step Up": one name once normalised.
  { name: 'Step-up', apps: ['strong', 'hevy'], id: 'step-up' },
  { name: 'Dumbbell Step Up', apps: ['hevy'], id: 'step-up' },
  { name: 'Lunge (Barbell)', apps: ['strong', 'hevy'], id: null },
  { name: 'Lunge (Dumbbell)', apps: ['strong', 'hevy'], id: null },
  { name: 'Lunge (Bodyweight)', apps: ['strong'], id: null },
  { name: 'Lunge', apps: ['hevy'], id: null },
  { name: 'Walking Lunge', apps: ['hevy'], id: 'walking-lunge' },
  { name: 'Walking Lunge (Dumbbell)', apps: ['strong', 'hevy'], id: 'walking-lunge' },
  { name: 'Reverse Lunge', apps: ['hevy'], id: 'reverse-lunge' },
  { name: 'Curtsy Lunge (Dumbbell)', apps: ['hevy'], id: null },
  { name: 'Barbell Lunge', apps: ['fitnotes'], id: null },
  { name: 'Dumbbell Lunges', apps: ['fitnotes'], id: null },
];

/**
 * Each catalogue exercise under the name Strong and Hevy give it in their own libraries,
 * for exports the other app should recognise; null where the app has no such exercise.
 */
const DISPLAY: Readonly<Record<ExerciseId, { strong: string | null; hevy: string | null }>> = {
  'barbell-hip-thrust': { strong: 'Hip Thrust (Barbell)', hevy: 'Hip Thrust (Barbell)' },
  // Neither app has a banded hip thrust; Strong's bodyweight one is the same lift unbanded.
  'banded-hip-thrust': { strong: 'Hip Thrust (Bodyweight)', hevy: null },
  'single-leg-hip-thrust': { strong: null, hevy: 'Single Leg Hip Thrust' },
  'dumbbell-hip-thrust': { strong: null, hevy: 'Hip Thrust (Dumbbell)' },
  'back-squat': { strong: 'Squat (Barbell)', hevy: 'Squat (Barbell)' },
  deadlift: { strong: 'Deadlift (Barbell)', hevy: 'Deadlift (Barbell)' },
  'romanian-deadlift': {
    strong: 'Romanian Deadlift (Barbell)',
    hevy: 'Romanian Deadlift (Barbell)',
  },
  'cable-glute-kickback': { strong: null, hevy: 'Standing Cable Glute Kickbacks' },
  // The rest of the catalogue (catalogue/more.ts), by the names LIBRARY has seen in each app.
  'front-squat': { strong: 'Front Squat (Barbell)', hevy: 'Front Squat' },
  'goblet-squat': { strong: 'Goblet Squat (Kettlebell)', hevy: 'Goblet Squat' },
  'dumbbell-romanian-deadlift': {
    strong: 'Romanian Deadlift (Dumbbell)',
    hevy: 'Romanian Deadlift (Dumbbell)',
  },
  'single-leg-romanian-deadlift': { strong: null, hevy: 'Single Leg Romanian Deadlift (Dumbbell)' },
  'bulgarian-split-squat': { strong: 'Bulgarian Split Squat', hevy: 'Bulgarian Split Squat' },
  'step-up': { strong: 'Step-up', hevy: 'Step-up' },
  'walking-lunge': { strong: 'Walking Lunge (Dumbbell)', hevy: 'Walking Lunge (Dumbbell)' },
  'reverse-lunge': { strong: null, hevy: 'Reverse Lunge' },
  'hip-abduction-machine': { strong: 'Hip Abductor (Machine)', hevy: 'Hip Abduction (Machine)' },
  'banded-hip-abduction': { strong: null, hevy: null },
  'back-extension': { strong: null, hevy: null },
  'leg-press': { strong: null, hevy: null },
  'lying-leg-curl': { strong: null, hevy: null },
  'seated-leg-curl': { strong: null, hevy: null },
  'bench-press': { strong: null, hevy: null },
  'overhead-press': { strong: null, hevy: null },
  'barbell-row': { strong: null, hevy: null },
  'dumbbell-row': { strong: null, hevy: null },
  'seated-cable-row': { strong: null, hevy: null },
  'pull-up': { strong: null, hevy: null },
  'lat-pulldown': { strong: null, hevy: null },
};

const BY_NAME = new Map(LIBRARY.map((e) => [Catalogue.normalizeName(e.name), e]));

/** The catalogue exercise for a library name; null for names outside the table or unmapped. */
export function fromLibrary(name: string): ExerciseId | null {
  return BY_NAME.get(Catalogue.normalizeName(name))?.id ?? null;
}

/** Whether the table knows the name at all (mapped or deliberately not). */
export function inLibrary(name: string): boolean {
  return BY_NAME.has(Catalogue.normalizeName(name));
}

/** Strong's name for an exercise, else the catalogue's (Strong keeps it as a custom one). */
export function strongName(id: ExerciseId): string {
  return DISPLAY[id].strong ?? Catalogue.get(id).name;
}

/** Hevy's name for an exercise, else the catalogue's (Hevy keeps it as a custom one). */
export function hevyName(id: ExerciseId): string {
  return DISPLAY[id].hevy ?? Catalogue.get(id).name;
}
