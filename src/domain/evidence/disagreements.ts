/**
 * Where the seed and the research disagree (EVIDENCE.md, "Where the seed and the research
 * disagree"), numbered as the claims (claims.ts) refer to them.
 */
import type { Topic } from './claims.js';

export interface Disagreement {
  readonly n: number;
  readonly topic: Topic;
  readonly seed: string;
  readonly research: string;
}

/** Where the seed and the research disagree, numbered as the claims refer to them. */
export const DISAGREEMENTS: readonly Disagreement[] = [
  {
    n: 1,
    topic: 'growth',
    seed: 'The hip thrust is the most effective glute exercise, with the most consistent growth.',
    research:
      'Hip thrusts and squats grew the glutes about equally (Plotkin 2023); squats did better in trained women (Barbalho 2020). No study shows the hip thrust growing the glutes more.',
  },
  {
    n: 2,
    topic: 'growth',
    seed: 'Higher glute EMG than squats, Romanian deadlifts or any other tested exercise.',
    research:
      'The paper it cites compared only the back squat (Contreras 2015); the Romanian deadlift was not different at a max (Delgado 2019); step-ups scored highest (Neto 2020); and EMG did not predict growth (Plotkin 2023).',
  },
  {
    n: 3,
    topic: 'transfer',
    seed: 'Hip thrust training improved sprint speed and jump height.',
    research:
      'No transfer to jumping (Lin 2026; Sports Biomech 2025); sprint gains small or absent (Jarvis 2019: +44 kg on the hip thrust, no faster sprints).',
  },
  {
    n: 4,
    topic: 'warm-up',
    seed: 'The banded warm-up is one of the most effective warm-ups available.',
    research:
      'Mixed: Crow 2012 positive, Comyns 2015 jump height fell at first, Parr 2017 no change.',
  },
  {
    n: 5,
    topic: 'feet',
    seed: 'Feet too close and feet too far both shift the work to the hamstrings.',
    research:
      'Practitioner guidance: too close shifts it to the quads, too far to the hamstrings; so there is a direction to move.',
  },
  {
    n: 6,
    topic: 'progression',
    seed: 'Add 5-10 lb every 2-3 weeks.',
    research:
      'Research-based rules raise the load on performance, not on dates (ACSM 2009); no study supports a calendar wait.',
  },
  {
    n: 7,
    topic: 'progression',
    seed: '10 lb steps on a barbell.',
    research: 'Under about 100 lb that is more than 10% a step, beyond the 2-10% of ACSM 2009.',
  },
  {
    n: 8,
    topic: 'hips',
    seed: 'Monthly hip circumference shows how the glutes develop.',
    research:
      'Month-to-month changes are likely within tape error: about 2.8 cm is needed to be real (Barrios 2016; Weir 2005).',
  },
  {
    n: 9,
    topic: 'gear',
    seed: 'Belt, knee sleeves and hip circles make heavy sessions productive and safe.',
    research:
      'No study of belts or sleeves on the hip thrust; the seed comes from a shop selling them.',
  },
  {
    n: 10,
    topic: 'technique',
    seed: 'The glute meets its highest mechanical tension at full extension.',
    research: 'No source found for this; no study tests the top hold.',
  },
  {
    n: 11,
    topic: 'trajectory',
    seed: '95 lb for 3 x 12 to 185 lb for 3 x 10 in six months.',
    research:
      'An estimated max up 85%: plausible for a beginner (Jarvis 2019), fast for anyone experienced. One example, not a norm.',
  },
];
