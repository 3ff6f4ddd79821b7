/**
 * The studies Thrust cites, by short key ("Plotkin 2023"): full reference, what it found,
 * and how far it can be trusted. Keys are what reasons and cues carry as their source tag.
 * Where two papers share an author and a year, the second gets a letter ("Schoenfeld 2016b").
 */
import * as E1rm from '../e1rm.js';

/**
 * How much weight a finding bears: from a large, consistent body of trials ("high") to
 * expert opinion or a single small study ("low"); "none" is a rule no study has tested.
 */
export type Confidence = 'high' | 'moderate-high' | 'moderate' | 'low-moderate' | 'low' | 'none';

export interface Study {
  readonly key: string;
  readonly citation: string;
  readonly finding: string;
  readonly confidence: Confidence;
}

const STUDY_LIST: readonly Study[] = [
  // Hip thrust vs squat: activation and growth.
  {
    key: 'Contreras 2015',
    citation: 'Contreras B, Vigotsky AD, Schoenfeld BJ, et al. J Appl Biomech 2015;31:452-458',
    finding:
      '13 trained women: higher glute EMG in the hip thrust than the back squat; the authors say trials are needed to see whether that means more growth.',
    confidence: 'moderate',
  },
  {
    key: 'Delgado 2019',
    citation: 'Delgado J, et al. J Strength Cond Res 2019;33(10):2595-2601',
    finding:
      '8 trained men at 1RM: hip thrust above the squat for glute EMG, but not different from the Romanian deadlift.',
    confidence: 'low-moderate',
  },
  {
    key: 'Neto 2020',
    citation: 'Neto WK, et al. J Sports Sci Med 2020;19:195-203 (systematic review)',
    finding:
      '16 studies of glute activation: step-ups highest, then deadlifts, then hip thrust variations.',
    confidence: 'moderate',
  },
  {
    key: 'Neto 2019',
    citation: 'Neto WK, Vieira TL, Gama EF. J Sports Sci Med 2019;18:198-206 (systematic review)',
    finding:
      '12 studies: hip thrust above the squat for glute EMG; acutely, sprints were faster after hip thrusts in 4 studies; over weeks, 2 studies improved sprint time and 2 did not.',
    confidence: 'moderate',
  },
  {
    key: 'Barbalho 2020',
    citation: 'Barbalho M, et al. Int J Sports Med 2020;41(5):306-310',
    finding:
      '22 trained women, 12 weeks: squats grew the glutes more than hip thrusts (+9.4% vs +3.7% thickness).',
    confidence: 'moderate',
  },
  {
    key: 'Plotkin 2023',
    citation: 'Plotkin DL, et al. Front Physiol 2023;14:1279170',
    finding:
      '34 untrained people, 9 weeks, MRI: hip thrusts and squats grew the glutes about equally; strength followed the lift trained; glute EMG did not predict growth.',
    confidence: 'moderate-high',
  },
  // Athletic transfer.
  {
    key: 'Contreras 2017',
    citation: 'Contreras B, et al. J Strength Cond Res 2017;31(4):999-1008',
    finding:
      'Adolescent athletes, 6 weeks: the front squat possibly better for the vertical jump, the hip thrust possibly better for 10-20 m sprints.',
    confidence: 'low-moderate',
  },
  {
    key: 'Jarvis 2019',
    citation: 'Jarvis P, et al. J Strength Cond Res 2019;33:S78-S84',
    finding: '21 athletes, 8 weeks: hip thrust 1RM up 44 kg, no change in 0-40 m sprint time.',
    confidence: 'moderate',
  },
  {
    key: 'Lin 2026',
    citation: 'Lin, Cheng, Yi, Li, Liu. PeerJ 2026 (meta-analysis of 20 studies)',
    finding:
      'Hip thrust training alone gave a borderline sprint effect (ES 0.22) and no transfer to jumping; a few heavy sets 4+ minutes before sprinting helped acutely (ES 0.55).',
    confidence: 'moderate',
  },
  {
    key: 'Sports Biomech 2025',
    citation: 'Hip thrust vs squat meta-analysis. Sports Biomechanics 2025 (authors not checked)',
    finding:
      'Squats improved the vertical jump more than hip thrusts; neither changed horizontal jump, short sprint or change of direction significantly.',
    confidence: 'moderate',
  },
  // Single-leg work.
  {
    key: 'Moran 2021',
    citation: 'Moran J, et al. Sports Med 2021 (meta-analysis)',
    finding: 'Bilateral and unilateral training improved horizontal speed alike (ES 0.60 vs 0.57).',
    confidence: 'moderate',
  },
  {
    key: 'Liao 2022',
    citation: 'Liao KF, et al. Biol Sport 2022;39(3):485-497 (meta-analysis)',
    finding: 'Unilateral training improved unilateral jumps more than bilateral training did.',
    confidence: 'moderate',
  },
  // Warm-up.
  {
    key: 'Crow 2012',
    citation: 'Crow JF, et al. J Strength Cond Res 2012;26(2):438-442',
    finding: '22 elite footballers: a low-load glute warm-up raised jump power compared with none.',
    confidence: 'low-moderate',
  },
  {
    key: 'Comyns 2015',
    citation: 'Comyns T, Kenny I, Scales G. J Hum Kinet 2015',
    finding:
      '11 people: after a glute warm-up, jump height fell for the first minutes; a few force measures improved at 8 minutes.',
    confidence: 'low',
  },
  {
    key: 'Parr 2017',
    citation: 'Parr M, Price PD, Cleather DJ. BMJ Open Sport Exerc Med 2017',
    finding: '17 rugby players: glute activation work did not change force in a high hang pull.',
    confidence: 'low',
  },
  // Technique.
  {
    key: 'Collazo García 2020',
    citation: 'Collazo García CL, et al. J Strength Cond Res 2020;34(9):2449-2455',
    finding:
      '7 trainers: changing foot position changed EMG in every muscle measured except the glute medius.',
    confidence: 'low',
  },
  // Progression, effort, deloads.
  {
    key: 'ACSM 2009',
    citation:
      'American College of Sports Medicine position stand (Ratamess NA, et al.). Med Sci Sports Exerc 2009;41(3):687-708',
    finding:
      'Add 2-10% load once the current load can be done for 1-2 reps over the target: progression on performance.',
    confidence: 'moderate',
  },
  {
    key: 'Zourdos 2016',
    citation: 'Zourdos MC, et al. J Strength Cond Res 2016;30(1):267-275',
    finding: 'RPE by reps in reserve: RPE 10 = no rep left, 9 = one left, 8 = two left.',
    confidence: 'moderate',
  },
  {
    key: 'Hackett 2017',
    citation: 'Hackett DA, et al. J Strength Cond Res 2017;31(8):2162-2168',
    finding:
      'Lifters guess the reps they have left within about one when 0-5 are left, and miss by more when far from failure.',
    confidence: 'moderate',
  },
  {
    key: 'Bell 2023',
    citation: 'Bell L, et al. Sports Med Open 2023 (Delphi consensus of coaches)',
    finding:
      'A deload is a planned period of less training stress; coaches mostly cut sets, reps and effort.',
    confidence: 'low',
  },
  // Load, reps, volume, frequency, rest.
  {
    key: 'Schoenfeld 2017',
    citation:
      'Schoenfeld BJ, Grgic J, Ogborn D, Krieger JW. J Strength Cond Res 2017;31(12):3508-3523',
    finding:
      '21 studies with sets to failure: light loads (60% 1RM or less) and heavy loads grew muscle alike; heavy loads built more 1RM strength.',
    confidence: 'high',
  },
  {
    key: 'Schoenfeld 2021',
    citation: 'Schoenfeld BJ, Grgic J, Van Every DW, Plotkin DL. Sports 2021;9(2):32',
    finding: 'Muscle grows across a wide range of loads when sets are taken close to failure.',
    confidence: 'moderate',
  },
  {
    key: 'Schoenfeld 2016',
    citation: 'Schoenfeld BJ, Ogborn D, Krieger JW. Sports Med 2016;46:1689-1697',
    finding: 'Training a muscle twice a week or more grew it more than once a week.',
    confidence: 'moderate',
  },
  {
    key: 'Schoenfeld 2016b',
    citation: 'Schoenfeld BJ, et al. J Strength Cond Res 2016;30(7):1805-1812',
    finding: 'Trained men: 3 minutes of rest between sets gave more strength and growth than 1.',
    confidence: 'moderate',
  },
  {
    key: 'Schoenfeld 2017b',
    citation: 'Schoenfeld BJ, Ogborn D, Krieger JW. J Sports Sci 2017;35(11):1073-1082',
    finding: 'Each extra weekly set added about 0.37% growth; more volume, more growth.',
    confidence: 'moderate-high',
  },
  {
    key: 'Pelland 2024',
    citation: 'Pelland JC, et al. SportRxiv preprint 2024 (67 studies)',
    finding:
      'More weekly sets, more growth and strength, with diminishing returns; frequency mattered little for growth once sets were equal.',
    confidence: 'moderate',
  },
  // Left and right.
  {
    key: 'Grindem 2016',
    citation: 'Grindem H, et al. Br J Sports Med 2016;50:804-808',
    finding:
      'After knee (ACL) surgery, athletes who passed 90% limb symmetry before returning re-injured less: a return-to-sport rule, not a glute norm.',
    confidence: 'moderate',
  },
  {
    key: 'Knapik 1991',
    citation: 'Knapik JJ, et al. Am J Sports Med 1991;19(1):76-81',
    finding:
      '138 college athletes: a 15% or larger left-right imbalance went with more injuries (old, mostly not prospective data).',
    confidence: 'low',
  },
  {
    key: 'Bishop 2018',
    citation: 'Bishop C, et al. Strength Cond J 2018;40(4):1-6',
    finding:
      'Asymmetry has many formulas; no cut-off is validated; choose the formula by the test.',
    confidence: 'low',
  },
  // Hip circumference.
  {
    key: 'Barrios 2016',
    citation: 'Barrios P, et al. BMC Med Res Methodol 2016;16:49',
    finding:
      'Self-measured hips: repeat readings differed by 0.2-1.9 cm (technical error); self and technician agreed well (ICC 0.96).',
    confidence: 'moderate',
  },
  {
    key: 'Weir 2005',
    citation: 'Weir JP. J Strength Cond Res 2005;19(1):231-240',
    finding:
      'The smallest real change is about 2.8 x the technical error: 2.8 cm at a 1 cm error, 5.3 cm at 1.9 cm.',
    confidence: 'moderate',
  },
  // e1RM accuracy.
  {
    key: 'Reynolds 2006',
    citation: 'Reynolds JM, Gordon TJ, Robergs RA. J Strength Cond Res 2006;20(3):584-592',
    finding: 'A 5RM predicts the 1RM best; use no more than 10 reps in linear equations.',
    confidence: 'moderate',
  },
  {
    key: 'Hutchins 2010',
    citation: 'Hutchins M, Gearhart R. PubliCE 2010',
    finding: 'e1RM equations erred by about 10.6-13.5% of the mean 1RM.',
    confidence: 'low-moderate',
  },
  {
    key: 'de Hoyo 2021',
    citation: 'de Hoyo M, et al. J Strength Cond Res 2021;35(8):2075-2081',
    finding:
      '102 men: bar speed predicted hip thrust %1RM within about 7%; no rep-based equation has been validated on the hip thrust.',
    confidence: 'moderate',
  },
];

/** The seven e1RM formulas, keyed "Name year" from the citation each one carries. */
const FORMULA_STUDIES: readonly Study[] = E1rm.FORMULA_IDS.map((f) => ({
  key: formulaKey(f),
  citation: E1rm.FORMULAS[f].citation,
  finding: `An e1RM formula, used here to ${E1rm.FORMULAS[f].maxReps} reps; not validated on the hip thrust.`,
  confidence: 'low-moderate' as const,
}));

/** "Epley 1985": a formula's name and the first year in its citation. */
export function formulaKey(f: E1rm.Formula): string {
  const info = E1rm.FORMULAS[f];
  const year = /\b(19|20)\d\d\b/.exec(info.citation)?.[0] ?? '';
  return `${info.name} ${year}`.trim();
}

export const STUDIES: readonly Study[] = [...STUDY_LIST, ...FORMULA_STUDIES];
