/**
 * Every rule, default and claim Thrust makes, with where it comes from: a seed rule (R1-R11),
 * a study (a key of STUDIES), practitioner guidance, or a convention when neither, and how
 * much weight it bears. Where the research disagrees with the seed, the claim says so.
 */
import * as E1rm from '../e1rm.js';
import { formulaKey, type Confidence } from './studies.js';

export type RuleId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10' | 'R11';

/** Where a number or a sentence comes from. */
export type Source =
  | { readonly kind: 'seed'; readonly rule: RuleId }
  | { readonly kind: 'study'; readonly key: string }
  | { readonly kind: 'practitioner' }
  | { readonly kind: 'convention' };

/** The seed's rules in a line each (PRODUCT.md): what a tag like "(R8)" points to. */
export const RULES: Readonly<Record<RuleId, string>> = {
  R1: 'Goals: glutes first, accessory to squats and deadlifts, or athletic (sprint and jump).',
  R2: 'Glutes first: 3-4 sets of 8-15, 2-3 sessions a week; heavy days of 6-10, metabolic days of 15-25.',
  R3: 'Accessory: hip thrusts after the compound lifts, 3 x 10-12 with a 2-s hold.',
  R4: 'Activation: banded hip thrusts, 3 x 15 with a 2-s hold, before the lower-body work.',
  R5: 'Single-leg hip thrusts after the bilateral work, each side logged and compared.',
  R6: 'Every rep: heels, straight line shoulders to knees, pelvis neutral, 1-2 s hold at the top.',
  R7: 'Feet: move them until the shins are vertical at the top.',
  R8: 'Add load only after every set is done cleanly: 10 lb on a barbell, 5 lb with dumbbells, 5-10 lb every 2-3 weeks.',
  R9: 'Record every session; measure the hips monthly and keep photos.',
  R10: 'Gear: belt, hip circle band, knee sleeves, a pad on the bar, a flat bench, ankle straps.',
  R11: 'Sprint speed and jump height, claimed to improve, tested and tracked beside the lifts.',
};

export type Topic =
  | 'growth'
  | 'transfer'
  | 'warm-up'
  | 'feet'
  | 'technique'
  | 'progression'
  | 'deload'
  | 'reps'
  | 'volume'
  | 'single-leg'
  | 'hips'
  | 'e1rm'
  | 'gear'
  | 'trajectory';

export interface Claim {
  readonly id: string;
  readonly topic: Topic;
  readonly title: string;
  /** What Thrust does or says. */
  readonly thrust: string;
  /** What the research says. */
  readonly known: string;
  readonly sources: readonly Source[];
  readonly confidence: Confidence;
  /** The seed says otherwise: what it says and where the research parts from it. */
  readonly disagreement?: number;
}

const seed = (rule: RuleId): Source => ({ kind: 'seed', rule });
const study = (key: string): Source => ({ kind: 'study', key });
const practitioner: Source = { kind: 'practitioner' };
const convention: Source = { kind: 'convention' };

export const TOPICS: Readonly<Record<Topic, string>> = {
  growth: 'Hip thrust or squat for glute growth',
  transfer: 'Sprint and jump: what carries over',
  'warm-up': 'The banded activation warm-up',
  feet: 'Foot position',
  technique: 'The top hold and form',
  progression: 'When and how much the load rises',
  deload: 'Stalls and deloads',
  reps: 'Rep ranges, effort and rest',
  volume: 'Sets a week and sessions a week',
  'single-leg': 'Single-leg work and left/right gaps',
  hips: 'Hip circumference',
  e1rm: 'Estimated 1RM',
  gear: 'Belt, knee sleeves, pad and bench',
  trajectory: 'The reference trajectory, 95 to 185 lb',
};

export const CLAIMS: readonly Claim[] = [
  {
    id: 'hip-thrust-vs-squat',
    topic: 'growth',
    title: 'Hip thrusts and squats grow the glutes about equally',
    thrust:
      'The glutes-first goal makes the hip thrust the main lift because that is the goal you chose (R1, R2), not because it is the best glute exercise: Thrust makes no such claim.',
    known:
      'In the best trial so far, hip thrusts and squats grew the glutes about equally (Plotkin 2023); in trained women squats did better (Barbalho 2020). Strength follows the lift you train: hip thrusts build the hip thrust, squats the squat.',
    sources: [seed('R1'), seed('R2'), study('Plotkin 2023'), study('Barbalho 2020')],
    confidence: 'moderate-high',
    disagreement: 1,
  },
  {
    id: 'emg',
    topic: 'growth',
    title: 'Muscle activation (EMG) does not predict growth',
    thrust: 'Thrust never shows activation as a sign that a lift grows muscle.',
    known:
      'The hip thrust shows more glute EMG than the back squat (Contreras 2015), but not more than the Romanian deadlift at a max (Delgado 2019), and step-ups scored highest in a review (Neto 2020). In the trial that measured both, EMG did not predict who grew more (Plotkin 2023).',
    sources: [
      study('Contreras 2015'),
      study('Delgado 2019'),
      study('Neto 2020'),
      study('Plotkin 2023'),
    ],
    confidence: 'moderate',
    disagreement: 2,
  },
  {
    id: 'sprint-jump',
    topic: 'transfer',
    title: 'Hip thrust strength and sprint or jump: small or no transfer',
    thrust:
      'The athletic goal trains the hip thrust heavy with a fast drive and puts a sprint and a jump test at the start of each block and in the last week (R11), so you can see for yourself what carries over: `thrust test` records them, and Thrust shows them beside your lifts without saying one causes the other.',
    known:
      'Long-term hip thrust training has shown no transfer to jumping (Lin 2026; squats helped the vertical jump more, Sports Biomech 2025) and a small or borderline effect on sprinting (Lin 2026). Athletes who added 44 kg to their hip thrust sprinted no faster (Jarvis 2019); in adolescents the hip thrust possibly helped 10-20 m sprints (Contreras 2017).',
    sources: [
      seed('R11'),
      study('Lin 2026'),
      study('Sports Biomech 2025'),
      study('Jarvis 2019'),
      study('Contreras 2017'),
    ],
    confidence: 'moderate',
    disagreement: 3,
  },
  {
    id: 'potentiation',
    topic: 'transfer',
    title: 'Heavy hip thrusts just before sprinting',
    thrust:
      'Thrust does not program this; it is here because it has better support than the long-term claim.',
    known:
      'A few heavy sets, with at least 4 minutes of rest before sprinting, made sprints faster on the day (Lin 2026; Neto 2019).',
    sources: [study('Lin 2026'), study('Neto 2019')],
    confidence: 'moderate',
  },
  {
    id: 'banded-activation',
    topic: 'warm-up',
    title: 'The banded warm-up: the seed’s, with mixed evidence',
    thrust:
      'Every session opens with the seed’s activation: banded hip thrusts, 3 x 15 with a 2-s hold (R4). It is cheap and harmless, so it stays; the band is optional.',
    known:
      'Studies are mixed: a glute warm-up raised jump power in footballers (Crow 2012), jump height fell for the first minutes after one (Comyns 2015), and force did not change in a pull (Parr 2017).',
    sources: [seed('R4'), study('Crow 2012'), study('Comyns 2015'), study('Parr 2017')],
    confidence: 'low',
    disagreement: 4,
  },
  {
    id: 'foot-position',
    topic: 'feet',
    title: 'Feet closer when you feel the hamstrings, further out for the quads',
    thrust:
      'Shins roughly vertical at the top (R7). When you note where you felt a set, the next session opens with a direction: hamstrings, feet a little closer; quads, a little further out.',
    known:
      'Practitioner guidance from the researcher who popularised the hip thrust: feet too close shift work to the quads, too far out to the hamstrings. Foot position does change which muscles work (Collazo García 2020), but no trial tests these directions.',
    sources: [seed('R7'), practitioner, study('Collazo García 2020')],
    confidence: 'low',
    disagreement: 5,
  },
  {
    id: 'top-hold',
    topic: 'technique',
    title: 'The 1-2 s hold at the top',
    thrust:
      'Work sets hold the top 1-2 s (R6); the activation and the accessory hip thrusts 2 s (R3, R4). When the load cannot rise (band or bodyweight, or the heaviest weight owned), the hold grows by a second at a time to 5 s: a convention that goes beyond the seed’s 1-2 s.',
    known:
      'No study tests the top hold either way. The seed’s reason, that the glute meets its highest tension at full extension, has no source.',
    sources: [seed('R3'), seed('R4'), seed('R6'), convention],
    confidence: 'none',
    disagreement: 10,
  },
  {
    id: 'form',
    topic: 'technique',
    title: 'Setup and drive',
    thrust:
      'Upper back on a flat bench, bar padded in the hip crease, feet about shoulder width, drive through the heels to a straight line from shoulders to knees, pelvis neutral (R6). A load rises only after sets done with full range and a real squeeze (R8).',
    known:
      'These are the seed’s and practitioners’ cues; they are sensible and untested. Cues on squats, deadlifts and kickbacks are practitioner guidance.',
    sources: [seed('R6'), seed('R8'), practitioner],
    confidence: 'low',
  },
  {
    id: 'double-progression',
    topic: 'progression',
    title: 'Reps, then load, once every set is done',
    thrust:
      'A load rises only when every prescribed set and rep was done with clean form (R8); while it waits, the rep target climbs inside the range.',
    known:
      'Research-based rules agree: add 2-10% once the current load goes for 1-2 reps over the target (ACSM 2009).',
    sources: [seed('R8'), study('ACSM 2009')],
    confidence: 'moderate',
  },
  {
    id: 'calendar-pace',
    topic: 'progression',
    title: 'The pace: a wait from the seed, not from research',
    thrust:
      'By default a load rises at most 10 lb (4.5 kg) every 3 weeks and never sooner than 2 (R8: "5-10 lb every 2-3 weeks"). It is a setting; off, the load rises whenever every set is done.',
    known:
      'No study supports waiting for a date. Research-based rules raise the load on performance alone (ACSM 2009).',
    sources: [seed('R8'), study('ACSM 2009')],
    confidence: 'none',
    disagreement: 6,
  },
  {
    id: 'increments',
    topic: 'progression',
    title: 'Steps of 10 lb on a barbell, 5 lb with dumbbells',
    thrust:
      'Each increase adds the seed’s step: 10 lb (5 kg) on a barbell, 5 lb (2.5 kg) with dumbbells (R8), rounded to what your plates load.',
    known:
      'ACSM 2009 suggests steps of 2-10%. Under about 100 lb (45 kg) the seed’s 10 lb is more than 10% of the load.',
    sources: [seed('R8'), study('ACSM 2009')],
    confidence: 'moderate',
    disagreement: 7,
  },
  {
    id: 'band-bodyweight',
    topic: 'progression',
    title: 'Band and bodyweight work: reps, hold, then a stronger band or a dumbbell',
    thrust:
      'Where there is no load to add, reps climb to the top of the range, then the hold lengthens to 5 s, then a stronger band or a first dumbbell follows.',
    known: 'A convention: no study compares ways to progress band or bodyweight hip thrusts.',
    sources: [convention],
    confidence: 'none',
  },
  {
    id: 'stall-deload',
    topic: 'deload',
    title: 'Three sessions short, then about 10% off',
    thrust:
      'After 3 sessions in a row short of the prescription, the load drops about 10% and builds back at the pace. Both numbers are settings.',
    known:
      'A convention of novice linear programs; no study tests it. Coaches mostly deload by cutting sets, reps and effort (Bell 2023).',
    sources: [convention, study('Bell 2023')],
    confidence: 'none',
  },
  {
    id: 'rep-ranges',
    topic: 'reps',
    title: 'Heavy and light sets both work, near failure',
    thrust:
      'Glutes first covers heavy days of 6-10 reps and metabolic days of 15-25 (R2); the accessory goal 3 x 10-12 (R3). Finish each work set with about 0-3 reps left.',
    known:
      'Light and heavy loads grow muscle alike when sets end near failure; heavy loads build more 1RM strength (Schoenfeld 2017; Schoenfeld 2021). A 25-rep set stopped far from failure is a warm-up. RPE here counts reps left (Zourdos 2016); lifters judge it within about a rep near failure (Hackett 2017).',
    sources: [
      seed('R2'),
      seed('R3'),
      study('Schoenfeld 2017'),
      study('Schoenfeld 2021'),
      study('Zourdos 2016'),
      study('Hackett 2017'),
    ],
    confidence: 'high',
  },
  {
    id: 'rest',
    topic: 'reps',
    title: 'Rest between sets',
    thrust:
      'The rest timer runs 150 s after heavy main sets, 120 s after other main and compound sets, 75 s for accessories and 45 s in the warm-up: a convention.',
    known: 'In trained men, 3 minutes of rest built more than 1 minute (Schoenfeld 2016b).',
    sources: [convention, study('Schoenfeld 2016b')],
    confidence: 'moderate',
  },
  {
    id: 'frequency',
    topic: 'volume',
    title: 'Two or three sessions a week',
    thrust:
      'Plans have 2 or 3 hip thrust sessions a week by default (R2), with a day of rest between; a lifter may choose 1 to 6, and beyond 3 the week’s days repeat in order (a convention).',
    known:
      'Twice a week or more grew muscle more than once (Schoenfeld 2016); once weekly sets are equal, frequency matters little for growth and a little for strength (Pelland 2024).',
    sources: [seed('R2'), study('Schoenfeld 2016'), study('Pelland 2024')],
    confidence: 'moderate',
  },
  {
    id: 'weekly-sets',
    topic: 'volume',
    title: 'Hard sets a week',
    thrust:
      'Weekly glute sets count work sets only: no warm-up or activation sets, and a left + right pair of single-leg sets counts once.',
    known:
      'Each extra weekly set adds a little growth, with diminishing returns (Schoenfeld 2017b; Pelland 2024); about 10-20 hard sets a week is where most studies see growth.',
    sources: [study('Schoenfeld 2017b'), study('Pelland 2024')],
    confidence: 'moderate',
  },
  {
    id: 'single-leg',
    topic: 'single-leg',
    title: 'Single-leg hip thrusts after the bilateral work',
    thrust:
      'Single-leg hip thrusts follow the main lift, each side logged (R5); 2 x 8-12 a side is a convention, as no trial has tested a dose.',
    known:
      'No trial of the single-leg hip thrust itself. Unilateral and bilateral training improve speed alike (Moran 2021); unilateral work helps one-leg jumps more (Liao 2022). The benefit is specificity and a side-to-side check, not extra growth.',
    sources: [seed('R5'), convention, study('Moran 2021'), study('Liao 2022')],
    confidence: 'moderate',
  },
  {
    id: 'lsi-threshold',
    topic: 'single-leg',
    title: 'A 10% gap between sides: a rule of thumb',
    thrust:
      'When one side trails by 10% or more (a setting), it goes first; when the gap repeats, it gets an extra set. Sides are compared by e1RM set by set, or by reps at bodyweight.',
    known:
      'The 10% comes from return to sport after knee surgery (Grindem 2016), not from glute training; a 15% cut-off rests on old data (Knapik 1991). No cut-off is validated (Bishop 2018).',
    sources: [convention, study('Grindem 2016'), study('Knapik 1991'), study('Bishop 2018')],
    confidence: 'low',
  },
  {
    id: 'hip-circumference',
    topic: 'hips',
    title: 'Monthly hips: most changes are within tape error',
    thrust:
      'Thrust asks for the hips monthly (R9), by a fixed protocol, and says when a change is within tape error. Look at the 3-6 month trend, with body weight and waist beside it.',
    known:
      'Repeat self-measurements differ by 0.2-1.9 cm (Barrios 2016), so the smallest real change is about 2.8 cm at a 1 cm error (Weir 2005). Nine weeks of training grew the glutes by a few square centimetres of cross-section (Plotkin 2023): a month of muscle is likely below tape error, and fat moves the same tape.',
    sources: [seed('R9'), study('Barrios 2016'), study('Weir 2005'), study('Plotkin 2023')],
    confidence: 'moderate',
    disagreement: 8,
  },
  {
    id: 'e1rm',
    topic: 'e1rm',
    title: 'Estimated 1RM: a trend, within about 10%',
    thrust:
      "Thrust shows e1RM from a published formula (Epley 1985 by default; Brzycki 1993, Lander 1985, Lombardi 1989, Mayhew 1992, O'Conner 1989 and Wathan 1994 as settings), each only within its rep range. A single is its own 1RM (a convention).",
    known:
      'Formula estimates err by about 10-13% (Hutchins 2010); fewer reps predict better, 10 at most (Reynolds 2006). None is validated on the hip thrust (de Hoyo 2021 used bar speed instead). Sets stopped short of failure underestimate the max.',
    sources: [
      ...E1rm.FORMULA_IDS.map((f) => study(formulaKey(f))),
      study('Hutchins 2010'),
      study('Reynolds 2006'),
      study('de Hoyo 2021'),
      convention,
    ],
    confidence: 'moderate',
  },
  {
    id: 'belt-sleeves',
    topic: 'gear',
    title: 'Belt and knee sleeves: optional',
    thrust:
      'The belt and knee sleeves are listed as optional on heavy days (R10), and a hip circle band for the warm-up (R4).',
    known:
      'No study has tested belts or knee sleeves on the hip thrust. The seed that recommends them comes from a shop that sells them.',
    sources: [seed('R10')],
    confidence: 'none',
    disagreement: 9,
  },
  {
    id: 'bench-pad',
    topic: 'gear',
    title: 'Bench and pad: needed',
    thrust:
      'A flat bench for the upper back and a pad or folded towel on a loaded bar are needed (R6, R10); ankle straps for cable kickbacks (R10).',
    known:
      'Practical, not tested: the pad keeps the bar from limiting the set before the glutes do.',
    sources: [seed('R6'), seed('R10')],
    confidence: 'none',
  },
  {
    id: 'reference-trajectory',
    topic: 'trajectory',
    title: '95 to 185 lb in 26 weeks: one example',
    thrust:
      'Progress charts draw the seed’s example from your own start: 95 lb x 12 to 185 lb x 10 in six months (R8), +90 lb (40.8 kg).',
    known:
      'That is an estimated max up 85% (Epley 1985: 133 to 247 lb). Plausible for a beginner (athletes added 44 kg in 8 weeks, Jarvis 2019), fast for anyone experienced. One example, not a norm.',
    sources: [seed('R8'), study('Epley 1985'), study('Jarvis 2019')],
    confidence: 'low',
    disagreement: 11,
  },
];
