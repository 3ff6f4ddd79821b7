/**
 * The exercise catalogue as data. Cues quote the seed's technique (R6), foot placement (R7)
 * and gear (R10); each line says where it comes from: a rule id, or "practitioner guidance"
 * for common coaching cues the seed does not give (evidence.ts).
 */
import type { Gear } from '../equipment.js';
import { MORE, type MoreId } from './more.js';

/** A machine is a plate-loaded or selectorized machine (leg press, leg curl, abduction). */
export type Implement = 'barbell' | 'dumbbell' | 'band' | 'bodyweight' | 'cable' | 'machine';
/**
 * Unilateral work names its side on every set (R5 compares them); alternating work (split
 * squats, lunges, step-ups) may name a side, or log both legs as one set, as most apps do.
 */
export type Laterality = 'bilateral' | 'unilateral' | 'alternating';

export type ExerciseId =
  | 'barbell-hip-thrust'
  | 'banded-hip-thrust'
  | 'single-leg-hip-thrust'
  | 'dumbbell-hip-thrust'
  | 'back-squat'
  | 'deadlift'
  | 'romanian-deadlift'
  | 'cable-glute-kickback'
  | MoreId;

export interface Cues {
  readonly setup: readonly string[];
  readonly drive: readonly string[];
  /** Foot position guidance (R7); shown first when the lifter felt it in the hamstrings. */
  readonly feet: readonly string[];
}

export interface Exercise {
  readonly id: ExerciseId;
  readonly name: string;
  /** Other names people and other apps use; matched case- and punctuation-insensitively. */
  readonly aliases: readonly string[];
  readonly implement: Implement;
  readonly laterality: Laterality;
  /** A hip thrust pattern: the lifts the seed's rules are about. */
  readonly hipThrust: boolean;
  readonly cues: Cues;
  readonly gear: readonly Gear[];
}

const THRUST_SETUP = [
  'Upper back against a flat bench, knees bent, feet flat (R6).',
  'Bar padded with a foam pad or folded towel, sitting in the hip crease (R6, R10).',
  'Feet about shoulder width, toes turned slightly out; brace the core (R6).',
];

const THRUST_DRIVE = [
  'Drive through the heels until shoulders, hips and knees form a straight line (R6).',
  'Pelvis neutral at the top: squeeze the glutes, do not arch the lower back (R6).',
  'Hold the top for 1-2 seconds before lowering (R6).',
];

const THRUST_FEET = [
  'Shins roughly vertical at the top: feet too close to the hips tend to shift the work to the quads, too far out to the hamstrings (practitioner guidance, R7).',
];

const BAND_CUE = 'Band above the knees: push the knees out for the whole rep (R6).';

const THRUST_AND_BASICS: readonly Exercise[] = [
  {
    id: 'barbell-hip-thrust',
    name: 'Barbell hip thrust',
    aliases: [
      'Hip Thrust (Barbell)',
      'Barbell Hip Thrust',
      'Hip Thrust',
      'BB Hip Thrust',
      'Hip Thrusts',
      // Other apps' names for the nearest lift (src/formats/library.ts says why each).
      'Hip Thrust (Machine)',
      'Hip Thrust (Smith Machine)',
      'Glute Bridge (Barbell)',
      'Barbell Glute Bridge',
      'Partial Glute Bridge (Barbell)',
    ],
    implement: 'barbell',
    laterality: 'bilateral',
    hipThrust: true,
    cues: { setup: THRUST_SETUP, drive: THRUST_DRIVE, feet: THRUST_FEET },
    gear: ['flat-bench', 'bar-pad'],
  },
  {
    id: 'banded-hip-thrust',
    name: 'Banded hip thrust',
    aliases: [
      'Hip Thrust (Band)',
      'Band Hip Thrust',
      'Banded Glute Bridge Thrust',
      'Hip Circle Hip Thrust',
      'Hip Thrust (Bodyweight)',
      'Glute Bridge',
    ],
    implement: 'band',
    laterality: 'bilateral',
    hipThrust: true,
    cues: {
      setup: ['Upper back on the bench, hip circle band just above the knees, no bar (R4).'],
      drive: [BAND_CUE, 'Squeeze and hold 2 seconds at the top of every rep (R4).'],
      feet: THRUST_FEET,
    },
    gear: ['flat-bench', 'hip-circle-band'],
  },
  {
    id: 'single-leg-hip-thrust',
    name: 'Single-leg hip thrust',
    aliases: [
      'Hip Thrust (Single Leg)',
      'Single Leg Hip Thrust',
      'One Leg Hip Thrust',
      'Single-Leg Hip Thrust (Bodyweight)',
      'Single Leg',
      'SL Hip Thrust',
      'Single Leg Hip Thrust (Dumbbell)',
      'One-legged Hip Thrust',
      'Single Leg Glute Bridge',
      'Single Leg Bridge',
    ],
    implement: 'bodyweight',
    laterality: 'unilateral',
    hipThrust: true,
    cues: {
      setup: ['Upper back on the bench; one foot planted, the other leg extended (R5).'],
      drive: [
        'Only the working leg drives (R5); keep the pelvis level, do not let it rotate (practitioner guidance).',
        ...THRUST_DRIVE.slice(1),
      ],
      feet: THRUST_FEET,
    },
    gear: ['flat-bench'],
  },
  {
    id: 'dumbbell-hip-thrust',
    name: 'Dumbbell hip thrust',
    aliases: ['Hip Thrust (Dumbbell)', 'Dumbbell Hip Thrust', 'DB Hip Thrust'],
    implement: 'dumbbell',
    laterality: 'bilateral',
    hipThrust: true,
    cues: {
      setup: [
        'Upper back on a flat bench, dumbbell held across the hip crease on a pad or towel (R6).',
        ...THRUST_SETUP.slice(2),
      ],
      drive: THRUST_DRIVE,
      feet: THRUST_FEET,
    },
    gear: ['flat-bench', 'bar-pad'],
  },
  {
    id: 'back-squat',
    name: 'Back squat',
    aliases: [
      'Squat (Barbell)',
      'Barbell Squat',
      'Back Squat',
      'Squat',
      'Barbell Back Squat',
      'Full Squat',
      'Squat (Smith Machine)',
      'Box Squat (Barbell)',
    ],
    implement: 'barbell',
    laterality: 'bilateral',
    hipThrust: false,
    cues: {
      setup: [
        'Bar on the upper back, feet about shoulder width, brace before each rep (practitioner guidance).',
      ],
      drive: [
        'Knees track over the toes; stand up through the whole foot (practitioner guidance).',
      ],
      feet: [],
    },
    gear: ['knee-sleeves', 'belt'],
  },
  {
    id: 'deadlift',
    name: 'Deadlift',
    aliases: [
      'Deadlift (Barbell)',
      'Barbell Deadlift',
      'Conventional Deadlift',
      'Deadlift',
      'Sumo Deadlift (Barbell)',
      'Sumo Deadlift',
      'Trap Bar Deadlift',
      'Deadlift (Trap bar)',
      'Deadlift (Smith Machine)',
    ],
    implement: 'barbell',
    laterality: 'bilateral',
    hipThrust: false,
    cues: {
      setup: [
        'Bar over mid-foot, shins close, flat back, brace before the pull (practitioner guidance).',
      ],
      drive: [
        'Push the floor away; finish with the glutes, not by leaning back (practitioner guidance).',
      ],
      feet: [],
    },
    gear: ['belt'],
  },
  {
    id: 'romanian-deadlift',
    name: 'Romanian deadlift',
    aliases: [
      'Romanian Deadlift (Barbell)',
      'Romanian Deadlift',
      'RDL',
      'Barbell RDL',
      'Stiff Leg Deadlift (Barbell)',
      'Straight Leg Deadlift',
      'Stiff-Legged Deadlift',
    ],
    implement: 'barbell',
    laterality: 'bilateral',
    hipThrust: false,
    cues: {
      setup: ['Stand tall with the bar at the hips, soft knees (practitioner guidance).'],
      drive: [
        'Push the hips back with a flat back until the hamstrings stretch; drive the hips forward to stand (practitioner guidance).',
      ],
      feet: [],
    },
    gear: [],
  },
  {
    id: 'cable-glute-kickback',
    name: 'Cable glute kickback',
    aliases: [
      'Cable Kickback',
      'Glute Kickback (Cable)',
      'Cable Glute Kickback',
      'Kickback (Cable)',
      'Standing Cable Glute Kickbacks',
      'Glute Kickback (Machine)',
      'Rear Kick (Machine)',
    ],
    implement: 'cable',
    laterality: 'unilateral',
    hipThrust: false,
    cues: {
      setup: [
        'Ankle strap on the working leg (R10); hands on the frame, a slight forward lean (practitioner guidance).',
      ],
      drive: [
        'Kick back from the hip, squeeze at the end, do not arch the lower back (practitioner guidance).',
      ],
      feet: [],
    },
    gear: ['ankle-straps'],
  },
];

/** Every exercise: the seed's lifts first, then the rest of a week's training (more.ts). */
export const EXERCISES: readonly Exercise[] = [...THRUST_AND_BASICS, ...MORE];
