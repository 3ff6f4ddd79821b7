/**
 * What Thrust claims and what research says about it: the rules and defaults with their
 * sources (a seed rule R1-R11, a study by key, practitioner guidance, or a convention when
 * neither), a confidence word, and where the research disagrees with the seed. The data
 * lives in evidence/ (studies.ts, claims.ts); how a prescription's numbers are explained,
 * in evidence/why.ts.
 */
import type { Goal } from './profile.js';
import { CLAIMS, TOPICS, type Claim, type Source, type Topic } from './evidence/claims.js';
import { label } from './evidence/tags.js';
import { STUDIES, type Confidence, type Study } from './evidence/studies.js';

export { CLAIMS, RULES, TOPICS } from './evidence/claims.js';
export type { Claim, RuleId, Source, Topic } from './evidence/claims.js';
export { DISAGREEMENTS, type Disagreement } from './evidence/disagreements.js';
export { STUDIES, formulaKey, type Confidence, type Study } from './evidence/studies.js';
export { hasSource, kindOf, label, sourcesIn } from './evidence/tags.js';
export { explain, session, type Aspect, type WhyLine, type WhyOptions } from './evidence/why.js';

export const TOPIC_IDS = Object.keys(TOPICS) as Topic[];

/** Confidence in words a lifter reads. */
export const CONFIDENCE_WORDS: Readonly<Record<Confidence, string>> = {
  high: 'high',
  'moderate-high': 'moderate to high',
  moderate: 'moderate',
  'low-moderate': 'low to moderate',
  low: 'low',
  none: 'untested',
};

/** What the confidence words mean. */
export const CONFIDENCE_LEGEND =
  'Confidence: high, many trials agree; moderate, a few trials or reviews; low, small studies or expert opinion; untested, no study found.';

/** What each goal does, and what is and is not known about it. */
export const GOAL_EVIDENCE: Readonly<Record<Goal, { does: string; known: string }>> = {
  glutes: {
    does: 'The hip thrust is the main lift: heavy days of 6-10 reps and metabolic days of 15-25, 2-3 sessions a week (R2).',
    known:
      'Hip thrusts and squats grew the glutes about equally in trials (Plotkin 2023): choose it to train the hip thrust, not because it grows more.',
  },
  accessory: {
    does: 'Hip thrusts after your squats or deadlifts, 3 x 10-12 with a 2-s hold (R3).',
    known:
      'Extra glute work after the compound lifts; the squat grows the glutes too, and the quads more (Plotkin 2023).',
  },
  athletic: {
    does: 'Heavy hip thrusts lifted fast, with sprint and jump tests at the start of each block and in the last week (R11).',
    known:
      'Hip thrust training has shown no transfer to jumping and a small or no effect on sprinting (Lin 2026; Jarvis 2019). The tests are there so you can see what carries over for you.',
  },
};

export function study(key: string): Study | undefined {
  return STUDIES.find((s) => s.key.toLowerCase() === key.toLowerCase());
}

export function claim(id: string): Claim | undefined {
  return CLAIMS.find((c) => c.id === id);
}

export function byTopic(topic: Topic): Claim[] {
  return CLAIMS.filter((c) => c.topic === topic);
}

/** Words a lifter might type for a topic. */
const ALIASES: Readonly<Record<string, Topic>> = {
  squat: 'growth',
  glutes: 'growth',
  hypertrophy: 'growth',
  sprint: 'transfer',
  jump: 'transfer',
  athletic: 'transfer',
  warmup: 'warm-up',
  band: 'warm-up',
  activation: 'warm-up',
  foot: 'feet',
  hold: 'technique',
  form: 'technique',
  pace: 'progression',
  load: 'progression',
  increment: 'progression',
  stall: 'deload',
  rest: 'reps',
  rpe: 'reps',
  effort: 'reps',
  sets: 'volume',
  frequency: 'volume',
  lsi: 'single-leg',
  asymmetry: 'single-leg',
  sides: 'single-leg',
  hip: 'hips',
  tape: 'hips',
  measure: 'hips',
  circumference: 'hips',
  '1rm': 'e1rm',
  formula: 'e1rm',
  belt: 'gear',
  sleeves: 'gear',
  reference: 'trajectory',
};

/**
 * The claims a query names: a topic (or a word for one), a claim id, a seed rule ("R8") or
 * a study key ("Plotkin 2023"). Empty when nothing matches.
 */
export function lookup(query: string): Claim[] {
  const q = query.trim().toLowerCase();
  const topic = (TOPIC_IDS as string[]).includes(q) ? (q as Topic) : ALIASES[q];
  if (topic) return byTopic(topic);
  const one = claim(q);
  if (one) return [one];
  return CLAIMS.filter((c) => c.sources.some((s) => label(s).toLowerCase() === q));
}

/** A claim's sources as tags, each once: "R8, ACSM 2009". */
export function tags(sources: readonly Source[]): string {
  return [...new Set(sources.map(label))].join(', ');
}
