/**
 * Where each number of a prescription comes from: the sets and reps of its slot, the hold,
 * the load and the way it moves, each with its sources (seed rule, study or convention).
 */
import * as Catalogue from '../catalogue/index.js';
import type { Profile, Settings } from '../profile.js';
import type { Slot } from '../program/plan.js';
import { MAX_HOLD_SECONDS, type Prescription } from '../progression/prescription.js';
import type { Step } from '../progression/step.js';
import { compare, format, valueIn, type Load, type Unit } from '../units.js';
import type { RuleId, Source } from './claims.js';
import { sourcesIn } from './tags.js';

export type Aspect = 'sets' | 'order' | 'effort' | 'hold' | 'load' | 'step' | 'pace' | 'stall';

export interface WhyLine {
  readonly aspect: Aspect;
  readonly text: string;
  readonly sources: readonly Source[];
}

export interface WhyOptions {
  readonly units: Unit;
  /** The lifter's settings, when known: the pace and the stall rule in their numbers. */
  readonly settings?: Pick<Settings, 'pace' | 'stallAfter' | 'deloadPercent'>;
  /** The next increase's step for this slot (`Progression.stepAt`), when known. */
  readonly step?: Step | null;
}

const seed = (...rules: RuleId[]): Source[] => rules.map((rule) => ({ kind: 'seed', rule }));
const study = (...keys: string[]): Source[] => keys.map((key) => ({ kind: 'study', key }));
const convention: Source = { kind: 'convention' };

/** Every number of `p` (the prescription for `slot`) with where it comes from. */
export function explain(slot: Slot, p: Prescription, opts: WhyOptions): WhyLine[] {
  return [...shape(slot), ...hold(slot, p), ...load(slot, p, opts)];
}

/** The sessions a week and what the goal does, for the head of a session's explanation. */
export function session(profile: Pick<Profile, 'sessionsPerWeek'>): WhyLine {
  return {
    aspect: 'sets',
    text: `${profile.sessionsPerWeek} hip thrust session${profile.sessionsPerWeek === 1 ? '' : 's'} a week, ${profile.sessionsPerWeek < 2 ? "below the seed's 2-3" : profile.sessionsPerWeek > 3 ? "above the seed's 2-3 (the pace cap still limits how fast loads rise)" : "within the seed's 2-3"}. Training a muscle twice a week or more grew it more than once.`,
    sources: [...seed('R2'), ...study('Schoenfeld 2016')],
  };
}

function range(slot: Slot): string {
  const r =
    slot.reps.min === slot.reps.max ? `${slot.reps.min}` : `${slot.reps.min}-${slot.reps.max}`;
  return `${slot.sets} x ${r}${slot.perSide ? ' a side' : ''}`;
}

/** Sets, reps and order from the slot the plan gives. */
function shape(slot: Slot): WhyLine[] {
  const kind = slot.track.split('/')[1] ?? slot.track;
  const sets = (text: string, sources: Source[]): WhyLine => ({ aspect: 'sets', text, sources });
  const effort: WhyLine = {
    aspect: 'effort',
    text: 'Heavy and light sets both grow muscle when they end near failure: finish each work set with about 0-3 reps left.',
    sources: study('Schoenfeld 2017', 'Schoenfeld 2021'),
  };
  switch (slot.role) {
    case 'activation':
      return [
        sets(
          `${range(slot)} with a ${slot.holdSeconds}-s hold before the work: the seed's activation warm-up. Studies of such warm-ups are mixed.`,
          [...seed('R4'), ...study('Crow 2012', 'Comyns 2015', 'Parr 2017')],
        ),
      ];
    case 'compound':
      return [
        sets(`${range(slot)}: a default; run it as your own program says.`, [convention]),
        {
          aspect: 'order',
          text: 'Compound lifts first, the hip thrusts after them.',
          sources: seed('R3'),
        },
      ];
    case 'accessory':
      return slot.exercise === 'cable-glute-kickback'
        ? [
            sets(`${range(slot)}: a modest accessory dose; ankle straps for the cable.`, [
              convention,
              ...seed('R10'),
            ]),
          ]
        : [
            sets(
              `${range(slot)} after the bilateral work: the seed asks for single-leg work and gives no dose, so the dose is a convention.`,
              [...seed('R5'), convention],
            ),
          ];
    case 'main':
      break;
  }
  switch (kind) {
    case 'heavy':
      return [
        sets(
          `${range(slot)}: the seed's heavy days, 3-4 sets of 6-10 (a fourth set from the second block).`,
          seed('R2'),
        ),
        effort,
      ];
    case 'metabolic':
      return [
        sets(`${range(slot)} with constant tension: the seed's metabolic days.`, seed('R2')),
        effort,
      ];
    case 'accessory':
      return [
        sets(`${range(slot)} after the compound lifts: the seed's accessory dose.`, seed('R3')),
        effort,
      ];
    case 'power':
      return [
        sets(
          `${range(slot)}, lifted fast: the athletic goal asks for hip-extension power and gives no numbers; these are a convention.`,
          [...seed('R1'), convention],
        ),
        effort,
      ];
    default:
      return slot.rules.includes('R2')
        ? [sets(`${range(slot)}: the seed's 3-4 sets of 8-15.`, seed('R2')), effort]
        : [sets(`${range(slot)}: a convention for strength work.`, [convention]), effort];
  }
}

function hold(slot: Slot, p: Prescription): WhyLine[] {
  const s = p.holdSeconds;
  if (s <= 0) return [];
  if (s > 2)
    return [
      {
        aspect: 'hold',
        text: `Hold ${s} s: longer than the seed's 1-2 s, because the load cannot rise here; up to ${MAX_HOLD_SECONDS} s is a convention.`,
        sources: [...seed('R6'), convention],
      },
    ];
  const rule: RuleId =
    slot.role === 'activation' ? 'R4' : slot.track.endsWith('/accessory') ? 'R3' : 'R6';
  return [
    {
      aspect: 'hold',
      text: `Hold ${s} s at the top: the seed's ${rule === 'R6' ? '1-2 s' : '2-s hold'}. No study tests the hold either way.`,
      sources: seed(...new Set<RuleId>([rule, 'R6'])),
    },
  ];
}

function load(slot: Slot, p: Prescription, opts: WhyOptions): WhyLine[] {
  if (slot.progression === 'fixed') return [];
  const out: WhyLine[] = [{ aspect: 'load', text: p.reason, sources: sourcesIn(p.reason) }];
  if (/e1RM/.test(p.reason))
    out.push({
      aspect: 'load',
      text: 'An estimated max is within about 10-13% at best, and no formula is validated on the hip thrust.',
      sources: study('Hutchins 2010', 'de Hoyo 2021'),
    });
  const ex = Catalogue.get(slot.exercise);
  if (slot.progression === 'reps-hold') {
    const then = ex.implement === 'band' ? 'a stronger band' : 'a first dumbbell on the hips';
    out.push({
      aspect: 'step',
      text: `Reps to ${slot.reps.max}, then the hold up to ${MAX_HOLD_SECONDS} s, then ${then}.`,
      sources: [convention],
    });
    return out;
  }
  const seedStep = opts.step?.seed ?? Catalogue.increment(ex.implement, opts.units);
  if (seedStep && p.load && p.load.value > 0) out.push(step(p.load, seedStep, opts));
  out.push(pace(opts));
  const s = opts.settings;
  if (p.change === 'repeat' || p.change === 'deload' || p.fails > 0)
    out.push({
      aspect: 'stall',
      text: s
        ? `${s.stallAfter} sessions in a row short of the prescription take about ${s.deloadPercent}% off: a convention no study tests.`
        : 'Three sessions in a row short of the prescription take about 10% off: a convention no study tests.',
      sources: [convention],
    });
  return out;
}

function pace(opts: WhyOptions): WhyLine {
  const sources = [...seed('R8'), ...study('ACSM 2009')];
  const s = opts.settings;
  if (s && !s.pace)
    return {
      aspect: 'pace',
      text: 'No pace is set: the load rises whenever every set is done, as research-based rules do.',
      sources,
    };
  const rate = s?.pace
    ? `at most ${format(s.pace.load, opts.units)} every ${s.pace.weeks} weeks`
    : opts.units === 'kg'
      ? 'about 2.5-4.5 kg (5-10 lb) every 2-3 weeks'
      : '5-10 lb every 2-3 weeks';
  return {
    aspect: 'pace',
    text: `Increases wait for the seed's pace, ${rate}. Research raises the load on performance, not on dates; the pace is a setting.`,
    sources,
  };
}

/**
 * The next increase's size: the seed's step, or a smaller one the lifter's plates allow when
 * the seed's would be more than research's 2-10% of the load.
 */
function step(load: Load, seedStep: Load, opts: WhyOptions): WhyLine {
  const u = opts.units;
  const pct = (x: Load) => Math.round((100 * valueIn(x, u)) / valueIn(load, u));
  const sources = [...seed('R8'), ...study('ACSM 2009')];
  const next = opts.step?.step;
  if (next && compare(next, seedStep) < 0)
    return {
      aspect: 'step',
      text: `Each increase adds ${format(next, u)} (${pct(next)}% of ${format(load, u)}), less than the seed's ${format(seedStep, u)}, which would be ${pct(seedStep)}%: research suggests steps of 2-10%, and your smallest plates allow it. Rounded to what you can load.`,
      sources,
    };
  const over =
    pct(seedStep) > 10
      ? ` At ${format(load, u)} this step is ${pct(seedStep)}%, more than that${opts.step?.smallest ? `; it is the least your plates can add` : ''}: a pair of ${u === 'lb' ? '1.25 lb' : '0.5 kg'} plates would allow a smaller one.`
      : '';
  return {
    aspect: 'step',
    text: `Each increase adds ${format(seedStep, u)}, the seed's step${u === 'kg' ? ' in kilograms' : ''}, rounded to what you can load; research suggests steps of 2-10%.${over}`,
    sources,
  };
}
