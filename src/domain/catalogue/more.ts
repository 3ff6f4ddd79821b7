/**
 * The rest of a training week: the lower-body and accessory lifts lifters do beside their
 * hip thrusts, and the common upper-body lifts. They can be logged, charted and imported
 * under Strong's, Hevy's and FitNotes' names; none is prescribed unless a plan template
 * names it (program/templates.ts). Cues are common coaching cues, not the seed's
 * ("practitioner guidance", evidence.ts).
 *
 * Variants whose loads compare with a lift already here are that lift's aliases, not lifts
 * of their own (a box or Smith squat is a back squat; sumo and trap-bar pulls are deadlifts;
 * barbell glute bridges are hip thrusts: src/formats/library.ts says why for each).
 */
import type { Gear } from '../equipment.js';
import type { Cues, Implement, Laterality } from './exercises.js';

export type MoreId =
  | 'front-squat'
  | 'goblet-squat'
  | 'dumbbell-romanian-deadlift'
  | 'single-leg-romanian-deadlift'
  | 'bulgarian-split-squat'
  | 'step-up'
  | 'walking-lunge'
  | 'reverse-lunge'
  | 'hip-abduction-machine'
  | 'banded-hip-abduction'
  | 'back-extension'
  | 'leg-press'
  | 'lying-leg-curl'
  | 'seated-leg-curl'
  | 'bench-press'
  | 'overhead-press'
  | 'barbell-row'
  | 'dumbbell-row'
  | 'seated-cable-row'
  | 'pull-up'
  | 'lat-pulldown';

export interface MoreExercise {
  readonly id: MoreId;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly implement: Implement;
  readonly laterality: Laterality;
  readonly hipThrust: false;
  readonly cues: Cues;
  readonly gear: readonly Gear[];
}

const PG = '(practitioner guidance)';

function lift(
  id: MoreId,
  name: string,
  implement: Implement,
  laterality: Laterality,
  aliases: readonly string[],
  cue: string,
  gear: readonly Gear[] = [],
): MoreExercise {
  return {
    id,
    name,
    aliases,
    implement,
    laterality,
    hipThrust: false,
    cues: { setup: [], drive: [`${cue} ${PG}.`], feet: [] },
    gear,
  };
}

export const MORE: readonly MoreExercise[] = [
  // Squats
  lift(
    'front-squat',
    'Front squat',
    'barbell',
    'bilateral',
    ['Front Squat (Barbell)', 'Front Squat', 'Barbell Front Squat'],
    'Bar on the front of the shoulders, elbows high; sit down between the heels and stand tall',
    ['knee-sleeves', 'belt'],
  ),
  lift(
    'goblet-squat',
    'Goblet squat',
    'dumbbell',
    'bilateral',
    ['Goblet Squat (Kettlebell)', 'Goblet Squat', 'Goblet Squat (Dumbbell)', 'DB Goblet Squat'],
    'One dumbbell or kettlebell at the chest; elbows inside the knees at the bottom',
  ),
  // Hinges
  lift(
    'dumbbell-romanian-deadlift',
    'Dumbbell Romanian deadlift',
    'dumbbell',
    'bilateral',
    [
      'Romanian Deadlift (Dumbbell)',
      'Dumbbell Romanian Deadlift',
      'Dumbbell RDL',
      'DB RDL',
      'Stiff Leg Deadlift (Dumbbell)',
    ],
    'Dumbbells close to the legs; hips back with a flat back until the hamstrings stretch, then hips forward',
  ),
  lift(
    'single-leg-romanian-deadlift',
    'Single-leg Romanian deadlift',
    'dumbbell',
    'alternating',
    [
      'Single Leg Romanian Deadlift (Dumbbell)',
      'Single Leg Romanian Deadlift',
      'Single-Leg RDL',
      'SL RDL',
    ],
    'Hinge on one leg, the free leg in line with the back; keep the hips square to the floor',
  ),
  lift(
    'back-extension',
    '45° back extension',
    'bodyweight',
    'bilateral',
    [
      'Back Extension',
      '45 Degree Back Extension',
      'Back Extension (Hyperextension)',
      'Back Extension (Weighted Hyperextension)',
      'Hyperextension',
      'Hyperextensions',
    ],
    'Pad just below the hips; round the upper back slightly and drive up with the glutes, not the lower back',
  ),
  // Single-leg knee work: a side may be named, or both legs logged as one set.
  lift(
    'bulgarian-split-squat',
    'Bulgarian split squat',
    'dumbbell',
    'alternating',
    [
      'Bulgarian Split Squat',
      'Bulgarian Split Squat (Dumbbell)',
      'Rear Foot Elevated Split Squat',
      'RFESS',
    ],
    'Rear foot on a bench; lean the torso slightly forward to load the glute of the front leg',
  ),
  lift(
    'step-up',
    'Step-up',
    'dumbbell',
    'alternating',
    ['Step-up', 'Dumbbell Step Up', 'Step Up (Dumbbell)', 'Step Ups'],
    'Whole foot on the box; stand up through the front heel without pushing off the back foot',
  ),
  lift(
    'walking-lunge',
    'Walking lunge',
    'dumbbell',
    'alternating',
    ['Walking Lunge', 'Walking Lunge (Dumbbell)', 'Walking Lunges', 'Dumbbell Walking Lunge'],
    'Long steps, the back knee just off the floor; drive through the front heel into the next step',
  ),
  lift(
    'reverse-lunge',
    'Reverse lunge',
    'dumbbell',
    'alternating',
    ['Reverse Lunge', 'Reverse Lunge (Dumbbell)', 'Dumbbell Reverse Lunge'],
    'Step back, lower the back knee under the hip; return by driving through the front heel',
  ),
  // Abductions
  lift(
    'hip-abduction-machine',
    'Hip abduction (machine)',
    'machine',
    'bilateral',
    ['Hip Abduction (Machine)', 'Hip Abductor (Machine)', 'Hip Abductor', 'Abductor Machine'],
    'Sit tall or lean slightly forward; push the pads out and pause before the slow return',
  ),
  lift(
    'banded-hip-abduction',
    'Banded hip abduction',
    'band',
    'bilateral',
    ['Hip Abduction (Band)', 'Banded Hip Abduction', 'Seated Banded Abduction', 'Band Abduction'],
    'Band above the knees, seated or lying; push the knees out and hold a second at the end',
    ['hip-circle-band'],
  ),
  // Machines
  lift(
    'leg-press',
    'Leg press',
    'machine',
    'bilateral',
    ['Leg Press', 'Leg Press (Machine)', 'Sled Leg Press', 'Leg Press Machine'],
    'Feet high and wide on the plate for more glutes; lower until the hips start to tuck, no lower',
  ),
  lift(
    'lying-leg-curl',
    'Lying leg curl',
    'machine',
    'bilateral',
    ['Lying Leg Curl (Machine)', 'Lying Leg Curl', 'Lying Leg Curl Machine'],
    'Hips pressed into the pad; curl the heels to the glutes and lower slowly',
  ),
  lift(
    'seated-leg-curl',
    'Seated leg curl',
    'machine',
    'bilateral',
    ['Seated Leg Curl (Machine)', 'Seated Leg Curl', 'Seated Leg Curl Machine'],
    'Thigh pad tight, lean the torso forward a little; curl fully and lower slowly',
  ),
  // Upper body
  lift(
    'bench-press',
    'Bench press',
    'barbell',
    'bilateral',
    ['Bench Press (Barbell)', 'Bench Press', 'Barbell Bench Press', 'Flat Barbell Bench Press'],
    'Shoulder blades pulled back, feet planted; touch the lower chest and press back over the shoulders',
    ['flat-bench'],
  ),
  lift(
    'overhead-press',
    'Overhead press',
    'barbell',
    'bilateral',
    [
      'Overhead Press (Barbell)',
      'Overhead Press',
      'OHP',
      'Military Press',
      'Standing Barbell Shoulder Press (OHP)',
      'Strict Military Press (Barbell)',
    ],
    'Glutes and abs tight; press the bar straight up, the head through once it passes the face',
  ),
  lift(
    'barbell-row',
    'Barbell row',
    'barbell',
    'bilateral',
    ['Bent Over Row (Barbell)', 'Barbell Row', 'Bent Over Row', 'Barbell Bent Over Row'],
    'Hinge to about 45°, flat back; pull the bar to the lower ribs',
  ),
  lift(
    'dumbbell-row',
    'Dumbbell row',
    'dumbbell',
    'alternating',
    ['Dumbbell Row', 'Bent Over One Arm Row (Dumbbell)', 'One Arm Dumbbell Row', 'DB Row'],
    'One hand and knee on a bench; pull the dumbbell to the hip, not the chest',
    ['flat-bench'],
  ),
  lift(
    'seated-cable-row',
    'Seated cable row',
    'cable',
    'bilateral',
    ['Seated Row (Cable)', 'Seated Cable Row', 'Seated Cable Row - V Grip (Cable)', 'Cable Row'],
    'Sit tall; pull the handle to the belly and squeeze the shoulder blades together',
  ),
  lift(
    'pull-up',
    'Pull-up',
    'bodyweight',
    'bilateral',
    ['Pull Up', 'Pull-up', 'Pull Up (Weighted)', 'Weighted Pull Up', 'Pullups'],
    'From a dead hang, pull the chest toward the bar; log added weight as the load',
  ),
  lift(
    'lat-pulldown',
    'Lat pulldown',
    'cable',
    'bilateral',
    ['Lat Pulldown (Cable)', 'Lat Pulldown', 'Lat Pulldown (Machine)', 'Wide-Grip Lat Pulldown'],
    'Thighs under the pads; pull the bar to the upper chest, elbows down and back',
  ),
];
