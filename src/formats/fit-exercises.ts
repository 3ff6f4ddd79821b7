/**
 * The catalogue's lifts as FIT exercises: a category (the profile's `exercise_category`) and a
 * name in that category's own list (`hip_raise_exercise_name`, `squat_exercise_name`, ...),
 * as Garmin Connect and the watches show them. Names are the FIT SDK profile's (version
 * 21.217, @garmin/fitsdk Profile.types); the numbers are looked up there, not copied.
 */
import { Catalogue } from '../domain/index.js';
import { numberOf } from './fit-fields.js';

/** FIT's category for a lift it has no name for. */
export const UNKNOWN_CATEGORY = 65534;

interface Entry {
  /** The profile's exerciseCategory value, e.g. 'hipRaise'. */
  readonly category: string;
  /**
   * The name in that category's list; for lifts FIT names apart with and without added load
   * (single-leg hip raise, weighted single-leg hip raise) the loaded one is `loaded`. null
   * when FIT's list has no name for the lift: the category alone is written.
   */
  readonly name: string | null;
  readonly loaded?: string;
}

/**
 * Every catalogue lift. Where FIT's lists have no exact name the nearest movement is chosen,
 * and said so: a seated abduction machine has no FIT name (standing abduction is another
 * movement), nor has a 45° back extension (FIT's are Swiss-ball, static or single-leg).
 */
const TABLE: Readonly<Record<Catalogue.ExerciseId, Entry>> = {
  'barbell-hip-thrust': { category: 'hipRaise', name: 'barbellHipThrustWithBench' },
  // A bodyweight hip thrust with a band above the knees; the band rides in a developer field.
  'banded-hip-thrust': { category: 'hipRaise', name: 'hipRaise', loaded: 'weightedHipRaise' },
  'single-leg-hip-thrust': {
    category: 'hipRaise',
    name: 'singleLegHipRaise',
    loaded: 'weightedSingleLegHipRaise',
  },
  'dumbbell-hip-thrust': { category: 'hipRaise', name: 'weightedHipRaise' },
  'back-squat': { category: 'squat', name: 'barbellBackSquat' },
  deadlift: { category: 'deadlift', name: 'barbellDeadlift' },
  'romanian-deadlift': { category: 'deadlift', name: 'romanianDeadlift' },
  // A standing hip extension against a cable: FIT's standing rear leg raise.
  'cable-glute-kickback': { category: 'hipStability', name: 'weightedStandingRearLegRaise' },
  'front-squat': { category: 'squat', name: 'barbellFrontSquat' },
  'goblet-squat': { category: 'squat', name: 'gobletSquat' },
  'dumbbell-romanian-deadlift': { category: 'deadlift', name: 'romanianDeadlift' },
  'single-leg-romanian-deadlift': {
    category: 'deadlift',
    name: 'singleLegRomanianDeadliftWithDumbbell',
  },
  'bulgarian-split-squat': { category: 'lunge', name: 'dumbbellBulgarianSplitSquat' },
  'step-up': { category: 'squat', name: 'stepUp', loaded: 'dumbbellStepUp' },
  'walking-lunge': { category: 'lunge', name: 'walkingLunge', loaded: 'walkingDumbbellLunge' },
  'reverse-lunge': { category: 'lunge', name: 'lunge', loaded: 'dumbbellReverseLunge' },
  'hip-abduction-machine': { category: 'hipStability', name: null },
  'banded-hip-abduction': { category: 'bandedExercises', name: 'legAbduction' },
  'back-extension': { category: 'hyperextension', name: null },
  'leg-press': { category: 'squat', name: 'legPress' },
  'lying-leg-curl': { category: 'legCurl', name: 'legCurl', loaded: 'weightedLegCurl' },
  'seated-leg-curl': { category: 'legCurl', name: 'legCurl', loaded: 'weightedLegCurl' },
  'bench-press': { category: 'benchPress', name: 'barbellBenchPress' },
  'overhead-press': { category: 'shoulderPress', name: 'overheadBarbellPress' },
  'barbell-row': { category: 'row', name: 'barbellRow' },
  'dumbbell-row': { category: 'row', name: 'dumbbellRow' },
  'seated-cable-row': { category: 'row', name: 'seatedCableRow' },
  'pull-up': { category: 'pullUp', name: 'pullUp', loaded: 'weightedPullUp' },
  'lat-pulldown': { category: 'pullUp', name: 'latPulldown' },
};

/** A FIT exercise as numbers, and what the profile calls them. */
export interface FitExercise {
  readonly category: number;
  /** The number in the category's name list; null when only the category is known. */
  readonly name: number | null;
  readonly categoryName: string;
  readonly nameName: string | null;
}

/** The FIT exercise for a lift; null for the lifter's own lifts (FIT's 'unknown' category). */
export function fitExercise(ref: Catalogue.ExerciseRef, loaded: boolean): FitExercise | null {
  if (!Catalogue.isExerciseId(ref)) return null;
  const e = TABLE[ref];
  const nameName = loaded && e.loaded ? e.loaded : e.name;
  return {
    category: numberOf('exerciseCategory', e.category),
    name: nameName === null ? null : numberOf(`${e.category}ExerciseName`, nameName),
    categoryName: e.category,
    nameName,
  };
}

/** The table's rows, for a test that every one names something the profile has. */
export function entries(): readonly [Catalogue.ExerciseId, Entry][] {
  return Object.entries(TABLE) as [Catalogue.ExerciseId, Entry][];
}
